#pragma once

#include "analysis/ChartData.h"

#include <QChartView>
#include <optional>

namespace caseline {

// Shows one chart on screen, keeps its value labels in place as it resizes, and reports which
// bar was clicked.
class ChartCanvas : public QChartView {
    Q_OBJECT
public:
    explicit ChartCanvas(QWidget *parent = nullptr);
    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }

signals:
    // The category (bin or jurisdiction) of the clicked bar, and its stance family when known.
    void barClicked(int category, std::optional<StanceFamily> family);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    ChartData m_data;
};

}  // namespace caseline
