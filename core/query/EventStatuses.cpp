#include "EventStatuses.h"

#include "storage/CaseFile.h"
#include "storage/Statement.h"

namespace caseline {

std::shared_ptr<const EventStatuses> EventStatuses::read(CaseFile &file, const std::atomic<bool> *cancel)
{
    std::shared_ptr<EventStatuses> statuses(new EventStatuses);
    auto read = std::make_shared<Entries>();
    // The table in its own order, which is the ids' order: no index, no sort.
    Statement st = file.database().prepare(QStringLiteral("SELECT id, status FROM event WHERE status <> 0"));
    for (qint64 n = 0; st.step(); ++n) {
        if (cancel && (n & 0xffff) == 0 && cancel->load())
            return {};
        read->emplace_back(st.int64(0), st.int64(1));
    }
    if (cancel && cancel->load())
        return {};
    statuses->m_read = std::move(read);
    return statuses;
}

std::shared_ptr<const EventStatuses> EventStatuses::patched(CaseFile &file, const std::vector<qint64> &eventIds) const
{
    std::shared_ptr<EventStatuses> next(new EventStatuses);
    next->m_read = m_read;
    Entries fresh;
    fresh.reserve(eventIds.size());
    Statement &st = file.database().cached(QStringLiteral("SELECT status FROM event WHERE id = ?1"));
    for (const qint64 id : eventIds) {
        st.reset();
        st.bind(1, id);
        fresh.emplace_back(id, st.step() ? st.int64(0) : 0);  // gone: 0, and no row answers for it
    }
    st.reset();
    // The fresh reads replace earlier re-reads of the same events.
    const auto byId = [](const auto &a, const auto &b) { return a.first < b.first; };
    std::set_union(fresh.begin(), fresh.end(), m_reread.begin(), m_reread.end(), std::back_inserter(next->m_reread), byId);
    next->compactIfLarge();
    return next;
}

void EventStatuses::compactIfLarge()
{
    // Each look-up of a read entry searches the re-read ones: once they are many (a long editing
    // session), one copy of the statuses costs less than the searches it saves.
    if (qsizetype(m_reread.size()) <= qsizetype(m_read->size()) / 4 + 64)
        return;
    auto merged = std::make_shared<Entries>();
    forEachNotConfirmed([&merged](qint64 eventId, qint64 status) { merged->emplace_back(eventId, status); });
    std::sort(merged->begin(), merged->end());
    m_read = std::move(merged);
    m_reread.clear();
}

}  // namespace caseline
