#pragma once

#include "model/EventType.h"
#include "model/Stance.h"
#include "query/EventFilter.h"

#include <QList>
#include <QMap>
#include <QString>

namespace caseline {

class CaseFile;

// Counts for `caseline stats` and the status bar: events by jurisdiction, by type and by the
// stance family each event's jurisdiction had on the event's date.
struct CaseStatistics {
    struct JurisdictionCount {
        qint64 id = 0;
        QString name;
        QString state;
        QString kind;
        qint64 events = 0;
        qint64 policyPeriods = 0;
    };

    qint64 events = 0;
    qint64 jurisdictions = 0;
    qint64 sources = 0;
    qint64 citations = 0;
    qint64 policyPeriods = 0;
    qint64 stories = 0;
    qint64 eventsWithoutCitation = 0;
    QList<JurisdictionCount> byJurisdiction;   // by name
    QMap<QString, qint64> byType;              // type key -> events
    QMap<QString, qint64> byStanceFamily;      // family key -> events

    static CaseStatistics compute(CaseFile &file, const EventFilter &filter = {});
};

}  // namespace caseline
