#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace caseline {

struct ChartExportOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int dpi = 150;  // PNG resolution; PDF and SVG are vector

    // The format from the file name's suffix: "pdf", "png" or "svg"; empty when unknown.
    static QString formatOf(const QString &path);
};

}  // namespace caseline
