#pragma once

#include <QtGlobal>

namespace caseline {

// One thing drawn on a lane: a single event, or a cluster of events too close together to tell
// apart at the current zoom. Positions are in the pixels of the TimelineWindow it was made for.
struct TimelineMark {
    double x = 0;     // left edge of the first day covered
    double xEnd = 0;  // right edge of the last day covered (x + one day for a single-day event)
    qint32 firstDay = 0;  // earliest first day of the events in the mark
    qint32 lastDay = 0;   // latest last day of the events in the mark
    int count = 0;
    int type = -1;        // EventType value when every event has that type; -1 for a mix
    qint64 eventId = 0;   // the event when count == 1
    int firstIndex = 0;   // index of the mark's first event in its lane (TimelineLaneEvents)

    bool isCluster() const { return count > 1; }
};

}  // namespace caseline
