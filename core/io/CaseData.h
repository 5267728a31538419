#pragma once

#include "ImportWarning.h"
#include "model/Event.h"
#include "model/Jurisdiction.h"
#include "model/PolicyPeriod.h"
#include "model/Source.h"
#include "model/Story.h"

#include <QHash>
#include <QList>

namespace caseline {

// A whole case read from a file, before it is written to a case file. Links between entities
// are by key (jurisdictionKey etc.), because row ids exist only once stored.
struct CaseData {
    struct LinkedCitation {
        Citation citation;
        QString sourceKey;
    };
    struct LinkedPeriod {
        PolicyPeriod period;
        QString jurisdictionKey;
        QList<LinkedCitation> citations;
    };
    struct LinkedEvent {
        Event event;
        QString jurisdictionKey;
        QList<LinkedCitation> citations;
    };
    struct LinkedStory {
        Story story;
        QList<QPair<QString, QString>> entries;  // event key, note
    };

    QString title;
    QString description;
    QList<Source> sources;
    QList<Jurisdiction> jurisdictions;
    QList<LinkedPeriod> periods;
    QList<LinkedEvent> events;
    QList<LinkedStory> stories;
    // What the reader had to decide on the user's behalf; nothing here stops the import.
    QList<ImportWarning> warnings;
};

}  // namespace caseline
