#pragma once

#include "query/EventFilter.h"
#include "query/TimelineLaneOrder.h"

#include <QString>
#include <optional>
#include <utility>

namespace caseline {

class CaseFile;

// Julian days [first, last] to show; none: all matching events and stance periods.
using DayRange = std::pair<qint64, qint64>;

struct TimelineRenderOptions {
    std::optional<DayRange> days;
    TimelineLaneOrder laneOrder = TimelineLaneOrder::EventCount;
    int pngWidth = 1600;       // pixels; the height follows the number of lanes
    int maxPngLanes = 300;     // beyond this the PNG says how many lanes it leaves out
    int maxPdfPages = 200;
    QString title;             // empty: the case's title
};

// Renders the timeline without a window: PNG through QImage, PDF through QPdfWriter (vector, text
// kept as text, A4 landscape pages of lanes each with the axis and the legend). Needs a
// QGuiApplication (the offscreen platform is enough). Returns false with a message on failure.
bool renderTimeline(CaseFile &file, const EventFilter &filter, std::optional<DayRange> days, const QString &outPath,
                    QString *error);
bool renderTimeline(CaseFile &file, const EventFilter &filter, const TimelineRenderOptions &options,
                    const QString &outPath, QString *error);

}  // namespace caseline
