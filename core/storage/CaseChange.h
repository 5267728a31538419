#pragma once

#include "model/Event.h"
#include "model/Jurisdiction.h"
#include "model/PolicyPeriod.h"
#include "model/Source.h"
#include "model/Story.h"

#include <QList>

namespace caseline {

class CaseFile;

// One edit of a case as data: entities to remove and entities to write (as they should be
// afterwards). Applied in one transaction, so an undo step is all or nothing. Entities with an id
// that no longer exists are re-inserted under that id (undo of a delete).
struct CaseChange {
    QList<qint64> removeEvents, removePeriods, removeJurisdictions, removeSources, removeStories;
    QList<Jurisdiction> jurisdictions;
    QList<Source> sources;
    QList<PolicyPeriod> periods;
    QList<Event> events;
    QList<Story> stories;

    // Writes the change; ids assigned to new entities are stored back into this change.
    void apply(CaseFile &file);

    // What must be written back to undo removing these entities: the entities themselves and
    // everything the removal takes with it (a jurisdiction's events and periods, story entries).
    static CaseChange restoringEvents(CaseFile &file, const QList<qint64> &eventIds);
    static CaseChange restoringJurisdiction(CaseFile &file, qint64 jurisdictionId);
};

}  // namespace caseline
