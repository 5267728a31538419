#pragma once

#include <QtGlobal>
#include <QString>

namespace caseline {

class Database;

// event_fts, the full-text index of events, is contentless: it keeps no copy of the titles,
// summaries and quotes it indexes (a quarter of a large case file would be that copy). FTS5 then
// cannot look up what to take out when an event changes, so every change removes the event with
// the text the case file holds *before* the change, and adds it again after. Adding and removing
// build that text with the same SQL, here, so both always give FTS5 the same words.
// Nor does it keep each event's word counts per column (columnsize=0): nothing ranks matches, and
// writing them was a fifth of the work of indexing a million events.
class EventSearchIndex {
public:
    // The case file's index; DetachedSearchIndex builds the same in a scratch file, whose tables
    // are then copied into a case file's.
    static QString createSql();
    // Every event of the file; for a migration, into an empty index.
    static QString fillSql();

    // Must not be in the index yet.
    static void add(Database &db, qint64 eventId);
    // Events with ids above `lastId` (an import's new events), none of them in the index yet.
    static void addAfter(Database &db, qint64 lastId);
    // Before the event, its citations or its jurisdiction change or go.
    static void remove(Database &db, qint64 eventId);
    static void removeJurisdiction(Database &db, qint64 jurisdictionId);

    // How many events the index holds: the count FTS5 keeps in its averages record (it has no
    // row per event to count), 0 for an index never written to.
    static qint64 indexedCount(Database &db);

    // How many (word, event, column, position) entries the index and one built afresh from the
    // events disagree on: 0 when the index is exactly what the case file's text gives. Builds a
    // second index in the temporary schema: seconds at a million events.
    static qint64 mismatches(Database &db);
};

}  // namespace caseline
