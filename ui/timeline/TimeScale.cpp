#include "TimeScale.h"

#include <algorithm>

namespace caseline {

TimeScale::TimeScale(double leftDay, double pixelsPerDay, double width)
{
    m_window.leftDay = leftDay;
    m_window.width = std::max(1.0, width);
    setPixelsPerDay(pixelsPerDay);
}

void TimeScale::setWidth(double width) { m_window.width = std::max(1.0, width); }

void TimeScale::setPixelsPerDay(double pixelsPerDay)
{
    m_window.pixelsPerDay = std::clamp(pixelsPerDay, kMinPixelsPerDay, kMaxPixelsPerDay);
}

void TimeScale::zoomAround(double x, double factor)
{
    const double day = dayAt(x);
    setPixelsPerDay(m_window.pixelsPerDay * factor);
    m_window.leftDay = day - x / m_window.pixelsPerDay;
}

void TimeScale::pan(double dx) { m_window.leftDay -= dx / m_window.pixelsPerDay; }

void TimeScale::fit(double firstDay, double endDay)
{
    const double days = std::max(endDay - firstDay, 1e-6);
    setPixelsPerDay(m_window.width / days);
    // When the span is narrower than the zoom allows, keep it centred.
    m_window.leftDay = (firstDay + endDay) / 2 - visibleDays() / 2;
}

void TimeScale::centreOn(double day) { m_window.leftDay = day - visibleDays() / 2; }

}  // namespace caseline
