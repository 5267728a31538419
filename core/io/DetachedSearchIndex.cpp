#include "DetachedSearchIndex.h"

#include "SearchIndexBuffer.h"
#include "storage/CaseFileError.h"
#include "storage/Database.h"

namespace caseline {

namespace {

// Page cache of the scratch file (KiB): FTS5 merges its segments in it.
constexpr int kCacheKiB = 16 * 1024;

}  // namespace

DetachedSearchIndex::DetachedSearchIndex(const QString &createSql, qint64 firstId) : m_firstId(firstId)
{
    if (!m_dir.isValid())
        return;  // no scratch space: the writer fills the index itself
    attempt([&] {
        m_db = std::make_unique<Database>(path(), Database::OpenMode::CreateIfMissing);
        // Scratch data: if this process dies the folder goes with it, so no journal and no syncs.
        m_db->exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        m_db->exec(QStringLiteral("PRAGMA synchronous = OFF"));
        m_db->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB));
        m_db->exec(createSql);
        SearchIndexBuffer::set(*m_db, SearchIndexBuffer::kImportBytes);
        m_db->exec(QStringLiteral("BEGIN"));
        m_insert = std::make_unique<Statement>(
            m_db->prepare(QStringLiteral("INSERT INTO event_fts(rowid, title, summary, quotes) VALUES (?1, ?2, ?3, ?4)")));
    });
}

template <typename Work>
void DetachedSearchIndex::attempt(Work work)
{
    try {
        work();
    } catch (const CaseFileError &) {
        // A full or unwritable scratch disk must not fail the import: give up the scratch index.
        m_insert.reset();
        m_db.reset();
    }
}

DetachedSearchIndex::~DetachedSearchIndex()
{
    m_insert.reset();
    m_db.reset();
}

QString DetachedSearchIndex::path() const { return m_dir.filePath(QStringLiteral("search.sqlite")); }

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
        m_insert->bind(1, m_firstId + m_pendingOrdinal)
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
    attempt([&] {
        m_db->exec(QStringLiteral("COMMIT"));
        m_built = true;
    });
}

}  // namespace caseline
