#pragma once

#include <QtGlobal>
#include <algorithm>
#include <atomic>
#include <memory>
#include <utility>
#include <vector>

namespace caseline {

class CaseFile;

// The status of each event that is not confirmed (the default), read with the events' snapshot so
// that a status filter answers from memory: SQLite has no index on it, and a pass over a million
// rows of the event table took the window 0.2–0.3 s per filter change. Immutable once read;
// patched() gives a new one that shares the statuses read and keeps those read again since beside
// them, as EventCitedSources does.
class EventStatuses {
public:
    // One pass over the event table; nothing when `cancel` turns true first.
    static std::shared_ptr<const EventStatuses> read(CaseFile &file, const std::atomic<bool> *cancel = nullptr);

    // These events' statuses read again (edited, added or removed since); `eventIds` sorted, each once.
    std::shared_ptr<const EventStatuses> patched(CaseFile &file, const std::vector<qint64> &eventIds) const;

    // Calls take(eventId, status) once for every event whose status is not 0, in no order. The
    // status is the number the file holds (a foreign file may hold any).
    template <typename Take>
    void forEachNotConfirmed(Take take) const
    {
        for (size_t i = 0; i < m_read->size(); ++i) {
            const auto &[id, status] = (*m_read)[i];
            if (!isReread(id))
                take(id, status);
        }
        for (const auto &[id, status] : m_reread)
            if (status != 0)
                take(id, status);
    }

private:
    using Entries = std::vector<std::pair<qint64, qint64>>;  // (event id, status), by id
    void compactIfLarge();  // folds the re-read events into a new list once they are many
    bool isReread(qint64 eventId) const
    {
        return !m_reread.empty() && eventId >= m_reread.front().first && eventId <= m_reread.back().first
            && std::binary_search(m_reread.begin(), m_reread.end(), std::make_pair(eventId, qint64(0)),
                                  [](const auto &a, const auto &b) { return a.first < b.first; });
    }

    std::shared_ptr<const Entries> m_read;  // as read; shared by the patched ones
    Entries m_reread;                       // every event read again since, also when now 0 or gone
};

}  // namespace caseline
