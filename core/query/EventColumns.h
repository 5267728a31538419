#pragma once

#include "EventCitedSources.h"
#include "EventFilter.h"
#include "EventStatuses.h"
#include "analysis/StanceHistory.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace caseline {

class CaseFile;

// Every event's place in time, read once from the covering index event_lane into memory
// (about 25 bytes an event: 25 MB at a million), the sources each event cites
// (EventCitedSources) and the statuses that are not the default (EventStatuses), so that filter
// changes, searches and charts answer from memory instead of scanning a million index entries in
// SQLite each time. A snapshot: immutable once read, shared
// between threads, replaced after the case changes.
//
// Rows are in the lane index's order (jurisdiction, first day, last day, type, id), so one
// lane's events are one run of rows, already in the order the timeline draws them.
class EventColumns : public std::enable_shared_from_this<EventColumns> {
public:
    // One pass over event_lane plus a sort by date, one over the citations and one over the
    // events' statuses; nothing when `cancel` turns true first. Given a second connection to the
    // same file, citations and statuses are read through it on another thread meanwhile (the
    // window waits for the snapshot).
    static std::shared_ptr<const EventColumns> read(CaseFile &file, const std::atomic<bool> *cancel = nullptr,
                                                    CaseFile *citationsFile = nullptr);

    // This snapshot with the given events read again (written, moved or removed since): a few
    // passes over the arrays, no sort of them, so an edit need not wait for a whole new read.
    // When none of them moved (a new title, say) it is this snapshot itself, which then forgets
    // its last answer (a search may match differently now). With `periodsChanged` the policy
    // periods (the stance on each event's date) are read again too.
    std::shared_ptr<const EventColumns> patched(CaseFile &file, const QList<qint64> &eventIds, bool periodsChanged = false) const;

    qsizetype size() const { return qsizetype(m_id.size()); }
    qint64 id(qint32 row) const { return m_id[size_t(row)]; }
    qint64 jurisdictionId(qint32 row) const { return m_lane[size_t(row)]; }
    qint32 firstDay(qint32 row) const { return m_first[size_t(row)]; }
    qint32 lastDay(qint32 row) const { return m_last[size_t(row)]; }
    quint8 type(qint32 row) const { return m_type[size_t(row)]; }

    // Rows matching `filter`, in row order. Dates, types, jurisdictions, statuses and the stance
    // on the event's date (from the policy periods held with the snapshot) answer from memory;
    // words, tags and a story through the file's indexes (the full-text index, event_tag_by_tag,
    // story_entry), which give the ids of their few matches. The last answer is kept: the
    // timeline, the table and the charts ask for the same filter in turn.
    std::vector<qint32> matchingRows(CaseFile &file, const EventFilter &filter) const;

    // Event ids of the rows, by (first day, last day, id), ascending or descending: the table's
    // date order.
    QList<qint64> idsByDate(const std::vector<qint32> &rows, Qt::SortOrder order) const;
    QList<qint64> allIdsByDate(Qt::SortOrder order) const;

    // The run of rows [begin, end) holding one lane's events; empty when it has none.
    std::pair<qint32, qint32> laneRows(qint64 jurisdictionId) const { return m_laneRows.value(jurisdictionId, {0, 0}); }
    const QHash<qint64, std::pair<qint32, qint32>> &lanes() const { return m_laneRows; }

    std::optional<qint32> rowOf(qint64 eventId) const;

    // The ids of the sources the events of these rows cite, each once, in no order.
    QList<qint64> sourcesCitedBy(const std::vector<qint32> &rows) const;
    QList<qint64> sourcesCitedByAnyEvent() const;
    // Where the event is in `idsByDate`, a list idsByDate() or allIdsByDate() of this snapshot
    // gave in that order; -1 when it is not there. A binary search, no table of the list.
    qsizetype positionByDate(const QList<qint64> &idsByDate, Qt::SortOrder order, qint64 eventId) const;

private:
    EventColumns() = default;
    // `required`: lists of event ids a row's event must be in, one list per condition.
    std::vector<qint32> rowsMatching(const EventFilter &filter, const QList<QList<qint64>> &required) const;
    static QList<QList<qint64>> idsFromIndexes(CaseFile &file, const EventFilter &filter);  // words, tags, story
    void index();
    bool sameRows(const EventColumns &reread, const QList<qint64> &ids) const;  // nothing moved
    void indexLanesAndIds();
    bool laneOrderLess(qint32 a, qint32 b) const;  // the rows' order: lane, first, last, type, id
    bool earlierByDate(qint32 a, qint32 b) const;  // the table's order: first day, last day, id
    std::shared_ptr<const EventCitedSources> currentCitedSources() const;
    std::shared_ptr<const StanceHistory> currentStances() const;
    std::shared_ptr<const EventStatuses> currentStatuses() const;
    std::vector<bool> statusMatches(const QList<EventStatus> &statuses) const;  // per row

    std::vector<qint64> m_id;
    std::vector<qint64> m_lane;
    std::vector<qint32> m_first;
    std::vector<qint32> m_last;
    std::vector<quint8> m_type;
    std::vector<qint32> m_byDate;  // rows in (first day, last day, id) order
    QHash<qint64, std::pair<qint32, qint32>> m_laneRows;
    // Event ids are row ids, nearly dense: a table indexed by id, or sorted pairs when sparse.
    std::vector<qint32> m_rowById;
    qint64 m_firstId = 0;
    std::vector<std::pair<qint64, qint32>> m_sparseRows;
    // allIdsByDate(ascending), made on the reading thread (a million random reads of m_id cost
    // the window tens of ms) or at the first call; shared with the table's list, not copied.
    mutable std::optional<QList<qint64>> m_allIdsByDate;
    mutable std::mutex m_lastMutex;
    mutable std::optional<EventFilter> m_lastFilter;
    mutable std::vector<qint32> m_lastRows;
    // Replaced when an edit changes citations or periods but moves no event (patched() keeps the
    // snapshot).
    mutable std::shared_ptr<const EventCitedSources> m_citedSources;  // guarded by m_lastMutex
    mutable std::shared_ptr<const StanceHistory> m_stances;  // the same
    mutable std::shared_ptr<const EventStatuses> m_statuses;  // the same
};

}  // namespace caseline
