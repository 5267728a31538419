#include "ChartBuilder.h"

#include "ColourContrast.h"
#include "StancePalette.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QHorizontalStackedBarSeries>
#include <QFontMetricsF>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <cmath>

namespace caseline {

namespace {
// 287(g) bars are hatched, as the timeline's bands are, so the two families differ by more than
// hue (in greyscale and for colour-blind readers). The plain colour is kept for the value labels.
void paintFamily(QBarSet *set, StanceFamily family, const QColor &colour)
{
    set->setColor(colour);
    set->setProperty("fillColour", colour);
    if (family != StanceFamily::Agreement287g)
        return;
    QImage tile(8, 8, QImage::Format_ARGB32_Premultiplied);
    tile.fill(colour);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.lighter(160), 2));
    for (int offset = -8; offset <= 8; offset += 8)
        p.drawLine(QPointF(offset, 8), QPointF(offset + 8, 0));
    p.end();
    set->setBrush(QBrush(tile));
}

constexpr int kLabelledBarsMaximum = 40;  // more bars than this: value labels would collide

double maximumOf(const ChartData &data, bool stacked)
{
    double top = 0;
    for (int i = 0; i < data.categories.size(); ++i) {
        double sum = 0;
        for (const auto &s : data.series) {
            const double v = s.values.value(i);
            sum = stacked ? sum + v : qMax(sum, v);
        }
        top = qMax(top, sum);
    }
    return top;
}

QValueAxis *valueAxis(const ChartData &data, bool stacked)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(data.yTitle);
    const double top = maximumOf(data, stacked);
    const bool whole = std::all_of(data.series.begin(), data.series.end(), [](const auto &s) {
        return std::all_of(s.values.begin(), s.values.end(), [](double v) { return v == std::floor(v); });
    });
    if (whole && top < 10) {
        // Small counts: one tick per whole number, so every label is an exact count.
        const int maximum = int(std::ceil(top)) + 1;
        axis->setRange(0, maximum);
        axis->setTickCount(maximum + 1);
        axis->setLabelFormat(QStringLiteral("%d"));
    } else {
        axis->setRange(0, top <= 0 ? 1 : top * 1.1);
        axis->applyNiceNumbers();
        axis->setLabelFormat(whole ? QStringLiteral("%d") : QStringLiteral("%.3g"));
    }
    return axis;
}

// Up to this many categories every one gets its label; beyond, about this many evenly spaced
// labels on a separate axis, so none is squeezed into "…".
constexpr int kAllLabelsMaximum = 24;
constexpr int kSpacedLabels = 12;

QBarCategoryAxis *categoryAxis(const ChartData &data, bool labelled)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(data.categories);
    axis->setTitleText(data.xTitle);
    axis->setLabelsVisible(labelled);
    if (labelled && data.categories.size() > 12)
        axis->setLabelsAngle(-60);
    return axis;
}

// Labels a few categories by index (category i sits at x = i), for long series.
QCategoryAxis *spacedAxis(const ChartData &data, bool withTitle)
{
    auto *axis = new QCategoryAxis;
    const int n = int(data.categories.size());
    axis->setRange(-0.5, qMax(1, n) - 0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = qMax(1, (n + kSpacedLabels - 1) / kSpacedLabels);
    for (int i = 0; i < n; i += step)
        axis->append(data.categories[i], i);
    if (withTitle)
        axis->setTitleText(data.xTitle);
    axis->setGridLineVisible(false);
    return axis;
}
}  // namespace

// Jurisdictions with the most events: horizontal bars, largest on top, names readable on the left.
// One set per stance family, so each bar is coloured by its family and the legend explains it.
QChart *buildRanking(QChart *chart, const ChartData &data)
{
    const auto &s = data.series.first();
    const int n = int(s.values.size());
    auto *bars = new QHorizontalStackedBarSeries;
    bars->setBarWidth(0.75);
    for (StanceFamily family : {StanceFamily::LimitsCooperation, StanceFamily::Agreement287g, StanceFamily::Neither}) {
        if (!s.pointFamilies.contains(family))
            continue;
        auto *set = new QBarSet(stanceFamilyLabel(family));
        for (int i = n - 1; i >= 0; --i)  // bottom to top
            *set << (s.pointFamilies.value(i) == family ? s.values[i] : 0.0);
        paintFamily(set, family, family == StanceFamily::Neither ? QColor(0xBB, 0xBB, 0xBB) : stanceFamilyColour(family));
        set->setBorderColor(stanceFamilyColour(family).darker(130));
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *names = new QBarCategoryAxis;
    QStringList reversed(data.categories.rbegin(), data.categories.rend());
    names->append(reversed);
    names->setTitleText(data.xTitle);
    names->setGridLineVisible(false);
    QValueAxis *values = valueAxis(data, true);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(names);
    bars->attachAxis(values);
    return chart;
}

QChart *ChartBuilder::build(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    const bool ranking = !data.series.isEmpty() && !data.series.first().pointFamilies.isEmpty();
    if (ranking)
        return buildRanking(chart, data);
    const bool crowded = data.categories.size() > kAllLabelsMaximum;
    if (data.lines) {
        QValueAxis *yAxis = valueAxis(data, false);
        QCategoryAxis *xAxis = crowded ? spacedAxis(data, true) : nullptr;
        if (!crowded) {
            xAxis = new QCategoryAxis;
            xAxis->setRange(-0.5, qMax<qsizetype>(1, data.categories.size()) - 0.5);
            xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            for (int i = 0; i < data.categories.size(); ++i)
                xAxis->append(data.categories[i], i);
            xAxis->setTitleText(data.xTitle);
        }
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        for (const auto &s : data.series) {
            auto *line = new QLineSeries;
            line->setName(s.name);
            for (int i = 0; i < s.values.size(); ++i)
                line->append(i, s.values[i]);
            QPen pen(s.family ? stanceFamilyColour(*s.family) : Qt::black, 3);
            if (s.family == StanceFamily::Agreement287g)
                pen.setStyle(Qt::DashLine);  // not colour alone
            line->setPen(pen);
            line->setPointsVisible(data.categories.size() <= 30);
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
        }
        return chart;
    }

    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(crowded ? 0.95 : 0.8);
    for (const auto &s : data.series) {
        auto *set = new QBarSet(s.name);
        for (double v : s.values)
            *set << v;
        const QColor colour = s.family ? stanceFamilyColour(*s.family) : QColor(Qt::darkGray);
        const QColor fill = s.family == StanceFamily::Neither ? QColor(0xBB, 0xBB, 0xBB) : colour;
        paintFamily(set, s.family.value_or(StanceFamily::Neither), fill);
        set->setBorderColor(crowded ? fill : colour.darker(130));
        bars->append(set);
    }
    chart->addSeries(bars);
    QBarCategoryAxis *xAxis = categoryAxis(data, !crowded);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = valueAxis(data, true);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    if (crowded) {
        // The bars' own axis keeps its place but not its labels; a sparse one carries them.
        xAxis->setTitleVisible(false);
        xAxis->setGridLineVisible(false);
        chart->addAxis(spacedAxis(data, true), Qt::AlignBottom);
    }
    return chart;
}

void ChartBuilder::placeValueLabels(QChart *chart, const ChartData &data)
{
    for (QGraphicsItem *child : chart->childItems())
        if (child->data(0).toString() == QLatin1String("valueLabel"))
            delete child;
    auto *bars = chart->series().isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(chart->series().first());
    if (!bars || data.categories.size() > kLabelledBarsMaximum)
        return;
    const bool horizontal = bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    const int n = int(data.categories.size());
    QFont font = chart->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF metrics(font);
    for (int i = 0; i < n; ++i) {
        double base = 0;
        for (QBarSet *set : bars->barSets()) {
            const double value = set->at(i);
            if (value <= 0)
                continue;
            const QString text = QLocale().toString(value, 'g', 3);
            if (horizontal) {
                // After the bar's end, vertically centred on it.
                const QPointF end = chart->mapToPosition(QPointF(base + value, i), bars);
                base += value;
                auto *label = new QGraphicsSimpleTextItem(text, chart);
                label->setData(0, QStringLiteral("valueLabel"));
                label->setFont(font);
                const QRectF box = metrics.boundingRect(text);
                label->setPos(end.x() + 4, end.y() - box.height() / 2);
                label->setZValue(10);
                continue;
            }
            const QPointF bottom = chart->mapToPosition(QPointF(i, base), bars);
            const QPointF top = chart->mapToPosition(QPointF(i, base + value), bars);
            base += value;
            auto *label = new QGraphicsSimpleTextItem(text, chart);
            label->setData(0, QStringLiteral("valueLabel"));
            label->setFont(font);
            const QRectF box = metrics.boundingRect(text);
            const bool fits = bottom.y() - top.y() >= box.height() + 2;
            // Inside the segment when it is tall enough, otherwise just above the bar.
            const QColor fill = set->property("fillColour").value<QColor>();
            // Inside: black or white by WCAG contrast with the bar; above: on the white chart.
            label->setBrush(fits ? ColourContrast::textOn(fill) : QColor(Qt::black));
            const double y = fits ? (top.y() + bottom.y() - box.height()) / 2 : top.y() - box.height() - 1;
            label->setPos(top.x() - box.width() / 2, y);
            label->setZValue(10);
        }
    }
}

}  // namespace caseline
