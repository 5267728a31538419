#include "ChartCanvas.h"

#include "ChartBuilder.h"

#include <QBarSet>
#include <QChart>
#include <QAbstractBarSeries>

namespace caseline {

ChartCanvas::ChartCanvas(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("chartCanvas"));
    setAccessibleName(tr("Chart"));
    setToolTip(tr("Click a bar to show its events on the timeline; the table beside lists the same numbers"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
}

void ChartCanvas::setData(const ChartData &data)
{
    m_data = data;
    // Screen readers get the title and the caption; the numbers are in the table beside.
    setAccessibleDescription(QStringLiteral("%1. %2").arg(data.title, data.caption()));
    QChart *old = chart();
    QChart *built = ChartBuilder::build(data);
    setChart(built);  // the view takes ownership
    delete old;
    if (auto *bars = built->series().isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(built->series().first())) {
        // Horizontal bars (the ranking) run bottom to top; categories run top to bottom.
        const bool reversed = bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
        connect(bars, &QAbstractBarSeries::clicked, this, [this, reversed](int index, QBarSet *set) {
            if (reversed)
                index = int(m_data.categories.size()) - 1 - index;
            std::optional<StanceFamily> family;
            for (const auto &entry : stanceFamilyVocabulary())
                if (set->label() == stanceFamilyLabel(entry.value))
                    family = entry.value;
            emit barClicked(index, family);
        });
    }
    ChartBuilder::placeValueLabels(built, m_data);
}

void ChartCanvas::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (chart())
        ChartBuilder::placeValueLabels(chart(), m_data);
}

}  // namespace caseline
