#pragma once

#include <QtGlobal>
#include <cmath>

namespace caseline {

// The stretch of time a timeline shows: which Julian day sits at x = 0 and how many pixels a day
// takes. Plain data, so clustering in core can work in the same pixels the view paints in.
struct TimelineWindow {
    double leftDay = 0;       // continuous Julian day at x = 0 (day d covers [d, d + 1))
    double pixelsPerDay = 1;
    double width = 0;         // pixels

    double x(double day) const { return (day - leftDay) * pixelsPerDay; }
    double dayAt(double px) const { return leftDay + px / pixelsPerDay; }
    double rightDay() const { return dayAt(width); }
    qint32 firstDay() const { return qint32(std::floor(leftDay)); }
    qint32 lastDay() const { return qint32(std::floor(rightDay())); }
};

}  // namespace caseline
