#pragma once

#include "model/EventStatus.h"
#include "model/EventType.h"
#include "model/PartialDate.h"

#include <QString>

namespace caseline {

// What a list or table shows of one event, read in a single indexed lookup.
struct EventRow {
    qint64 id = 0;
    qint64 jurisdictionId = 0;
    QString jurisdictionName;
    EventType type = EventType::Other;
    PartialDate start;
    PartialDate end;
    QString title;
    EventStatus status = EventStatus::Confirmed;
    int citationCount = 0;
};

}  // namespace caseline
