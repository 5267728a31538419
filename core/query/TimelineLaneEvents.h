#pragma once

#include "TimelineMark.h"
#include "TimelineWindow.h"

#include <QtGlobal>
#include <vector>

namespace caseline {

// The events of one timeline lane, sorted by first day, as parallel arrays (17 bytes an event) so
// a million of them stay small and binary searches touch little memory. Blocks of 64 events keep
// their latest last day and the set of types they hold, so a cluster of any size is summarised
// without visiting each of its events.
class TimelineLaneEvents {
public:
    void reserve(qsizetype count);
    // Events must come in (firstDay, lastDay) order; call finish() after the last one.
    void append(qint64 id, qint32 firstDay, qint32 lastDay, quint8 type);
    void finish();

    int size() const { return int(m_first.size()); }
    bool isEmpty() const { return m_first.empty(); }
    qint64 id(int i) const { return m_id[size_t(i)]; }
    qint32 firstDay(int i) const { return m_first[size_t(i)]; }
    qint32 lastDay(int i) const { return m_last[size_t(i)]; }
    int type(int i) const { return m_type[size_t(i)]; }
    qint32 longestSpanDays() const { return m_longestSpan; }

    int lowerBound(qint32 day) const;  // first index whose first day is >= day
    int indexOf(qint64 eventId) const;  // -1 when absent
    int indexOf(qint64 eventId, qint32 firstDayHint) const;

    // The marks for the events that touch the window's days, in x order. Marks start at least
    // minSpacingPx apart: events closer than that to a mark's first event join it as a cluster.
    // Clusters are laid out from a grid anchored in absolute time, so panning does not make them
    // jump. Cost: O((visible marks + anchor slack) * log n), whatever the number of events.
    std::vector<TimelineMark> marks(const TimelineWindow &window, double minSpacingPx) const;

    // Summaries over [begin, end).
    qint32 maxLastDay(int begin, int end) const;
    quint32 typeMask(int begin, int end) const;

private:
    TimelineMark makeMark(const TimelineWindow &window, int begin, int end) const;

    static constexpr int kBlockShift = 6;  // 64 events a block
    struct Block {
        qint32 maxLast;
        quint32 typeMask;
    };
    std::vector<qint32> m_first;
    std::vector<qint32> m_last;
    std::vector<quint8> m_type;
    std::vector<qint64> m_id;
    std::vector<Block> m_blocks;
    qint32 m_longestSpan = 0;
};

}  // namespace caseline
