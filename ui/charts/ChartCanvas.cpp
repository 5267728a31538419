#include "ChartCanvas.h"

#include "ChartBuilder.h"

#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>

namespace caseline {

ChartCanvas::ChartCanvas(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("chartCanvas"));
    setAccessibleName(tr("Chart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
}

void ChartCanvas::setData(const ChartData &data)
{
    m_data = data;
    QChart *old = chart();
    QChart *built = ChartBuilder::build(data);
    setChart(built);  // the view takes ownership
    delete old;
    if (auto *bars = built->series().isEmpty() ? nullptr : qobject_cast<QStackedBarSeries *>(built->series().first())) {
        connect(bars, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
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
