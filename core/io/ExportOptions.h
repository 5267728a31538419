#pragma once

#include <QString>
#include <functional>

namespace caseline {

class Clock;

// Called as events are written, with how many are done of how many; returning false cancels
// the export. Exports of a million events run off the UI thread and must be stoppable.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ExportOptions {
    ExportProgress progress;
    // What reads "now" (the calendar's DTSTAMP); the system clock when null. Tests fix it.
    const Clock *clock = nullptr;
    // Replaces the case's (or the story's) title in chronologies, TimelineJS and calendars.
    QString title;
};

}  // namespace caseline
