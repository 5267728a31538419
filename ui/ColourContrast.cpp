#include "ColourContrast.h"

#include <algorithm>
#include <cmath>

namespace caseline {

double ColourContrast::relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double ColourContrast::ratio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ColourContrast::over(const QColor &top, const QColor &below)
{
    const double alpha = top.alphaF();
    const auto mix = [alpha](double t, double b) { return t * alpha + b * (1 - alpha); };
    return QColor::fromRgbF(float(mix(top.redF(), below.redF())), float(mix(top.greenF(), below.greenF())),
                            float(mix(top.blueF(), below.blueF())));
}

QColor ColourContrast::textOn(const QColor &fill)
{
    const QColor black(Qt::black), white(Qt::white);
    return ratio(fill, black) >= ratio(fill, white) ? black : white;
}

}  // namespace caseline
