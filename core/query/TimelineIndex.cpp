#include "TimelineIndex.h"

#include "EventQuery.h"
#include "storage/CaseFile.h"
#include "storage/Statement.h"

#include <algorithm>
#include <iterator>

namespace caseline {

namespace {
// " WHERE a AND b" -> " AND (a AND b)", so the filter can follow the lane condition.
QString andFilter(const EventQuery::Where &where)
{
    if (where.sql.isEmpty())
        return {};
    return QStringLiteral(" AND (%1)").arg(where.sql.mid(QStringLiteral(" WHERE ").size()));
}

// Filters on columns the covering index event_lane(jurisdiction_id, first_day, last_day, type)
// holds: one pass over that index answers them without reading a single row. Left to itself the
// planner prefers event_type_day plus a row lookup per match, four times slower at a million.
bool laneIndexCovers(const EventFilter &f)
{
    return f.statuses.isEmpty() && f.stanceFamilies.isEmpty() && f.tags.isEmpty() && !f.storyId
        && ftsQueryForUserText(f.searchText).isEmpty();
}

// Filters through a subquery (words, tags, story), which SQLite would run again for every lane
// loaded: such matches are read in one query for all lanes instead.
bool needsSubquery(const EventFilter &f)
{
    return !f.tags.isEmpty() || f.storyId || !ftsQueryForUserText(f.searchText).isEmpty();
}

int familyRank(StanceFamily family)
{
    switch (family) {
    case StanceFamily::LimitsCooperation: return 0;
    case StanceFamily::Agreement287g: return 1;
    case StanceFamily::Neither: return 2;
    }
    return 2;
}
}  // namespace

TimelineIndex::TimelineIndex(CaseFile &file, qint64 cacheBudgetEvents) : m_file(file), m_budget(cacheBudgetEvents)
{
    reload();
}

TimelineIndex::TimelineIndex(CaseFile &file, std::shared_ptr<const EventColumns> columns, const EventFilter &filter,
                             qint64 cacheBudgetEvents)
    : m_file(file), m_filter(filter), m_budget(cacheBudgetEvents), m_columns(std::move(columns))
{
    reload();
}

TimelineIndex::~TimelineIndex() = default;

void TimelineIndex::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    clearCache();
    countEvents();
}

void TimelineIndex::reload()
{
    m_unfilteredCounts.reset();
    clearCache();
    readLanes();
    countEvents();
}

void TimelineIndex::reload(const EventFilter &filter)
{
    m_filter = filter;
    reload();
}

void TimelineIndex::reloadEvents(const EventFilter &filter)
{
    m_filter = filter;
    reloadEvents();
}

void TimelineIndex::reloadEvents()
{
    m_unfilteredCounts.reset();
    clearCache();
    countEvents();
}

void TimelineIndex::clearCache()
{
    m_laneQuery.reset();
    m_cache.clear();
    m_recent.clear();
    m_cachedEvents = 0;
}

void TimelineIndex::readLanes()
{
    m_lanes.clear();
    m_laneRow.clear();
    for (const Jurisdiction &j : m_file.jurisdictions()) {
        TimelineLane lane;
        lane.jurisdictionId = j.id;
        lane.name = j.name;
        lane.state = j.state;
        lane.label = j.displayName();
        m_laneRow.insert(j.id, int(m_lanes.size()));
        m_lanes.append(lane);
    }
    // Periods come by lane and start, so the last one seen for a lane is its latest stance.
    for (const PolicyPeriod &p : m_file.policyPeriods()) {
        const auto row = m_laneRow.constFind(p.jurisdictionId);
        if (row == m_laneRow.constEnd())
            continue;
        TimelineBand band;
        band.periodId = p.id;
        band.stance = p.stance;
        band.family = p.family();
        band.firstDay = qint32(p.start.firstJulianDay());
        band.startText = p.start.toDisplayString();
        if (p.end.isValid()) {
            band.lastDay = qint32(p.end.lastJulianDay());
            band.endText = p.end.toDisplayString();
        }
        TimelineLane &lane = m_lanes[*row];
        lane.bands.append(band);
        lane.latestFamily = band.family;
    }
}

void TimelineIndex::countEvents()
{
    for (TimelineLane &lane : m_lanes)
        lane.eventCount = 0;
    m_matchingEvents = 0;
    m_eventExtent.reset();
    m_countedColumns.reset();
    m_matchRows.clear();
    m_matchRuns.clear();
    if (countFromColumns())
        return;
    if (needsSubquery(m_filter)) {
        loadAllMatching();
        return;
    }
    const bool unfiltered = m_filter.isEmpty();
    if (unfiltered && m_unfilteredCounts) {
        for (const LaneCount &c : *m_unfilteredCounts)
            addLaneCount(c.jurisdictionId, c.count, c.firstDay, c.lastDay);
        return;
    }
    // One pass over the covering lane index gives every lane's count and span.
    const EventQuery::Where where = EventQuery::whereClause(m_filter);
    const QString index = !where.sql.isEmpty() && laneIndexCovers(m_filter) ? QStringLiteral(" INDEXED BY event_lane") : QString();
    Statement st = m_file.database().prepare(QStringLiteral(
        "SELECT e.jurisdiction_id, count(*), min(e.first_day), max(e.last_day) FROM event e%1%2 "
        "GROUP BY e.jurisdiction_id").arg(index, where.sql));
    EventQuery::bindAll(st, where.values);
    std::vector<LaneCount> counts;
    while (st.step()) {
        counts.push_back({st.int64(0), st.int64(1), st.int32(2), st.int32(3)});
        addLaneCount(counts.back().jurisdictionId, counts.back().count, counts.back().firstDay, counts.back().lastDay);
    }
    if (unfiltered)
        m_unfilteredCounts = std::move(counts);
}

bool TimelineIndex::countFromColumns()
{
    if (!m_columns)
        return false;
    const EventColumns &c = *m_columns;
    m_countedColumns = m_columns;
    const auto addRun = [&](qint64 lane, qint32 begin, qint32 end, const auto &rowAt) {
        qint32 first = c.firstDay(rowAt(begin)), last = c.lastDay(rowAt(begin));
        for (qint32 i = begin + 1; i < end; ++i)
            last = std::max(last, c.lastDay(rowAt(i)));
        addLaneCount(lane, end - begin, first, last);
    };
    if (m_filter.isEmpty()) {
        for (auto it = c.lanes().cbegin(); it != c.lanes().cend(); ++it)
            addRun(it.key(), it->first, it->second, [](qint32 row) { return row; });
        return true;
    }
    m_matchRows = c.matchingRows(m_file, m_filter);
    const auto rowAt = [this](qint32 i) { return m_matchRows[size_t(i)]; };
    const auto n = qint32(m_matchRows.size());
    for (qint32 begin = 0; begin < n;) {
        const qint64 lane = c.jurisdictionId(rowAt(begin));
        qint32 end = begin + 1;
        while (end < n && c.jurisdictionId(rowAt(end)) == lane)
            ++end;
        m_matchRuns.insert(lane, {begin, end});
        addRun(lane, begin, end, rowAt);
        begin = end;
    }
    return true;
}

std::unique_ptr<TimelineLaneEvents> TimelineIndex::laneFromColumns(qint64 jurisdictionId) const
{
    const EventColumns &c = *m_countedColumns;
    auto events = std::make_unique<TimelineLaneEvents>();
    const bool all = m_filter.isEmpty();
    const auto [begin, end] = all ? c.laneRows(jurisdictionId) : m_matchRuns.value(jurisdictionId, {0, 0});
    events->reserve(end - begin);
    for (qint32 i = begin; i < end; ++i) {
        const qint32 row = all ? i : m_matchRows[size_t(i)];
        events->append(c.id(row), c.firstDay(row), c.lastDay(row), c.type(row));
    }
    events->finish();
    return events;
}

void TimelineIndex::addLaneCount(qint64 jurisdictionId, qint64 count, qint32 firstDay, qint32 lastDay)
{
    const auto row = m_laneRow.constFind(jurisdictionId);
    if (row == m_laneRow.constEnd())
        return;
    TimelineLane &lane = m_lanes[*row];
    lane.eventCount = count;
    lane.firstDay = firstDay;
    lane.lastDay = lastDay;
    m_matchingEvents += lane.eventCount;
    if (!m_eventExtent)
        m_eventExtent = std::make_pair(lane.firstDay, lane.lastDay);
    m_eventExtent->first = std::min(m_eventExtent->first, lane.firstDay);
    m_eventExtent->second = std::max(m_eventExtent->second, lane.lastDay);
}

void TimelineIndex::loadAllMatching()
{
    // Every match in lane order, so each lane's events arrive together and already sorted as the
    // per-lane query would sort them; they fill the cache and give the counts on the way.
    const EventQuery::Where where = EventQuery::whereClause(m_filter);
    Statement st = m_file.database().prepare(QStringLiteral(
        "SELECT e.jurisdiction_id, e.id, e.first_day, e.last_day, e.type FROM event e%1 "
        "ORDER BY e.jurisdiction_id, e.first_day, e.last_day, e.type, e.id").arg(where.sql));
    EventQuery::bindAll(st, where.values);
    std::unique_ptr<TimelineLaneEvents> events;
    qint64 laneId = 0;
    qint32 firstDay = 0, lastDay = 0;
    const auto finishLane = [&] {
        if (!events)
            return;
        events->finish();
        addLaneCount(laneId, events->size(), firstDay, lastDay);
        if (lane(laneId)) {
            m_cachedEvents += events->size();
            m_recent.push_back(laneId);  // none is more recent than another yet
            m_cache.emplace(laneId, CachedLane{std::move(events), std::prev(m_recent.end())});
        }
        events.reset();
    };
    while (st.step()) {
        const qint64 jurisdictionId = st.int64(0);
        if (!events || jurisdictionId != laneId) {
            finishLane();
            events = std::make_unique<TimelineLaneEvents>();
            laneId = jurisdictionId;
            firstDay = st.int32(2);
            lastDay = st.int32(3);
        }
        events->append(st.int64(1), st.int32(2), st.int32(3), quint8(st.int32(4)));
        lastDay = std::max(lastDay, st.int32(3));
    }
    finishLane();
    if (!m_recent.empty())
        evictFor(m_recent.front());
}

const TimelineLane *TimelineIndex::lane(qint64 jurisdictionId) const
{
    const auto row = m_laneRow.constFind(jurisdictionId);
    return row == m_laneRow.constEnd() ? nullptr : &m_lanes[*row];
}

QList<qint64> TimelineIndex::orderedLaneIds(TimelineLaneOrder order, const QSet<qint64> &hidden) const
{
    const bool all = m_filter.isEmpty();
    QList<const TimelineLane *> shown;
    for (const TimelineLane &lane : m_lanes) {
        if (hidden.contains(lane.jurisdictionId))
            continue;
        if (all || lane.eventCount > 0 || m_filter.jurisdictionIds.contains(lane.jurisdictionId))
            shown.append(&lane);
    }
    const auto byName = [](const TimelineLane *a, const TimelineLane *b) {
        const int c = a->name.compare(b->name, Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        if (a->state != b->state)
            return a->state < b->state;
        return a->jurisdictionId < b->jurisdictionId;
    };
    switch (order) {
    case TimelineLaneOrder::Name:
        std::stable_sort(shown.begin(), shown.end(), byName);
        break;
    case TimelineLaneOrder::State:
        std::stable_sort(shown.begin(), shown.end(), [&](const TimelineLane *a, const TimelineLane *b) {
            return a->state != b->state ? a->state < b->state : byName(a, b);
        });
        break;
    case TimelineLaneOrder::EventCount:
        std::stable_sort(shown.begin(), shown.end(), [&](const TimelineLane *a, const TimelineLane *b) {
            return a->eventCount != b->eventCount ? a->eventCount > b->eventCount : byName(a, b);
        });
        break;
    case TimelineLaneOrder::Stance:
        std::stable_sort(shown.begin(), shown.end(), [&](const TimelineLane *a, const TimelineLane *b) {
            const int ra = familyRank(a->latestFamily), rb = familyRank(b->latestFamily);
            return ra != rb ? ra < rb : byName(a, b);
        });
        break;
    }
    QList<qint64> ids;
    ids.reserve(shown.size());
    for (const TimelineLane *lane : shown)
        ids.append(lane->jurisdictionId);
    return ids;
}

const TimelineLaneEvents &TimelineIndex::events(qint64 jurisdictionId)
{
    auto found = m_cache.find(jurisdictionId);
    if (found != m_cache.end()) {
        m_recent.splice(m_recent.begin(), m_recent, found->second.recent);
        return *found->second.events;
    }
    std::unique_ptr<TimelineLaneEvents> events = m_countedColumns ? laneFromColumns(jurisdictionId) : laneFromQuery(jurisdictionId);
    m_cachedEvents += events->size();
    m_recent.push_front(jurisdictionId);
    auto inserted = m_cache.emplace(jurisdictionId, CachedLane{std::move(events), m_recent.begin()}).first;
    evictFor(jurisdictionId);
    return *inserted->second.events;
}

std::unique_ptr<TimelineLaneEvents> TimelineIndex::laneFromQuery(qint64 jurisdictionId)
{
    auto events = std::make_unique<TimelineLaneEvents>();
    const TimelineLane *info = lane(jurisdictionId);
    if (info && info->eventCount > 0) {
        if (!m_laneQuery) {
            // The order is the lane index's own, so SQLite reads it without sorting.
            const EventQuery::Where where = EventQuery::whereClause(m_filter);
            m_laneQuery = std::make_unique<Statement>(m_file.database().prepare(QStringLiteral(
                "SELECT e.id, e.first_day, e.last_day, e.type FROM event e WHERE e.jurisdiction_id = ?%1 "
                "ORDER BY e.first_day, e.last_day, e.type, e.id").arg(andFilter(where))));
            m_laneValues = where.values;
        }
        Statement &st = *m_laneQuery;
        st.reset();  // also clears the bindings: bind everything each time
        st.bind(1, jurisdictionId);
        EventQuery::bindAll(st, m_laneValues, 2);
        events->reserve(info->eventCount);
        while (st.step())
            events->append(st.int64(0), st.int32(1), st.int32(2), quint8(st.int32(3)));
        st.reset();
    }
    events->finish();
    return events;
}

void TimelineIndex::evictFor(qint64 keep)
{
    while (m_cachedEvents > m_budget && m_recent.size() > 1 && m_recent.back() != keep) {
        const auto victim = m_cache.find(m_recent.back());
        m_cachedEvents -= victim->second.events->size();
        m_cache.erase(victim);
        m_recent.pop_back();
    }
}

std::optional<std::pair<qint32, qint32>> TimelineIndex::dayExtent() const
{
    std::optional<std::pair<qint32, qint32>> extent = m_eventExtent;
    for (const TimelineLane &lane : m_lanes) {
        for (const TimelineBand &band : lane.bands) {
            // A stance still in force is shown for at least a year after it starts.
            const qint32 last = band.lastDay.value_or(band.firstDay + 365);
            if (!extent)
                extent = std::make_pair(band.firstDay, last);
            extent->first = std::min(extent->first, band.firstDay);
            extent->second = std::max(extent->second, last);
        }
    }
    return extent;
}

std::optional<TimelineIndex::EventLocation> TimelineIndex::locate(qint64 eventId) const
{
    Statement &st = m_file.database().cached(
        QStringLiteral("SELECT jurisdiction_id, first_day, last_day FROM event WHERE id = ?1"));
    st.bind(1, eventId);
    std::optional<EventLocation> result;
    if (st.step())
        result = EventLocation{st.int64(0), st.int32(1), st.int32(2)};
    st.reset();
    return result;
}

}  // namespace caseline
