#pragma once

#include "model/Stance.h"

#include <QList>
#include <QString>
#include <optional>

namespace caseline {

// A stance period as the timeline draws it: a band behind the lane.
struct TimelineBand {
    qint64 periodId = 0;
    Stance stance = Stance::Other;
    StanceFamily family = StanceFamily::Neither;
    qint32 firstDay = 0;
    std::optional<qint32> lastDay;  // none: still in force, drawn to the right edge
    QString startText, endText;     // the dates at the precision the source gives ("2017")
};

// One jurisdiction's row on the timeline, with what is known about it without loading its events.
struct TimelineLane {
    qint64 jurisdictionId = 0;
    QString name;
    QString state;
    QString label;                 // "Lawrence, KS"
    qint64 eventCount = 0;         // events matching the current filter
    qint32 firstDay = 0, lastDay = 0;  // span of those events (when eventCount > 0)
    StanceFamily latestFamily = StanceFamily::Neither;  // family of the latest-starting period
    QList<TimelineBand> bands;     // by first day
};

}  // namespace caseline
