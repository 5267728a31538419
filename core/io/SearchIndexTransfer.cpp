#include "SearchIndexTransfer.h"

#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/EventSearchIndex.h"

#include <QScopeGuard>

#include <algorithm>

#include <sqlite3.h>

namespace caseline {

namespace {

const QLatin1String kScratch("search_build");

// FTS5's own tables behind event_fts that hold the index (its config table is made by CREATE).
// (The index keeps neither text nor sizes per event, so it has no other tables.)
const char *const kIndexTables[] = {"event_fts_data", "event_fts_idx"};

}  // namespace

void SearchIndexTransfer::copy(CaseFile &file, const QString &scratchPath, const std::vector<qint64> &lateEvents)
{
    Database &db = file.database();
    db.exec(QStringLiteral("DROP TABLE event_fts"));
    db.exec(EventSearchIndex::createSql());
    {
        Statement attach = db.prepare(QStringLiteral("ATTACH DATABASE ?1 AS %1").arg(kScratch));
        attach.bindText(1, scratchPath).exec();
    }
    // Defensive mode forbids writing FTS5's tables through SQL; allowed for these statements only.
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    const auto defensiveAgain = qScopeGuard([&] { sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr); });
    for (const char *table : kIndexTables) {
        const QString name = QLatin1String(table);
        db.exec(QStringLiteral("DELETE FROM main.%1").arg(name));
        db.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM %2.%1").arg(name, kScratch));
    }
    // The scratch index took these out again (DetachedSearchIndex::finish()).
    std::vector<qint64> late = lateEvents;
    std::sort(late.begin(), late.end());
    late.erase(std::unique(late.begin(), late.end()), late.end());
    for (const qint64 id : late)
        EventSearchIndex::add(db, id);
}

void SearchIndexTransfer::detach(CaseFile &file)
{
    Database &db = file.database();
    const bool attached = [&] {
        Statement st = db.prepare(QStringLiteral("SELECT 1 FROM pragma_database_list WHERE name = ?1"));
        st.bindText(1, kScratch);
        return st.step();
    }();
    if (attached)
        db.exec(QStringLiteral("DETACH DATABASE %1").arg(kScratch));
}

}  // namespace caseline
