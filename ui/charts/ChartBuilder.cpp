#include "ChartBuilder.h"

#include "StancePalette.h"

#include <QBarCategoryAxis>
#include <QFontMetricsF>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <cmath>

namespace caseline {

namespace {
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

QBarCategoryAxis *categoryAxis(const ChartData &data)
{
    auto *axis = new QBarCategoryAxis;
    axis->setTitleText(data.xTitle);
    // Many categories: keep every label readable by thinning them out.
    const int step = qMax<int>(1, int(data.categories.size() / 24) + 1);
    QStringList labels;
    for (int i = 0; i < data.categories.size(); ++i)
        labels << (i % step == 0 ? data.categories[i] : QString(i, QChar(0x200B)));
    axis->append(labels);
    if (data.categories.size() > 12)
        axis->setLabelsAngle(-60);
    return axis;
}
}  // namespace

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

    QBarCategoryAxis *xAxis = categoryAxis(data);
    const bool ranking = !data.series.isEmpty() && !data.series.first().pointFamilies.isEmpty();
    if (data.lines) {
        QValueAxis *yAxis = valueAxis(data, false);
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
            line->attachAxis(yAxis);
            // Line series run on a hidden 0..n-1 value axis aligned with the categories.
        }
        auto *hiddenX = new QValueAxis;
        hiddenX->setRange(-0.5, qMax<qsizetype>(1, data.categories.size()) - 0.5);
        hiddenX->setVisible(false);
        chart->addAxis(hiddenX, Qt::AlignBottom);
        for (auto *series : chart->series())
            series->attachAxis(hiddenX);
        return chart;
    }

    // Stacked in both cases: a ranking bar belongs to one family set, so it shows as one full bar
    // coloured by that family, and the legend explains the colours.
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.8);
    if (ranking) {
        const auto &s = data.series.first();
        for (StanceFamily family : {StanceFamily::LimitsCooperation, StanceFamily::Agreement287g, StanceFamily::Neither}) {
            if (!s.pointFamilies.contains(family))
                continue;
            auto *set = new QBarSet(stanceFamilyLabel(family));
            for (int i = 0; i < s.values.size(); ++i)
                *set << (s.pointFamilies.value(i) == family ? s.values[i] : 0.0);
            set->setColor(family == StanceFamily::Neither ? QColor(0xBB, 0xBB, 0xBB) : stanceFamilyColour(family));
            set->setBorderColor(stanceFamilyColour(family).darker(130));
            bars->append(set);
        }
    } else {
        for (const auto &s : data.series) {
            auto *set = new QBarSet(s.name);
            for (double v : s.values)
                *set << v;
            const QColor colour = s.family ? stanceFamilyColour(*s.family) : QColor(Qt::darkGray);
            set->setColor(s.family == StanceFamily::Neither ? QColor(0xBB, 0xBB, 0xBB) : colour);
            set->setBorderColor(colour.darker(130));
            bars->append(set);
        }
    }
    chart->addSeries(bars);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = valueAxis(data, true);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    return chart;
}

void ChartBuilder::placeValueLabels(QChart *chart, const ChartData &data)
{
    for (QGraphicsItem *child : chart->childItems())
        if (child->data(0).toString() == QLatin1String("valueLabel"))
            delete child;
    auto *bars = chart->series().isEmpty() ? nullptr : qobject_cast<QStackedBarSeries *>(chart->series().first());
    if (!bars || data.categories.size() > kLabelledBarsMaximum)
        return;
    QFont font = chart->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF metrics(font);
    for (int i = 0; i < data.categories.size(); ++i) {
        double base = 0;
        for (QBarSet *set : bars->barSets()) {
            const double value = set->at(i);
            if (value <= 0)
                continue;
            const QString text = QLocale().toString(value, 'g', 3);
            const QPointF bottom = chart->mapToPosition(QPointF(i, base), bars);
            const QPointF top = chart->mapToPosition(QPointF(i, base + value), bars);
            base += value;
            auto *label = new QGraphicsSimpleTextItem(text, chart);
            label->setData(0, QStringLiteral("valueLabel"));
            label->setFont(font);
            const QRectF box = metrics.boundingRect(text);
            const bool fits = bottom.y() - top.y() >= box.height() + 2;
            // Inside the segment when it is tall enough, otherwise just above the bar.
            const QColor fill = set->color();
            label->setBrush(fits && fill.lightness() < 150 ? QBrush(Qt::white) : QBrush(Qt::black));
            const double y = fits ? (top.y() + bottom.y() - box.height()) / 2 : top.y() - box.height() - 1;
            label->setPos(top.x() - box.width() / 2, y);
            label->setZValue(10);
        }
    }
}

}  // namespace caseline
