#pragma once

#include <QColor>

namespace caseline {

// WCAG 2 relative luminance and contrast ratio, for checking the palettes: text needs 4.5:1
// against what it is drawn on, glyphs and other graphics 3:1.
class ColourContrast {
public:
    static double relativeLuminance(const QColor &colour);
    static double ratio(const QColor &a, const QColor &b);  // 1 to 21
    // A translucent colour as it looks painted over an opaque one.
    static QColor over(const QColor &top, const QColor &below);
    // Black or white, whichever reads better on the fill.
    static QColor textOn(const QColor &fill);

    static constexpr double kText = 4.5;
    static constexpr double kGraphics = 3.0;
};

}  // namespace caseline
