#include "CaseCsvBulkImport.h"

#include "ImportedJurisdiction.h"
#include "ImportedSources.h"
#include "DetachedSearchIndex.h"
#include "ParallelCsvParse.h"
#include "SearchIndexBuffer.h"
#include "SearchIndexTransfer.h"
#include "SinkOnThread.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"
#include "storage/Database.h"
#include "storage/EventSearchIndex.h"
#include "storage/NestedSavepointsOff.h"
#include "storage/ScopedPragma.h"
#include "storage/StatementCancel.h"

#include <QHash>
#include <QScopeGuard>

#include <sqlite3.h>

#include <vector>

namespace caseline {

namespace {

// Below this many lines the import is small enough that keeping every index current costs less
// than rebuilding some of them.
constexpr qsizetype kRebuildIndexesFromLines = 20000;
// Page cache while importing (KiB): the event-key index of a million rows stays in memory.
constexpr int kImportCacheKiB = 96 * 1024;
// While the indexes are built again: SQLite's helper threads for sorting, and the page cache,
// which also sets the size of each sorted run.
constexpr int kSorterThreads = 2;
constexpr int kSortRunKiB = 2 * 1024;

// Writes each row as it arrives, its UTF-8 bound as the parser left it. Events the case file
// already holds (same key) are updated through CaseFile, like CaseDataWriter does; new ones are
// inserted directly, and their full-text rows come from DetachedSearchIndex or, without it,
// fillSearchIndex() in one statement.
class CaseFileSink : public CaseCsvSink {
public:
    explicit CaseFileSink(CaseFile &file)
        : m_file(file), m_db(file.database()),
          m_insertEvent(m_db.prepare(QStringLiteral(
              "INSERT INTO event(key, jurisdiction_id, type, start_date, end_date, first_day, last_day, "
              "title, summary, location, status, note, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"))),
          m_insertPerson(m_db.prepare(QStringLiteral(
              "INSERT INTO event_person(event_id, position, name, role) VALUES (?1, ?2, ?3, ?4)"))),
          m_insertTag(m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO event_tag(event_id, tag) VALUES (?1, ?2)"))),
          m_insertCitation(m_db.prepare(QStringLiteral(
              "INSERT INTO citation(event_id, source_id, position, quote, page, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")))
    {
        Statement &last = m_db.cached(QStringLiteral("SELECT coalesce(max(id), 0), count(*) FROM event"));
        last.step();
        m_lastIdBefore = last.int64(0);
        m_lastId = m_lastIdBefore;
        m_hadEvents = last.int64(1) > 0;
        last.reset();
    }

    CaseDataWriter::Counts counts;

    void reserve(qsizetype events) { m_eventIds.reserve(size_t(events)); }
    bool hadEvents() const { return m_hadEvents; }
    // The id the first event this import adds gets; the others follow in order (insertEvent).
    qint64 firstNewId() const { return m_lastIdBefore + 1; }

    void addJurisdiction(const Jurisdiction &read) override
    {
        Jurisdiction j = read;
        const auto existing = storeImportedJurisdiction(m_file, j);
        tally(existing.has_value());
        m_jurisdictionIds.push_back(j.id);
        ++counts.jurisdictions;
    }

    void addSource(const Source &read) override
    {
        Source s = read;
        const auto existing = m_importedSources.store(s);
        tally(existing.has_value());
        m_sourceIds.push_back(s.id);
        ++counts.sources;
    }

    void addEvent(const CsvEventRow &row) override
    {
        ++counts.events;
        if (m_hadEvents) {
            Statement &find = m_db.cached(QStringLiteral("SELECT id FROM event WHERE key = ?1"));
            bindUtf8(find, 1, row.key);
            const qint64 existing = find.step() ? find.int64(0) : 0;
            find.reset();
            if (existing) {
                // Rare in a bulk import, so through CaseFile, as CaseDataWriter does.
                Event e = row.toEvent();
                e.id = existing;
                e.jurisdictionId = m_jurisdictionIds[size_t(row.jurisdiction)];
                if (row.citation)
                    e.citations.append(resolve(*row.citation));
                m_file.updateEvent(e);
                tally(true);
                m_eventIds.push_back(e.id);
                return;
            }
        }
        insertEvent(row);
        tally(false);
        m_eventIds.push_back(m_lastId);
    }

    void addCitation(qsizetype ordinal, const CsvCitationRow &citation) override
    {
        const qint64 eventId = m_eventIds[size_t(ordinal)];
        if (eventId > m_lastIdBefore) {
            Statement &count = m_db.cached(QStringLiteral("SELECT count(*) FROM citation WHERE event_id = ?1"));
            count.bind(1, eventId);
            const int position = count.step() ? count.int32(0) : 0;
            count.reset();
            insertCitation(citation, eventId, position);
            return;
        }
        // An event the case already held, updated by this import: rare, so through CaseFile.
        auto event = m_file.event(eventId);
        event->citations.append(resolve(citation));
        m_file.updateEvent(*event);
    }

    // The full-text rows of the events this import added.
    void fillSearchIndex()
    {
        SearchIndexBuffer::set(m_db, SearchIndexBuffer::kImportBytes);
        EventSearchIndex::addAfter(m_db, m_lastIdBefore);
        SearchIndexBuffer::set(m_db, SearchIndexBuffer::kDefaultBytes);
    }

private:
    void tally(bool existed) { existed ? ++counts.updated : ++counts.added; }

    Citation resolve(const CsvCitationRow &row) const
    {
        Citation c = row.toCitation();
        c.sourceId = m_sourceIds[size_t(row.source)];
        return c;
    }

    // Binds text that lives until the statement has run, without SQLite copying it again (a
    // million rows, several texts each). Empty text is '' like Statement::bindText's, not NULL.
    static void bindUtf8(Statement &st, int index, QByteArrayView utf8)
    {
        sqlite3_bind_text(st.handle(), index, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }

    // The same rows as CaseFile::addEvent writes, without a savepoint per event.
    void insertEvent(const CsvEventRow &e)
    {
        Statement &st = m_insertEvent;
        bindUtf8(st, 1, e.key);
        st.bind(2, m_jurisdictionIds[size_t(e.jurisdiction)]).bind(3, int(e.type));
        bindUtf8(st, 4, e.startIso);
        if (e.end.isValid())
            bindUtf8(st, 5, e.endIso);
        else
            st.bindNull(5);
        st.bind(6, e.start.firstJulianDay()).bind(7, e.end.isValid() ? e.end.lastJulianDay() : e.start.lastJulianDay());
        bindUtf8(st, 8, e.title);
        bindUtf8(st, 9, e.summary);
        bindUtf8(st, 10, e.location);
        st.bind(11, int(e.status));
        bindUtf8(st, 12, e.note);
        // Numbered in order from the largest id before, which DetachedSearchIndex relies on.
        const qint64 id = ++m_lastId;
        st.bind(13, id);
        st.execKeepingBindings();  // every parameter is bound above
        for (size_t i = 0; i < e.people.size(); ++i) {
            m_insertPerson.bind(1, id).bind(2, qint64(i));
            bindUtf8(m_insertPerson, 3, e.people[i].name);
            bindUtf8(m_insertPerson, 4, e.people[i].role);
            m_insertPerson.execKeepingBindings();
        }
        for (const QByteArrayView tag : e.tags) {  // trimmed by CaseCsvParser
            m_insertTag.bind(1, id);
            bindUtf8(m_insertTag, 2, tag);
            m_insertTag.execKeepingBindings();
        }
        if (e.citation)
            insertCitation(*e.citation, id, 0);
    }

    void insertCitation(const CsvCitationRow &c, qint64 eventId, int position)
    {
        Statement &st = m_insertCitation;
        st.bind(1, eventId).bind(2, m_sourceIds[size_t(c.source)]).bind(3, position);
        bindUtf8(st, 4, c.quote);
        if (c.page)
            st.bind(5, *c.page);
        else
            st.bindNull(5);
        bindUtf8(st, 6, {});
        st.execKeepingBindings();
    }

    CaseFile &m_file;
    Database &m_db;
    Statement m_insertEvent, m_insertPerson, m_insertTag, m_insertCitation;
    qint64 m_lastIdBefore = 0;
    qint64 m_lastId = 0;  // of the last event inserted
    bool m_hadEvents = false;
    std::vector<qint64> m_jurisdictionIds;  // by the parser's numbers
    std::vector<qint64> m_sourceIds;
    ImportedSources m_importedSources{m_file};
    std::vector<qint64> m_eventIds;  // by the parser's event number
};

// Indexes on the tables an import fills that no statement of the import reads: dropped before a
// large import and created again from their own SQL at the end, one sort each instead of a
// million scattered inserts. citation_event stays: updates and the full-text fill look up
// citations by event. event_key (unique) goes too when the case has no events yet: nothing is
// looked up by key then, and the parser has already refused a key given twice.
QList<QPair<QString, QString>> dropRebuildableIndexes(Database &db, bool keysLookedUp)
{
    QList<QPair<QString, QString>> dropped;
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('event', 'event_tag', 'citation') AND name <> 'citation_event' "
            "AND (name <> 'event_key' OR ?1 = 0)"));
        st.bind(1, keysLookedUp ? 1 : 0);
        while (st.step())
            dropped.append({st.text(0), st.text(1)});
    }
    for (const auto &[name, sql] : std::as_const(dropped)) {
        Statement drop = db.prepare(QStringLiteral("DROP INDEX \"%1\"").arg(QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))));
        drop.exec();
    }
    return dropped;
}

// Whether the journal mode could be set: leaving WAL needs every other connection closed, and
// SQLite refuses at once (SQLITE_BUSY) instead of waiting when one is open.
bool trySetJournalMode(Database &db, const QString &mode)
{
    try {
        Statement st = db.prepare(QStringLiteral("PRAGMA main.journal_mode = %1").arg(mode));
        return st.step() && st.text(0).compare(mode, Qt::CaseInsensitive) == 0;
    } catch (const CaseFileError &) {
        return false;
    }
}

}  // namespace

CaseCsvBulkImport::Result CaseCsvBulkImport::import(const QByteArray &data, const QString &fileName)
{
    Database &db = m_file.database();
    const ScopedPragma cache(db, QStringLiteral("cache_size"), -kImportCacheKiB);
    // After the transaction, whichever way it ends: the scratch index is attached inside it.
    const auto detachScratch = qScopeGuard([&] {
        try {
            SearchIndexTransfer::detach(m_file);
        } catch (...) {
            // The connection closes with the import; an attached scratch file does no harm.
        }
    });

    Result result;
    ParallelCsvParse parser(data, fileName, m_inputScan);
    parser.setConsumed(m_consumed);
    // Declared after the parser, so that they are destroyed before it: the search thread gives the
    // batches it has read back to the parser's queue.
    std::unique_ptr<DetachedSearchIndex> search;
    std::unique_ptr<SinkOnThread> searchThread;
    // Given up (an error, a cancel): the scratch index is not finished first. Runs before the
    // destructors above wait for its thread.
    auto abandonSearch = qScopeGuard([&search] {
        if (search)
            search->abandon();
    });
    const bool rebuild = parser.lineCount() >= kRebuildIndexesFromLines;
    const bool rollbackJournal = rebuild && m_rollbackJournalIfAlone && !db.inTransaction()
        && trySetJournalMode(db, QStringLiteral("delete"));
    // After the transaction has ended either way. Should another program have opened the file in
    // between, the switch fails here and CaseFile::open sets WAL mode again next time.
    const auto walAgain = qScopeGuard([&] {
        if (rollbackJournal)
            trySetJournalMode(db, QStringLiteral("wal"));
    });
    // Every reference a large import writes is to a row it wrote or looked up itself just before
    // (CaseFileSink), and it deletes no row others refer to, so no cascade is missed: SQLite's
    // foreign-key lookups, several per row, are skipped. Changeable only outside a transaction.
    const bool skipForeignKeys = rebuild && !db.inTransaction();
    if (skipForeignKeys)
        db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto foreignKeysAgain = qScopeGuard([&] {
        try {
            if (skipForeignKeys)
                db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        } catch (...) {
            // Only when the connection is already unusable: it is not used again.
        }
    });
    Transaction tx(db);
    // Any error below ends the whole transaction: no savepoint per source or updated event.
    const NestedSavepointsOff wholeImport(db);
    CaseFileSink sink(m_file);
    sink.reserve(parser.lineCount());
    // A large import into a case without events builds its full-text index on a third thread,
    // beside the parser and the writer, and on while the writer rebuilds the indexes.
    if (rebuild && !sink.hadEvents()) {
        search = std::make_unique<DetachedSearchIndex>(sink.firstNewId());
        searchThread = std::make_unique<SinkOnThread>(*search, [&search] { search->finish(); });
        search->setBehind([thread = searchThread.get()] { return thread->behind(); });
        parser.setAlongside(searchThread.get());
    }
    const auto dropped = rebuild ? dropRebuildableIndexes(db, sink.hadEvents()) : QList<QPair<QString, QString>>();
    result.warnings = parser.run(sink, m_progress);
    {
        // After the last row the writer still builds indexes and the full-text index (seconds at
        // a million): Cancel interrupts those statements too.
        const qint64 lines = parser.lineCount();
        const StatementCancel cancel(db, [this, lines] { return !m_progress || m_progress(lines, lines); });
        try {
            // Each index is sorted in runs that fit the cache, on helper threads, then merged:
            // with the import's large cache it would be one run sorted on this thread, which
            // took twice as long (SQLite's sorter sizes its runs by the page cache).
            const ScopedPragma sorterThreads(db, QStringLiteral("threads"), kSorterThreads);
            const ScopedPragma sortCache(db, QStringLiteral("cache_size"), -kSortRunKiB);
            for (const auto &[name, sql] : dropped)
                db.exec(sql);
            if (searchThread)
                searchThread->join();
            abandonSearch.dismiss();
            if (search && search->built()) {
                SearchIndexTransfer::copy(m_file, search->path(), search->lateEvents());
            } else {
                sink.fillSearchIndex();
            }
        } catch (const CaseFileError &) {
            if (cancel.cancelled())
                throw ImportCancelled{};
            throw;
        }
    }
    tx.commit();
    result.counts = sink.counts;
    return result;
}

}  // namespace caseline
