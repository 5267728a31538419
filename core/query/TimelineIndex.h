#pragma once

#include "EventColumns.h"
#include "EventFilter.h"
#include "TimelineLane.h"
#include "TimelineLaneEvents.h"
#include "TimelineLaneOrder.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVariantList>
#include <list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace caseline {

class CaseFile;
class Statement;

// What the timeline needs from a case file, read so that a million events stay cheap: the lanes
// (one per jurisdiction) with their filtered event counts and stance bands up front, and each
// lane's events only when it is first shown, through the covering index
// event_lane(jurisdiction_id, first_day, last_day, type). Loaded lanes are kept in an LRU cache
// bounded by a number of events; changing the filter or reloading clears it.
class TimelineIndex {
public:
    explicit TimelineIndex(CaseFile &file, qint64 cacheBudgetEvents = 4'000'000);
    // Counted from the snapshot from the start, not from SQLite.
    TimelineIndex(CaseFile &file, std::shared_ptr<const EventColumns> columns, const EventFilter &filter,
                  qint64 cacheBudgetEvents = 4'000'000);
    ~TimelineIndex();
    TimelineIndex(const TimelineIndex &) = delete;
    TimelineIndex &operator=(const TimelineIndex &) = delete;

    CaseFile &file() { return m_file; }
    // A snapshot of this file's events (or none): counts and lanes then come from memory for the
    // filters it answers. Takes effect at the next setFilter() or reload(); the caller replaces
    // or drops it whenever the file changes.
    void setColumns(std::shared_ptr<const EventColumns> columns) { m_columns = std::move(columns); }
    const EventFilter &filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);  // re-counts lanes, drops loaded events
    void reload();                              // after the case file changed
    void reloadEvents();                        // after a change of events only: lanes and bands kept
    // The same with another filter, counted once.
    void reload(const EventFilter &filter);
    void reloadEvents(const EventFilter &filter);

    const QList<TimelineLane> &lanes() const { return m_lanes; }  // every jurisdiction, by name
    const TimelineLane *lane(qint64 jurisdictionId) const;
    // Lanes to show, top to bottom. With an empty filter every lane is shown (a lane may hold
    // only stance bands); with a filter, only lanes with matching events or named by the filter.
    QList<qint64> orderedLaneIds(TimelineLaneOrder order, const QSet<qint64> &hidden = {}) const;

    // The lane's events that match the filter, loaded on first use. The reference stays valid
    // until the next call of events(), setFilter() or reload().
    const TimelineLaneEvents &events(qint64 jurisdictionId);
    bool isLoaded(qint64 jurisdictionId) const { return m_cache.count(jurisdictionId) != 0; }
    int loadedLaneCount() const { return int(m_cache.size()); }

    qint64 matchingEventCount() const { return m_matchingEvents; }
    // First and last day of matching events and of stance periods (one still in force counts a
    // year past its start); none for an empty case.
    std::optional<std::pair<qint32, qint32>> dayExtent() const;

    struct EventLocation {
        qint64 jurisdictionId = 0;
        qint32 firstDay = 0;
        qint32 lastDay = 0;
    };
    std::optional<EventLocation> locate(qint64 eventId) const;  // one indexed lookup

private:
    void readLanes();
    void countEvents();
    void addLaneCount(qint64 jurisdictionId, qint64 count, qint32 firstDay, qint32 lastDay);
    void loadAllMatching();  // counts and caches every lane's matches in one query
    bool countFromColumns();  // false without a snapshot
    std::unique_ptr<TimelineLaneEvents> laneFromColumns(qint64 jurisdictionId) const;
    std::unique_ptr<TimelineLaneEvents> laneFromQuery(qint64 jurisdictionId);
    void clearCache();
    void evictFor(qint64 keep);

    CaseFile &m_file;
    EventFilter m_filter;
    qint64 m_budget;
    QList<TimelineLane> m_lanes;
    QHash<qint64, int> m_laneRow;  // jurisdiction id -> index in m_lanes
    qint64 m_matchingEvents = 0;
    struct LaneCount {
        qint64 jurisdictionId;
        qint64 count;
        qint32 firstDay, lastDay;
    };
    // The unfiltered counts, kept until reload(): clearing a filter then scans nothing.
    std::optional<std::vector<LaneCount>> m_unfilteredCounts;
    std::optional<std::pair<qint32, qint32>> m_eventExtent;

    std::shared_ptr<const EventColumns> m_columns;
    // What countEvents() used: the snapshot, and (filtered) its matching rows with each lane's
    // run of them, from which lanes are built when first shown.
    std::shared_ptr<const EventColumns> m_countedColumns;
    std::vector<qint32> m_matchRows;
    QHash<qint64, std::pair<qint32, qint32>> m_matchRuns;

    std::unique_ptr<Statement> m_laneQuery;  // prepared once per filter
    QVariantList m_laneValues;               // its filter values, from the second parameter on
    struct CachedLane {
        std::unique_ptr<TimelineLaneEvents> events;
        std::list<qint64>::iterator recent;
    };
    std::unordered_map<qint64, CachedLane> m_cache;
    std::list<qint64> m_recent;  // most recently used first
    qint64 m_cachedEvents = 0;
};

}  // namespace caseline
