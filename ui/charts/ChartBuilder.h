#pragma once

#include "analysis/ChartData.h"

class QChart;

namespace caseline {

// Builds the QtCharts chart for a ChartData: the one place that knows QtCharts, so it can be
// replaced (Qt Graphs) by touching this folder only.
class ChartBuilder {
public:
    // The chart is owned by the caller. Small counts are labelled on bars.
    static QChart *build(const ChartData &data);
    // Writes each non-empty bar segment's value on it. Call after the chart has its final size
    // (and again after a resize): positions come from the laid-out plot area.
    static void placeValueLabels(QChart *chart, const ChartData &data);
};

}  // namespace caseline
