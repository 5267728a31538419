#include "DetachedSearchIndex.h"

#include "SearchIndexBuffer.h"
#include "SetAsideRows.h"
#include "storage/CaseFileError.h"
#include "storage/Database.h"
#include "storage/EventSearchIndex.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <limits>
#include <unistd.h>

namespace caseline {

namespace {

const char *const kScratchPrefix = "caseline-search-";

// Page cache of the scratch file (KiB): FTS5 merges its segments in it.
constexpr int kCacheKiB = 16 * 1024;
constexpr int kAutomerge = 16;

}  // namespace

DetachedSearchIndex::DetachedSearchIndex(qint64 firstId) : m_firstId(firstId)
{
    const QString temp = QDir::tempPath();
    if (temp.isEmpty() || !QFileInfo(temp).isDir())
        return;  // no scratch space: the writer fills the index itself
    removeAbandonedScratch();
    // The process id in the name says whose folder it is (removeAbandonedScratch()).
    m_dir = std::make_unique<QTemporaryDir>(
        QDir(temp).filePath(QStringLiteral("%1%2-XXXXXX").arg(QLatin1String(kScratchPrefix)).arg(getpid())));
    if (!m_dir->isValid())
        return;
    attempt([&] {
        // Only this index's thread uses it (abandon() only interrupts, which SQLite allows).
        m_db = std::make_unique<Database>(path(), Database::OpenMode::CreateIfMissing, Database::Threads::OneAtATime);
        // Scratch data: losing it loses nothing of the case, so no journal and no syncs.
        // Before the first table: larger pages hold FTS5's 4 KB segment blobs and its content in
        // fewer pages (about a second less at a million events). The copy repacks them.
        m_db->exec(QStringLiteral("PRAGMA page_size = 16384"));
        m_db->exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        m_db->exec(QStringLiteral("PRAGMA synchronous = OFF"));
        m_db->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB));
        // Without its text, like the case file's (keeping it cost about a quarter more at a
        // million events): finish() takes late events out with FTS5's 'delete', which needs the
        // text they were indexed with, so that of events a later row may cite (given_ids) is kept.
        m_db->exec(EventSearchIndex::createSql());
        SearchIndexBuffer::set(*m_db, SearchIndexBuffer::kImportBytes);
        // FTS5 merges a level's segments once it has this many (default 4): merging less often
        // built a million events' index in about a quarter less time, and searches took as long.
        // The setting stays in the scratch file: the case file's index keeps the default.
        m_db->exec(QStringLiteral("INSERT INTO event_fts(event_fts, rank) VALUES ('automerge', %1)").arg(kAutomerge));
        m_db->exec(QStringLiteral("CREATE TABLE given_ids(id INTEGER PRIMARY KEY, title TEXT, summary TEXT, quotes TEXT)"));
        m_db->exec(QStringLiteral("BEGIN"));
        m_insert = std::make_unique<Statement>(
            m_db->prepare(QStringLiteral("INSERT INTO event_fts(rowid, title, summary, quotes) VALUES (?1, ?2, ?3, ?4)")));
        m_setAside = std::make_unique<SetAsideRows>(m_dir->filePath(QStringLiteral("set-aside.rows")));
        if (!m_setAside->isOpen())
            m_setAside.reset();  // then every event is indexed at once
        m_keep = std::make_unique<Statement>(
            m_db->prepare(QStringLiteral("INSERT INTO given_ids(id, title, summary, quotes) VALUES (?1, ?2, ?3, ?4)")));
    });
}

template <typename Work>
void DetachedSearchIndex::attempt(Work work)
{
    if (m_abandoned) {
        giveUp();
        return;
    }
    try {
        work();
    } catch (const CaseFileError &) {
        // A full or unwritable scratch disk must not fail the import: give up the scratch index.
        // (An interrupt from abandon() ends up here too.)
        giveUp();
    }
}

void DetachedSearchIndex::giveUp()
{
    std::lock_guard lock(m_connection);
    m_insert.reset();
    m_keep.reset();
    m_db.reset();
    m_setAside.reset();
}

void DetachedSearchIndex::abandon()
{
    m_abandoned = true;
    std::lock_guard lock(m_connection);
    if (m_db)
        sqlite3_interrupt(m_db->handle());
}

DetachedSearchIndex::~DetachedSearchIndex() { giveUp(); }

QString DetachedSearchIndex::path() const { return m_dir->filePath(QStringLiteral("search.sqlite")); }

void DetachedSearchIndex::removeAbandonedScratch()
{
    const QDir temp(QDir::tempPath());
    const QStringList folders =
        temp.entryList({QLatin1String(kScratchPrefix) + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &name : folders) {
        bool ok = false;
        const qint64 pid = name.mid(qsizetype(std::strlen(kScratchPrefix))).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        // Only when no process has that id: a live one may be another import at work.
        if (ok && pid > 0 && pid <= std::numeric_limits<pid_t>::max() && kill(pid_t(pid), 0) == -1 && errno == ESRCH)
            QDir(temp.filePath(name)).removeRecursively();
    }
}

void DetachedSearchIndex::addEvent(const CsvEventRow &event)
{
    if (!m_insert)
        return;
    writePending();
    m_pendingOrdinal = m_events++;
    m_pendingKeyGiven = event.keyGiven;
    m_pendingTitle.assign(event.title.data(), size_t(event.title.size()));
    m_pendingSummary.assign(event.summary.data(), size_t(event.summary.size()));
    m_pendingQuotes.clear();
    if (event.citation)
        m_pendingQuotes.assign(event.citation->quote.data(), size_t(event.citation->quote.size()));
}

void DetachedSearchIndex::addCitation(qsizetype ordinal, const CsvCitationRow &citation)
{
    if (ordinal != m_pendingOrdinal) {
        m_lateEvents.push_back(m_firstId + ordinal);
        return;
    }
    // group_concat(quote, ' ') of the event's citations, in the order they were added.
    m_pendingQuotes.push_back(' ');
    m_pendingQuotes.append(citation.quote.data(), size_t(citation.quote.size()));
}

void DetachedSearchIndex::writePending()
{
    if (m_pendingOrdinal < 0 || !m_insert)
        return;
    attempt([&] {
        const qint64 id = m_firstId + m_pendingOrdinal;
        if (m_setAside && m_behind && m_behind()) {
            if (!m_setAside->add(id, m_pendingTitle, m_pendingSummary, m_pendingQuotes))
                throw CaseFileError(CaseFileError::Kind::Other, QStringLiteral("The full-text rows set aside could not be written."));
        } else {
            write(*m_insert, id, m_pendingTitle, m_pendingSummary, m_pendingQuotes);
        }
        if (m_pendingKeyGiven)
            write(*m_keep, id, m_pendingTitle, m_pendingSummary, m_pendingQuotes);
    });
    m_pendingOrdinal = -1;
}

void DetachedSearchIndex::write(Statement &st, qint64 id, QByteArrayView title, QByteArrayView summary, QByteArrayView quotes)
{
    st.bind(1, id);
    int column = 2;
    for (const QByteArrayView text : {title, summary, quotes})
        sqlite3_bind_text(st.handle(), column++, text.isEmpty() ? "" : text.data(), int(text.size()), SQLITE_STATIC);
    st.execKeepingBindings();  // all four bound anew each time
}

void DetachedSearchIndex::finish()
{
    writePending();
    if (!m_insert)
        return;
    attempt([&] {
        if (m_setAside && !m_setAside->forEach([this](qint64 id, QByteArrayView title, QByteArrayView summary, QByteArrayView quotes) {
                write(*m_insert, id, title, summary, quotes);
            }))
            throw CaseFileError(CaseFileError::Kind::Other, QStringLiteral("The full-text rows set aside could not be read back."));
        m_setAside.reset();
        m_insert.reset();
        m_keep.reset();
        std::sort(m_lateEvents.begin(), m_lateEvents.end());
        m_lateEvents.erase(std::unique(m_lateEvents.begin(), m_lateEvents.end()), m_lateEvents.end());
        // Only an event whose key the file gave can have a later row (a derived key given twice
        // is an error), so each late event's text is in given_ids; should one not be, the index
        // is not used and the writer builds its own.
        Statement find = m_db->prepare(QStringLiteral("SELECT count(*) FROM given_ids WHERE id = ?1"));
        Statement remove = m_db->prepare(QStringLiteral(
            "INSERT INTO event_fts(event_fts, rowid, title, summary, quotes) "
            "SELECT 'delete', id, title, summary, quotes FROM given_ids WHERE id = ?1"));
        for (const qint64 id : m_lateEvents) {
            find.bind(1, id);
            const bool kept = find.step() && find.int64(0) == 1;
            find.reset();
            if (!kept)
                return;
            remove.bind(1, id).exec();
        }
        m_db->exec(QStringLiteral("COMMIT"));
        m_built = true;
    });
}

}  // namespace caseline
