#pragma once

#include <QHash>
#include <QList>
#include <QtGlobal>
#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace caseline {

class CaseFile;

// Which sources each event cites, read with the events' snapshot (12 bytes a citation: 9 MB at
// three quarters of a million) so that a chart's list of sources follows any filter from memory.
// Looking up the citations of a hundred thousand matching events in SQLite took most of a second
// at a million events. Immutable once read; patched() gives a new one that shares the table read
// and keeps the events read again since beside it (copying the table after every edit cost the
// window tens of milliseconds, mostly in first touches of fresh memory).
class EventCitedSources {
public:
    // One pass over the citation table; nothing when `cancel` turns true first.
    static std::shared_ptr<const EventCitedSources> read(CaseFile &file, const std::atomic<bool> *cancel = nullptr);

    // These events' citations read again (edited, added or removed since).
    std::shared_ptr<const EventCitedSources> patched(CaseFile &file, const QList<qint64> &eventIds) const;

    // The ids of the sources cited by the events `includes` accepts, each once, in no order.
    template <typename EventPredicate>
    QList<qint64> citedBy(EventPredicate includes) const
    {
        std::vector<bool> seen(m_sourceIds.size(), false);
        QList<qint64> sources;
        const auto take = [&](qint64 eventId, qint32 source) {
            if (seen[size_t(source)] || !includes(eventId))
                return;
            seen[size_t(source)] = true;
            sources << m_sourceIds[size_t(source)];
        };
        const Citations &read = *m_read;
        for (size_t i = 0; i < read.eventIds.size(); ++i)
            if (!isReread(read.eventIds[i]))
                take(read.eventIds[i], read.sources[i]);
        for (size_t i = 0; i < m_reread.eventIds.size(); ++i)
            take(m_reread.eventIds[i], m_reread.sources[i]);
        return sources;
    }

private:
    // One entry per citation of an event: the event, and its source as an index into m_sourceIds.
    struct Citations {
        std::vector<qint64> eventIds;
        std::vector<qint32> sources;
    };
    void add(Citations &to, qint64 eventId, qint64 sourceId);
    void compactIfLarge();  // folds the re-read events into a new table once they are many
    bool isReread(qint64 eventId) const
    {
        return !m_rereadIds.empty() && eventId >= m_rereadIds.front() && eventId <= m_rereadIds.back()
            && std::binary_search(m_rereadIds.begin(), m_rereadIds.end(), eventId);
    }

    std::shared_ptr<const Citations> m_read;  // as read; shared by the patched ones
    std::vector<qint64> m_rereadIds;          // sorted: events whose entries in m_read are outdated
    Citations m_reread;                       // their citations now
    std::vector<qint64> m_sourceIds;          // each cited source once
    QHash<qint64, qint32> m_sourceIndex;
};

}  // namespace caseline
