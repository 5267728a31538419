#include "EventSearchIndex.h"

#include "Database.h"

#include <sqlite3.h>

namespace caseline {

namespace {

const char *const kTokenizer = "tokenize = 'unicode61 remove_diacritics 2'";

// What event_fts indexes for the event `e`: its title, its summary and its citations' quotes
// joined by spaces, in the order they were added. FTS5 takes an event out of a word's list only
// for the words a delete names, so a delete must name every word the event was indexed with.
const char *const kIndexedText =
    "e.id, e.title, e.summary, coalesce((SELECT group_concat(q.quote, ' ') FROM "
    "(SELECT c.quote FROM citation c WHERE c.event_id = e.id ORDER BY c.id) AS q), '') FROM event e";

QString insertSql(const char *where)
{
    return QStringLiteral("INSERT INTO event_fts(rowid, title, summary, quotes) SELECT %1 %2")
        .arg(QLatin1String(kIndexedText), QLatin1String(where));
}

// FTS5's 'delete' command: the row's id with the very text it was indexed with.
QString deleteSql(const char *where)
{
    return QStringLiteral("INSERT INTO event_fts(event_fts, rowid, title, summary, quotes) SELECT 'delete', %1 %2")
        .arg(QLatin1String(kIndexedText), QLatin1String(where));
}

qint64 scalar(Database &db, const QString &sql)
{
    Statement st = db.prepare(sql);
    return st.step() ? st.int64(0) : 0;
}

}  // namespace

QString EventSearchIndex::createSql()
{
    return QStringLiteral("CREATE VIRTUAL TABLE event_fts USING fts5(title, summary, quotes, content = '', columnsize = 0, %1)")
        .arg(QLatin1String(kTokenizer));
}

QString EventSearchIndex::fillSql() { return insertSql(""); }

void EventSearchIndex::add(Database &db, qint64 eventId) { db.cached(insertSql("WHERE e.id = ?1")).bind(1, eventId).exec(); }

void EventSearchIndex::addAfter(Database &db, qint64 lastId)
{
    db.cached(insertSql("WHERE e.id > ?1")).bind(1, lastId).exec();
}

void EventSearchIndex::remove(Database &db, qint64 eventId) { db.cached(deleteSql("WHERE e.id = ?1")).bind(1, eventId).exec(); }

void EventSearchIndex::removeJurisdiction(Database &db, qint64 jurisdictionId)
{
    db.cached(deleteSql("WHERE e.jurisdiction_id = ?1")).bind(1, jurisdictionId).exec();
}

qint64 EventSearchIndex::indexedCount(Database &db)
{
    // FTS5's averages record is row 1 of its data table and starts with the number of rows, as
    // an SQLite varint (big-endian groups of seven bits, the ninth byte whole).
    Statement st = db.prepare(QStringLiteral("SELECT block FROM event_fts_data WHERE id = 1"));
    if (!st.step())
        return 0;
    const auto *bytes = static_cast<const unsigned char *>(sqlite3_column_blob(st.handle(), 0));
    const int size = sqlite3_column_bytes(st.handle(), 0);
    quint64 count = 0;
    for (int i = 0; i < size && i < 9; ++i) {
        if (i == 8)
            return qint64((count << 8) | bytes[i]);
        count = (count << 7) | (bytes[i] & 0x7f);
        if (!(bytes[i] & 0x80))
            break;
    }
    return qint64(count);
}

qint64 EventSearchIndex::mismatches(Database &db)
{
    const auto dropTemp = [&db] {
        db.exec(QStringLiteral("DROP TABLE IF EXISTS temp.stored_entries; DROP TABLE IF EXISTS temp.fresh_entries; "
                               "DROP TABLE IF EXISTS temp.fresh_fts"));
    };
    dropTemp();
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fresh_fts USING fts5(title, summary, quotes, content = '', %1)")
                .arg(QLatin1String(kTokenizer)));
    db.exec(QStringLiteral("INSERT INTO temp.fresh_fts(rowid, title, summary, quotes) SELECT %1").arg(QLatin1String(kIndexedText)));
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.stored_entries USING fts5vocab(main, event_fts, instance)"));
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fresh_entries USING fts5vocab(temp, fresh_fts, instance)"));
    const qint64 missing = scalar(db, QStringLiteral(
        "SELECT count(*) FROM (SELECT * FROM temp.fresh_entries EXCEPT SELECT * FROM temp.stored_entries)"));
    const qint64 extra = scalar(db, QStringLiteral(
        "SELECT count(*) FROM (SELECT * FROM temp.stored_entries EXCEPT SELECT * FROM temp.fresh_entries)"));
    dropTemp();
    return missing + extra;
}

}  // namespace caseline
