#pragma once

#include "query/TimelineWindow.h"

namespace caseline {

// Maps Julian days to x (pixels from the left edge of the plot) and back, and changes the mapping
// the way a user expects: zooming keeps the day under the pointer in place, panning moves by
// pixels, fitting shows a span edge to edge.
class TimeScale {
public:
    static constexpr double kMinPixelsPerDay = 0.002;  // about 1,700 years across 1,280 px
    static constexpr double kMaxPixelsPerDay = 400;    // three days across a wide window

    TimeScale() = default;
    TimeScale(double leftDay, double pixelsPerDay, double width);

    double leftDay() const { return m_window.leftDay; }
    double rightDay() const { return m_window.rightDay(); }
    double pixelsPerDay() const { return m_window.pixelsPerDay; }
    double width() const { return m_window.width; }
    double visibleDays() const { return m_window.width / m_window.pixelsPerDay; }
    const TimelineWindow &window() const { return m_window; }

    double x(double day) const { return m_window.x(day); }
    double dayAt(double x) const { return m_window.dayAt(x); }

    void setWidth(double width);  // keeps the left day and the zoom
    void setLeftDay(double day) { m_window.leftDay = day; }
    void setPixelsPerDay(double pixelsPerDay);  // clamped to the limits, keeps the left day
    void zoomAround(double x, double factor);    // factor > 1 zooms in; the day at x stays at x
    void pan(double dx);                         // dx > 0 moves the content right (earlier days)
    void fit(double firstDay, double endDay);    // [firstDay, endDay) fills the width
    void centreOn(double day);

private:
    TimelineWindow m_window{0, 1, 1};
};

}  // namespace caseline
