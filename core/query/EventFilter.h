#pragma once

#include "model/EventStatus.h"
#include "model/EventType.h"
#include "model/PartialDate.h"
#include "model/Stance.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace caseline {

// What the user has chosen to see. Empty lists mean "no restriction". Shared by the timeline,
// the table, the charts, exports and the command line.
struct EventFilter {
    PartialDate from;  // events whose span ends on or after from's first day
    PartialDate to;    // events whose span starts on or before to's last day
    QList<EventType> types;
    QList<qint64> jurisdictionIds;
    QList<StanceFamily> stanceFamilies;  // the jurisdiction's stance on the event's date
    QList<EventStatus> statuses;
    QStringList tags;
    QString searchText;  // words, all of which must occur (prefix match) in title, summary or quotes
    qint64 storyId = 0;

    bool isEmpty() const;
    bool operator==(const EventFilter &) const = default;
};

// The FTS5 query for words typed by a user: each word quoted (so operators are literal text) and
// prefix-matched. Empty when there is nothing to search for.
QString ftsQueryForUserText(const QString &text);

}  // namespace caseline
