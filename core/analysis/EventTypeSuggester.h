#pragma once

#include "model/EventType.h"

#include <QString>
#include <optional>

namespace caseline {

// Suggests an event type from the words of a passage: "detained" → detention, "backup" → backup
// call, "commission" or "work session" → commission session, "ordinance", "agreement", "287(g)",
// "lawsuit", "ruled", "statement", "rally"... The type whose words occur most often wins; on a tie,
// the more specific type (detainer before detention, backup call before statement).
class EventTypeSuggester {
public:
    struct Suggestion {
        std::optional<EventType> type;
        QString word;  // the first word that gave it, as written
        qsizetype position = -1;
    };

    static Suggestion suggest(const QString &passage);
};

}  // namespace caseline
