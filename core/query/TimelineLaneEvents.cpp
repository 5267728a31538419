#include "TimelineLaneEvents.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace caseline {

namespace {
// A foreign case file may store any number as a type: those set no bit (and shift nothing by 32+).
quint32 typeBit(quint8 type) { return type < 32 ? 1u << type : 0u; }
}  // namespace

void TimelineLaneEvents::reserve(qsizetype count)
{
    m_first.reserve(size_t(count));
    m_last.reserve(size_t(count));
    m_type.reserve(size_t(count));
    m_id.reserve(size_t(count));
}

void TimelineLaneEvents::append(qint64 id, qint32 firstDay, qint32 lastDay, quint8 type)
{
    m_id.push_back(id);
    m_first.push_back(firstDay);
    m_last.push_back(std::max(firstDay, lastDay));
    m_type.push_back(std::min<quint8>(type, 31));  // the type masks have 32 bits
}

void TimelineLaneEvents::finish()
{
    m_blocks.clear();
    m_blocks.reserve((m_first.size() >> kBlockShift) + 1);
    m_longestSpan = 0;
    for (size_t i = 0; i < m_first.size(); ++i) {
        if ((i >> kBlockShift) >= m_blocks.size())
            m_blocks.push_back({m_last[i], 0});
        Block &block = m_blocks.back();
        block.maxLast = std::max(block.maxLast, m_last[i]);
        block.typeMask |= typeBit(m_type[i]);
        m_longestSpan = std::max(m_longestSpan, m_last[i] - m_first[i]);
    }
}

int TimelineLaneEvents::lowerBound(qint32 day) const
{
    return int(std::lower_bound(m_first.begin(), m_first.end(), day) - m_first.begin());
}

int TimelineLaneEvents::indexOf(qint64 eventId) const
{
    const auto it = std::find(m_id.begin(), m_id.end(), eventId);
    return it == m_id.end() ? -1 : int(it - m_id.begin());
}

int TimelineLaneEvents::indexOf(qint64 eventId, qint32 firstDayHint) const
{
    for (int i = lowerBound(firstDayHint); i < size() && firstDay(i) == firstDayHint; ++i)
        if (id(i) == eventId)
            return i;
    return indexOf(eventId);
}

qint32 TimelineLaneEvents::maxLastDay(int begin, int end) const
{
    qint32 result = std::numeric_limits<qint32>::min();
    int i = begin;
    // Element by element up to a block boundary, then whole blocks, then the tail.
    for (; i < end && (i & ((1 << kBlockShift) - 1)); ++i)
        result = std::max(result, m_last[size_t(i)]);
    for (; i + (1 << kBlockShift) <= end; i += 1 << kBlockShift)
        result = std::max(result, m_blocks[size_t(i >> kBlockShift)].maxLast);
    for (; i < end; ++i)
        result = std::max(result, m_last[size_t(i)]);
    return result;
}

quint32 TimelineLaneEvents::typeMask(int begin, int end) const
{
    quint32 mask = 0;
    int i = begin;
    for (; i < end && (i & ((1 << kBlockShift) - 1)); ++i)
        mask |= typeBit(m_type[size_t(i)]);
    for (; i + (1 << kBlockShift) <= end; i += 1 << kBlockShift)
        mask |= m_blocks[size_t(i >> kBlockShift)].typeMask;
    for (; i < end; ++i)
        mask |= typeBit(m_type[size_t(i)]);
    return mask;
}

TimelineMark TimelineLaneEvents::makeMark(const TimelineWindow &window, int begin, int end) const
{
    TimelineMark mark;
    mark.count = end - begin;
    mark.firstIndex = begin;
    mark.firstDay = m_first[size_t(begin)];
    mark.lastDay = maxLastDay(begin, end);
    mark.x = window.x(mark.firstDay);
    mark.xEnd = window.x(double(mark.lastDay) + 1);
    const quint32 mask = typeMask(begin, end);
    mark.type = std::popcount(mask) == 1 ? std::countr_zero(mask) : -1;
    mark.eventId = mark.count == 1 ? m_id[size_t(begin)] : 0;
    return mark;
}

std::vector<TimelineMark> TimelineLaneEvents::marks(const TimelineWindow &window, double minSpacingPx) const
{
    std::vector<TimelineMark> result;
    if (isEmpty() || window.pixelsPerDay <= 0 || window.width <= 0)
        return result;
    const qint32 d0 = window.firstDay();
    const qint32 d1 = window.lastDay();
    const int visibleBegin = lowerBound(d0);
    const int visibleEnd = lowerBound(d1 + 1);

    // Spans that start before the window but reach into it: one leading mark.
    if (m_longestSpan > 0 && visibleBegin > 0) {
        int lead = -1, leadCount = 0;
        qint32 leadLast = 0;
        quint32 mask = 0;
        for (int i = lowerBound(d0 - m_longestSpan); i < visibleBegin; ++i) {
            if ((i & ((1 << kBlockShift) - 1)) == 0 && m_blocks[size_t(i >> kBlockShift)].maxLast < d0) {
                i += (1 << kBlockShift) - 1;  // nothing in this block reaches the window
                continue;
            }
            if (m_last[size_t(i)] < d0)
                continue;
            if (lead < 0)
                lead = i;
            ++leadCount;
            leadLast = std::max(leadLast, m_last[size_t(i)]);
            mask |= typeBit(m_type[size_t(i)]);
        }
        if (lead >= 0) {
            TimelineMark mark = makeMark(window, lead, lead + 1);
            mark.count = leadCount;
            mark.lastDay = leadLast;
            mark.xEnd = window.x(double(leadLast) + 1);
            mark.type = std::popcount(mask) == 1 ? std::countr_zero(mask) : -1;
            mark.eventId = leadCount == 1 ? m_id[size_t(lead)] : 0;
            result.push_back(mark);
        }
    }

    // Greedy sweep from an anchor fixed in absolute time (a 1024 px grid), so cluster boundaries
    // stay put while panning; only the cluster cut by the left edge changes.
    constexpr double kAnchorGridPx = 1024;
    const double spacingDays = minSpacingPx / window.pixelsPerDay;
    const double anchorPx = std::floor(window.leftDay * window.pixelsPerDay / kAnchorGridPx) * kAnchorGridPx;
    const double anchorDay = anchorPx / window.pixelsPerDay;
    int i = lowerBound(qint32(std::max<double>(std::ceil(anchorDay), std::numeric_limits<qint32>::min())));
    while (i < visibleEnd) {
        const double limit = std::ceil(double(m_first[size_t(i)]) + std::max(spacingDays, 1e-9));
        int next = limit >= double(std::numeric_limits<qint32>::max()) ? visibleEnd : lowerBound(qint32(limit));
        next = std::clamp(next, i + 1, visibleEnd);
        const int begin = std::max(i, visibleBegin);  // the part of a cut cluster inside the window
        if (begin < next)
            result.push_back(makeMark(window, begin, next));
        i = next;
    }
    return result;
}

}  // namespace caseline
