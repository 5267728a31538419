#pragma once

#include "Citation.h"
#include "EventPerson.h"
#include "EventStatus.h"
#include "EventType.h"
#include "PartialDate.h"

#include <QList>
#include <QStringList>

namespace caseline {

// A dated happening in one jurisdiction, traceable to its sources through its citations.
struct Event {
    qint64 id = 0;
    QString key;
    qint64 jurisdictionId = 0;
    EventType type = EventType::Other;
    PartialDate start;
    PartialDate end;  // invalid for a single date
    QString title;
    QString summary;
    QString location;
    QList<EventPerson> people;
    QStringList tags;
    EventStatus status = EventStatus::Confirmed;
    QString note;  // the editor's note, e.g. how a date was derived
    QList<Citation> citations;

    qint64 firstJulianDay() const { return start.firstJulianDay(); }
    qint64 lastJulianDay() const { return end.isValid() ? end.lastJulianDay() : start.lastJulianDay(); }
    bool operator==(const Event &) const = default;
};

}  // namespace caseline
