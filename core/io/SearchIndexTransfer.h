#pragma once

#include <QString>

#include <vector>

namespace caseline {

class CaseFile;

// Puts a full-text index built elsewhere (DetachedSearchIndex) into a case file, inside the
// caller's transaction: event_fts is created afresh (so no connection holds a cached view of the
// old one) and its FTS5 tables are filled from the scratch file's, which SQLite copies record by
// record. Events whose rows the builder could not finish (it took them out again) are indexed
// from the case file. Only for a case whose index held nothing before.
class SearchIndexTransfer {
public:
    static void copy(CaseFile &file, const QString &scratchPath, const std::vector<qint64> &lateEvents);
    // Call after the transaction ended (committed or rolled back): SQLite detaches only then.
    static void detach(CaseFile &file);
};

}  // namespace caseline
