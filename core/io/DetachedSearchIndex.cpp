#include "DetachedSearchIndex.h"

#include "SearchIndexBuffer.h"
#include "storage/CaseFileError.h"
#include "storage/Database.h"
#include "storage/EventSearchIndex.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

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
        // Keeps its text, so that finish() can take late events out by id.
        m_db->exec(EventSearchIndex::createSql(EventSearchIndex::Text::Kept));
        SearchIndexBuffer::set(*m_db, SearchIndexBuffer::kImportBytes);
        m_db->exec(QStringLiteral("CREATE TABLE set_aside(id INTEGER PRIMARY KEY, title TEXT, summary TEXT, quotes TEXT)"));
        m_db->exec(QStringLiteral("BEGIN"));
        m_insert = std::make_unique<Statement>(
            m_db->prepare(QStringLiteral("INSERT INTO event_fts(rowid, title, summary, quotes) VALUES (?1, ?2, ?3, ?4)")));
        m_setAside = std::make_unique<Statement>(
            m_db->prepare(QStringLiteral("INSERT INTO set_aside(id, title, summary, quotes) VALUES (?1, ?2, ?3, ?4)")));
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
    m_setAside.reset();
    m_db.reset();
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

void DetachedSearchIndex::addEvent(CaseData::LinkedEvent &&event)
{
    if (!m_insert)
        return;
    writePending();
    m_pendingOrdinal = m_events++;
    m_pendingTitle = event.event.title;
    m_pendingSummary = event.event.summary;
    QStringList quotes;
    for (const auto &citation : std::as_const(event.citations))
        quotes.append(citation.citation.quote);
    m_pendingQuotes = quotes.join(QLatin1Char(' '));
}

void DetachedSearchIndex::addCitation(qsizetype ordinal, const CaseData::LinkedCitation &citation)
{
    if (ordinal != m_pendingOrdinal) {
        m_lateEvents.push_back(m_firstId + ordinal);
        return;
    }
    // group_concat(quote, ' ') of the event's citations, in the order they were added.
    m_pendingQuotes += QLatin1Char(' ') + citation.citation.quote;
}

void DetachedSearchIndex::writePending()
{
    if (m_pendingOrdinal < 0 || !m_insert)
        return;
    attempt([&] {
        Statement &st = m_behind && m_behind() ? *m_setAside : *m_insert;
        st.bind(1, m_firstId + m_pendingOrdinal)
            .bindText(2, m_pendingTitle)
            .bindText(3, m_pendingSummary)
            .bindText(4, m_pendingQuotes)
            .exec();
    });
    m_pendingOrdinal = -1;
}

void DetachedSearchIndex::finish()
{
    writePending();
    if (!m_insert)
        return;
    m_insert.reset();
    m_setAside.reset();
    attempt([&] {
        m_db->exec(QStringLiteral("INSERT INTO event_fts(rowid, title, summary, quotes) "
                                  "SELECT id, title, summary, quotes FROM set_aside"));
        m_db->exec(QStringLiteral("DROP TABLE set_aside"));
        Statement remove = m_db->prepare(QStringLiteral("DELETE FROM event_fts WHERE rowid = ?1"));
        for (const qint64 id : m_lateEvents)
            remove.bind(1, id).exec();
        m_db->exec(QStringLiteral("COMMIT"));
        m_built = true;
    });
}

}  // namespace caseline
