#include "EventCitedSources.h"

#include "storage/CaseFile.h"
#include "storage/Statement.h"

namespace caseline {

namespace {
// Ids far beyond the number of rows (written by hand, say) must not reserve memory for nothing.
constexpr qint64 kMostReserved = 16 * 1024 * 1024;
}  // namespace

void EventCitedSources::add(Citations &to, qint64 eventId, qint64 sourceId)
{
    auto index = m_sourceIndex.constFind(sourceId);
    if (index == m_sourceIndex.cend()) {
        index = m_sourceIndex.insert(sourceId, qint32(m_sourceIds.size()));
        m_sourceIds.push_back(sourceId);
    }
    to.eventIds.push_back(eventId);
    to.sources.push_back(*index);
}

std::shared_ptr<const EventCitedSources> EventCitedSources::read(CaseFile &file, const std::atomic<bool> *cancel)
{
    std::shared_ptr<EventCitedSources> sources(new EventCitedSources);
    auto read = std::make_shared<Citations>();
    // Sized once: the largest citation id bounds their number (a b-tree lookup).
    Statement last = file.database().prepare(QStringLiteral("SELECT max(id) FROM citation"));
    const auto expected = size_t(std::clamp<qint64>(last.step() ? last.int64(0) : 0, 0, kMostReserved));
    read->eventIds.reserve(expected);
    read->sources.reserve(expected);
    // The table in its own order: no index, no sort.
    Statement st = file.database().prepare(QStringLiteral("SELECT event_id, source_id FROM citation WHERE event_id IS NOT NULL"));
    for (qint64 n = 0; st.step(); ++n) {
        if (cancel && (n & 0xffff) == 0 && cancel->load())
            return {};
        sources->add(*read, st.int64(0), st.int64(1));
    }
    sources->m_read = std::move(read);
    return sources;
}

std::shared_ptr<const EventCitedSources> EventCitedSources::patched(CaseFile &file, const QList<qint64> &eventIds) const
{
    std::vector<qint64> ids(eventIds.cbegin(), eventIds.cend());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::shared_ptr<EventCitedSources> next(new EventCitedSources(*this));
    // These events' earlier re-reads are outdated too.
    Citations kept;
    for (size_t i = 0; i < m_reread.eventIds.size(); ++i) {
        if (!std::binary_search(ids.begin(), ids.end(), m_reread.eventIds[i])) {
            kept.eventIds.push_back(m_reread.eventIds[i]);
            kept.sources.push_back(m_reread.sources[i]);
        }
    }
    next->m_reread = std::move(kept);
    std::vector<qint64> rereadIds;
    std::set_union(m_rereadIds.begin(), m_rereadIds.end(), ids.begin(), ids.end(), std::back_inserter(rereadIds));
    next->m_rereadIds = std::move(rereadIds);
    Statement &st = file.database().cached(QStringLiteral("SELECT source_id FROM citation WHERE event_id = ?1"));
    for (const qint64 id : ids) {
        st.reset();
        st.bind(1, id);
        while (st.step())
            next->add(next->m_reread, id, st.int64(0));
    }
    st.reset();
    next->compactIfLarge();
    return next;
}

void EventCitedSources::compactIfLarge()
{
    // Each look-up of a read entry searches the re-read ids: once they are many (a long editing
    // session), one copy of the table costs less than the searches it saves.
    if (qsizetype(m_rereadIds.size()) <= qsizetype(m_read->eventIds.size()) / 4 + 64)
        return;
    auto merged = std::make_shared<Citations>();
    for (size_t i = 0; i < m_read->eventIds.size(); ++i) {
        if (!isReread(m_read->eventIds[i])) {
            merged->eventIds.push_back(m_read->eventIds[i]);
            merged->sources.push_back(m_read->sources[i]);
        }
    }
    merged->eventIds.insert(merged->eventIds.end(), m_reread.eventIds.begin(), m_reread.eventIds.end());
    merged->sources.insert(merged->sources.end(), m_reread.sources.begin(), m_reread.sources.end());
    m_read = std::move(merged);
    m_reread = {};
    m_rereadIds.clear();
}

}  // namespace caseline
