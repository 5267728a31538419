#pragma once

#include "ChartExportOptions.h"
#include "analysis/ChartData.h"

#include <QImage>

class QPainter;

namespace caseline {

// Draws a chart page — the chart with its title, axes and legend, and the caption with filters,
// counts and sources — off-screen onto any QPainter: PDF, PNG, SVG, a printer, the clipboard.
class ChartExporter {
public:
    static bool write(const ChartData &data, const QString &path, const ChartExportOptions &options, QString *error);
    static QImage toImage(const ChartData &data, const QSize &pixels, qreal devicePixelRatio = 1.0);
    // Paints into `target` (in the painter's coordinates).
    static void paint(QPainter &painter, const QRectF &target, const ChartData &data);
};

}  // namespace caseline
