#include "EventColumns.h"

#include "EventQuery.h"
#include "storage/CaseFile.h"
#include "storage/Statement.h"

#include <algorithm>
#include <future>
#include <limits>
#include <tuple>

namespace caseline {

std::shared_ptr<const EventColumns> EventColumns::read(CaseFile &file, const std::atomic<bool> *cancel, CaseFile *citationsFile)
{
    using Beside = std::pair<std::shared_ptr<const EventCitedSources>, std::shared_ptr<const EventStatuses>>;
    const auto readBeside = [cancel](CaseFile &from) {
        auto sources = EventCitedSources::read(from, cancel);
        return Beside(sources, sources ? EventStatuses::read(from, cancel) : nullptr);
    };
    std::future<Beside> beside;
    if (citationsFile)
        beside = std::async(std::launch::async, [citationsFile, readBeside] { return readBeside(*citationsFile); });
    std::shared_ptr<EventColumns> columns(new EventColumns);
    Statement count = file.database().prepare(QStringLiteral("SELECT max(id) FROM event"));
    const qint64 expected = count.step() ? count.int64(0) : 0;
    for (auto *v : {&columns->m_first, &columns->m_last})
        v->reserve(size_t(expected));
    columns->m_id.reserve(size_t(expected));
    columns->m_lane.reserve(size_t(expected));
    columns->m_type.reserve(size_t(expected));
    // The covering index in its own order: no row of the event table is read, nothing sorted.
    Statement st = file.database().prepare(QStringLiteral(
        "SELECT e.id, e.jurisdiction_id, e.first_day, e.last_day, e.type FROM event e INDEXED BY event_lane "
        "ORDER BY e.jurisdiction_id, e.first_day, e.last_day, e.type, e.id"));
    for (qint64 n = 0; st.step(); ++n) {
        if (cancel && (n & 0xffff) == 0 && cancel->load())
            return {};
        columns->m_id.push_back(st.int64(0));
        columns->m_lane.push_back(st.int64(1));
        columns->m_first.push_back(st.int32(2));
        columns->m_last.push_back(st.int32(3));
        columns->m_type.push_back(quint8(st.int32(4)));
    }
    if (cancel && cancel->load())
        return {};
    columns->m_stances = std::make_shared<const StanceHistory>(StanceHistory::load(file));
    columns->index();
    columns->allIdsByDate(Qt::AscendingOrder);  // kept: the table asks for it first
    std::tie(columns->m_citedSources, columns->m_statuses) = beside.valid() ? beside.get() : readBeside(file);
    if (!columns->m_citedSources || !columns->m_statuses)
        return {};
    return columns;
}

bool EventColumns::earlierByDate(qint32 a, qint32 b) const
{
    return std::tie(m_first[size_t(a)], m_last[size_t(a)], m_id[size_t(a)])
        < std::tie(m_first[size_t(b)], m_last[size_t(b)], m_id[size_t(b)]);
}

bool EventColumns::laneOrderLess(qint32 a, qint32 b) const
{
    return std::tie(m_lane[size_t(a)], m_first[size_t(a)], m_last[size_t(a)], m_type[size_t(a)], m_id[size_t(a)])
        < std::tie(m_lane[size_t(b)], m_first[size_t(b)], m_last[size_t(b)], m_type[size_t(b)], m_id[size_t(b)]);
}

void EventColumns::index()
{
    // The date order, sorted on copies of the keys beside the row: several times faster than
    // comparing through the columns, which is most of the time the window waits for a snapshot.
    struct Key {
        qint32 first, last;
        qint64 id;
        qint32 row;
    };
    const auto rows = qint32(m_id.size());
    std::vector<Key> keys(static_cast<size_t>(rows));
    for (qint32 r = 0; r < rows; ++r)
        keys[size_t(r)] = {m_first[size_t(r)], m_last[size_t(r)], m_id[size_t(r)], r};
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.first, a.last, a.id) < std::tie(b.first, b.last, b.id);
    });
    m_byDate.resize(size_t(rows));
    for (qint32 r = 0; r < rows; ++r)
        m_byDate[size_t(r)] = keys[size_t(r)].row;
    indexLanesAndIds();
}

void EventColumns::indexLanesAndIds()
{
    const auto rows = qint32(m_id.size());
    m_laneRows.clear();
    for (qint32 begin = 0; begin < rows;) {
        qint32 end = begin + 1;
        while (end < rows && m_lane[size_t(end)] == m_lane[size_t(begin)])
            ++end;
        m_laneRows.insert(m_lane[size_t(begin)], {begin, end});
        begin = end;
    }
    m_rowById.clear();
    m_sparseRows.clear();
    if (rows == 0)
        return;
    const auto [low, high] = std::minmax_element(m_id.begin(), m_id.end());
    if (*high - *low < 2 * qint64(rows) + 1024) {
        m_firstId = *low;
        m_rowById.assign(size_t(*high - *low + 1), -1);
        for (qint32 r = 0; r < rows; ++r)
            m_rowById[size_t(m_id[size_t(r)] - m_firstId)] = r;
    } else {
        m_sparseRows.reserve(size_t(rows));
        for (qint32 r = 0; r < rows; ++r)
            m_sparseRows.emplace_back(m_id[size_t(r)], r);
        std::sort(m_sparseRows.begin(), m_sparseRows.end());
    }
}

std::shared_ptr<const EventColumns> EventColumns::patched(CaseFile &file, const QList<qint64> &eventIds, bool periodsChanged) const
{
    // The events as they are now: each removed from its old row, and put back where it belongs
    // when it still exists.
    EventColumns added;  // the re-read events alone
    std::vector<bool> dropped(m_id.size(), false);
    Statement &st = file.database().cached(
        QStringLiteral("SELECT id, jurisdiction_id, first_day, last_day, type FROM event WHERE id = ?1"));
    QList<qint64> ids = eventIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (qint64 id : std::as_const(ids)) {
        if (const auto row = rowOf(id))
            dropped[size_t(*row)] = true;
        st.reset();
        st.bind(1, id);
        if (st.step()) {
            added.m_id.push_back(st.int64(0));
            added.m_lane.push_back(st.int64(1));
            added.m_first.push_back(st.int32(2));
            added.m_last.push_back(st.int32(3));
            added.m_type.push_back(quint8(st.int32(4)));
        }
    }
    st.reset();
    const std::shared_ptr<const EventCitedSources> citedSources = currentCitedSources()->patched(file, ids);
    const std::shared_ptr<const StanceHistory> stances =
        periodsChanged ? std::make_shared<const StanceHistory>(StanceHistory::load(file)) : currentStances();
    const std::shared_ptr<const EventStatuses> statuses = currentStatuses()->patched(file, {ids.cbegin(), ids.cend()});
    if (sameRows(added, ids)) {
        const std::lock_guard lock(m_lastMutex);
        m_lastFilter.reset();
        m_citedSources = citedSources;
        m_stances = stances;
        m_statuses = statuses;
        return shared_from_this();
    }
    const auto addedRows = qint32(added.m_id.size());
    std::vector<qint32> addedOrder(static_cast<size_t>(addedRows));
    for (qint32 r = 0; r < addedRows; ++r)
        addedOrder[size_t(r)] = r;
    std::sort(addedOrder.begin(), addedOrder.end(), [&](qint32 a, qint32 b) { return added.laneOrderLess(a, b); });

    // Merge the kept rows and the re-read ones in lane order: the runs of kept rows between two
    // changes are copied whole.
    std::vector<qint32> droppedRows;
    for (qint32 r = 0; r < qint32(dropped.size()); ++r)
        if (dropped[size_t(r)])
            droppedRows.push_back(r);
    const auto kept = [&](qint32 r) { return !dropped[size_t(r)]; };
    std::shared_ptr<EventColumns> next(new EventColumns);
    EventColumns &merged = *next;
    const size_t total = m_id.size() + size_t(addedRows);
    merged.m_id.reserve(total), merged.m_lane.reserve(total), merged.m_first.reserve(total);
    merged.m_last.reserve(total), merged.m_type.reserve(total);
    const auto copyRows = [&](qint32 from, qint32 to) {
        if (from >= to)
            return;
        merged.m_id.insert(merged.m_id.end(), m_id.begin() + from, m_id.begin() + to);
        merged.m_lane.insert(merged.m_lane.end(), m_lane.begin() + from, m_lane.begin() + to);
        merged.m_first.insert(merged.m_first.end(), m_first.begin() + from, m_first.begin() + to);
        merged.m_last.insert(merged.m_last.end(), m_last.begin() + from, m_last.begin() + to);
        merged.m_type.insert(merged.m_type.end(), m_type.begin() + from, m_type.begin() + to);
    };
    auto nextDropped = droppedRows.begin();
    const auto copyKept = [&](qint32 from, qint32 to) {
        for (; nextDropped != droppedRows.end() && *nextDropped < to; ++nextDropped) {
            copyRows(from, *nextDropped);
            from = *nextDropped + 1;
        }
        copyRows(from, to);
    };
    const auto lessAcross = [&](qint32 old, qint32 fresh) {
        return std::tie(m_lane[size_t(old)], m_first[size_t(old)], m_last[size_t(old)], m_type[size_t(old)], m_id[size_t(old)])
            < std::tie(added.m_lane[size_t(fresh)], added.m_first[size_t(fresh)], added.m_last[size_t(fresh)],
                       added.m_type[size_t(fresh)], added.m_id[size_t(fresh)]);
    };
    const auto oldRows = qint32(m_id.size());
    std::vector<qint32> insertedAt;  // per re-read row in lane order: the old row it goes before
    std::vector<qint32> newRowOfAdded(static_cast<size_t>(addedRows), -1);
    qint32 cursor = 0;
    for (qint32 fresh : addedOrder) {
        qint32 low = cursor, high = oldRows;  // first old row not before `fresh`
        while (low < high) {
            const qint32 middle = low + (high - low) / 2;
            if (lessAcross(middle, fresh))
                low = middle + 1;
            else
                high = middle;
        }
        copyKept(cursor, low);
        cursor = low;
        insertedAt.push_back(low);
        newRowOfAdded[size_t(fresh)] = qint32(merged.m_id.size());
        merged.m_id.push_back(added.m_id[size_t(fresh)]);
        merged.m_lane.push_back(added.m_lane[size_t(fresh)]);
        merged.m_first.push_back(added.m_first[size_t(fresh)]);
        merged.m_last.push_back(added.m_last[size_t(fresh)]);
        merged.m_type.push_back(added.m_type[size_t(fresh)]);
    }
    copyKept(cursor, oldRows);
    // An old row moves down by the re-read rows put before it and up by the dropped rows before it.
    const auto newRowOfOld = [&](qint32 r) {
        const auto before = std::upper_bound(insertedAt.begin(), insertedAt.end(), r) - insertedAt.begin();
        const auto gone = std::lower_bound(droppedRows.begin(), droppedRows.end(), r) - droppedRows.begin();
        return qint32(r + before - gone);
    };

    // The date order: the kept rows keep theirs; the re-read ones are merged in.
    std::vector<qint32> addedByDate;
    for (qint32 r = 0; r < addedRows; ++r)
        addedByDate.push_back(newRowOfAdded[size_t(r)]);
    std::sort(addedByDate.begin(), addedByDate.end(), [&](qint32 a, qint32 b) { return merged.earlierByDate(a, b); });
    merged.m_byDate.reserve(merged.m_id.size());
    auto nextAdded = addedByDate.begin();
    for (qint32 r : m_byDate) {
        if (!kept(r))
            continue;
        const qint32 row = newRowOfOld(r);
        for (; nextAdded != addedByDate.end() && merged.earlierByDate(*nextAdded, row); ++nextAdded)
            merged.m_byDate.push_back(*nextAdded);
        merged.m_byDate.push_back(row);
    }
    merged.m_byDate.insert(merged.m_byDate.end(), nextAdded, addedByDate.end());
    merged.indexLanesAndIds();
    merged.m_citedSources = citedSources;
    merged.m_stances = stances;
    merged.m_statuses = statuses;
    return next;
}

bool EventColumns::sameRows(const EventColumns &reread, const QList<qint64> &ids) const
{
    // Every id still exists, and each re-read event has its old lane, days and type.
    if (reread.size() != ids.size())
        return false;
    for (qint32 r = 0; r < qint32(reread.size()); ++r) {
        const auto row = rowOf(reread.m_id[size_t(r)]);
        if (!row || m_lane[size_t(*row)] != reread.m_lane[size_t(r)] || m_first[size_t(*row)] != reread.m_first[size_t(r)]
            || m_last[size_t(*row)] != reread.m_last[size_t(r)] || m_type[size_t(*row)] != reread.m_type[size_t(r)])
            return false;
    }
    return true;
}

qsizetype EventColumns::positionByDate(const QList<qint64> &idsByDate, Qt::SortOrder order, qint64 eventId) const
{
    const auto row = rowOf(eventId);
    if (!row)
        return -1;
    const auto before = [&](qint64 listed) {  // whether `listed` comes before the event in the list
        const auto r = rowOf(listed);
        return r && (order == Qt::AscendingOrder ? earlierByDate(*r, *row) : earlierByDate(*row, *r));
    };
    const auto it = std::partition_point(idsByDate.cbegin(), idsByDate.cend(), before);
    return it != idsByDate.cend() && *it == eventId ? qsizetype(it - idsByDate.cbegin()) : -1;
}

std::shared_ptr<const EventCitedSources> EventColumns::currentCitedSources() const
{
    const std::lock_guard lock(m_lastMutex);
    return m_citedSources;
}

std::shared_ptr<const StanceHistory> EventColumns::currentStances() const
{
    const std::lock_guard lock(m_lastMutex);
    return m_stances;
}

std::shared_ptr<const EventStatuses> EventColumns::currentStatuses() const
{
    const std::lock_guard lock(m_lastMutex);
    return m_statuses;
}

std::vector<bool> EventColumns::statusMatches(const QList<EventStatus> &statuses) const
{
    const auto wanted = [&statuses](qint64 status) {
        return std::any_of(statuses.cbegin(), statuses.cend(), [status](EventStatus s) { return qint64(s) == status; });
    };
    std::vector<bool> matches(m_id.size(), wanted(0));
    currentStatuses()->forEachNotConfirmed([&](qint64 eventId, qint64 status) {
        if (const auto row = rowOf(eventId))
            matches[size_t(*row)] = wanted(status);
    });
    return matches;
}

QList<qint64> EventColumns::sourcesCitedBy(const std::vector<qint32> &rows) const
{
    std::vector<bool> included(m_id.size(), false);
    for (const qint32 row : rows)
        included[size_t(row)] = true;
    return currentCitedSources()->citedBy([&](qint64 eventId) {
        const auto row = rowOf(eventId);
        return row && included[size_t(*row)];
    });
}

QList<qint64> EventColumns::sourcesCitedByAnyEvent() const
{
    return currentCitedSources()->citedBy([](qint64) { return true; });
}

std::optional<qint32> EventColumns::rowOf(qint64 eventId) const
{
    if (!m_rowById.empty()) {
        const qint64 slot = eventId - m_firstId;
        if (slot < 0 || slot >= qint64(m_rowById.size()) || m_rowById[size_t(slot)] < 0)
            return std::nullopt;
        return m_rowById[size_t(slot)];
    }
    const auto it = std::lower_bound(m_sparseRows.begin(), m_sparseRows.end(), std::make_pair(eventId, qint32(-1)));
    if (it == m_sparseRows.end() || it->first != eventId)
        return std::nullopt;
    return it->second;
}

std::vector<qint32> EventColumns::matchingRows(CaseFile &file, const EventFilter &filter) const
{
    {
        const std::lock_guard lock(m_lastMutex);
        if (m_lastFilter == filter)
            return m_lastRows;
    }
    std::vector<qint32> rows = rowsMatching(filter, idsFromIndexes(file, filter));
    const std::lock_guard lock(m_lastMutex);
    m_lastFilter = filter;
    m_lastRows = rows;
    return rows;
}

QList<QList<qint64>> EventColumns::idsFromIndexes(CaseFile &file, const EventFilter &filter)
{
    // The same conditions as EventQuery::whereClause.
    QList<QList<qint64>> required;
    const auto idsOf = [&file](const QString &sql, const QVariantList &values) {
        Statement st = file.database().prepare(sql);
        EventQuery::bindAll(st, values);
        QList<qint64> ids;
        while (st.step())
            ids.append(st.int64(0));
        return ids;
    };
    if (const QString fts = ftsQueryForUserText(filter.searchText); !fts.isEmpty())
        required << idsOf(QStringLiteral("SELECT rowid FROM event_fts WHERE event_fts MATCH ?"), {fts});
    if (!filter.tags.isEmpty()) {
        QVariantList tags;
        for (const QString &tag : filter.tags)
            tags << tag;
        QStringList marks(tags.size(), QStringLiteral("?"));
        required << idsOf(QStringLiteral("SELECT event_id FROM event_tag WHERE tag IN (%1)").arg(marks.join(QLatin1Char(','))), tags);
    }
    if (filter.storyId)
        required << idsOf(QStringLiteral("SELECT event_id FROM story_entry WHERE story_id = ?"), {filter.storyId});
    return required;
}

std::vector<qint32> EventColumns::rowsMatching(const EventFilter &f, const QList<QList<qint64>> &required) const
{
    // The same conditions as EventQuery::whereClause: spans that touch [from, to].
    const qint32 from = f.from.isValid() ? qint32(f.from.firstJulianDay()) : std::numeric_limits<qint32>::min();
    const qint32 to = f.to.isValid() ? qint32(f.to.lastJulianDay()) : std::numeric_limits<qint32>::max();
    const bool anyType = f.types.isEmpty();
    quint32 typeMask = 0;
    for (EventType t : f.types)
        typeMask |= 1u << int(t);
    quint32 familyMask = 0;
    for (StanceFamily family : f.stanceFamilies)
        familyMask |= 1u << int(family);
    // The stance on the event's date, as EventQuery::stanceFamilyExpression() gives it; rows come
    // lane by lane, so each lane's periods are looked up once per run.
    const std::shared_ptr<const StanceHistory> stances = currentStances();
    qint64 spansLane = 0;
    const QList<StanceHistory::Span> *laneSpans = nullptr;
    const auto inFamily = [&](qint32 r) {
        if (!laneSpans || m_lane[size_t(r)] != spansLane) {
            spansLane = m_lane[size_t(r)];
            laneSpans = &stances->spans(spansLane);
        }
        return familyMask >> int(StanceHistory::familyOn(*laneSpans, m_first[size_t(r)])) & 1u;
    };
    const std::vector<bool> statusOk = f.statuses.isEmpty() ? std::vector<bool>() : statusMatches(f.statuses);
    // How many of the `required` lists hold each row's event: each list counts once per row.
    std::vector<quint8> listsHolding(required.isEmpty() ? 0 : m_id.size(), 0);
    for (qsizetype k = 0; k < required.size(); ++k)
        for (const qint64 id : required[k])
            if (const auto r = rowOf(id); r && listsHolding[size_t(*r)] == k)
                listsHolding[size_t(*r)] = quint8(k + 1);
    const auto inEveryList = quint8(required.size());
    const auto keeps = [&](qint32 r) {
        const quint8 type = m_type[size_t(r)];  // a foreign file may hold any number here
        return (required.isEmpty() || listsHolding[size_t(r)] == inEveryList) && m_last[size_t(r)] >= from
            && m_first[size_t(r)] <= to && (anyType || (type < 32 && (typeMask >> type & 1u)))
            && (statusOk.empty() || statusOk[size_t(r)]) && (!familyMask || inFamily(r));
    };
    std::vector<qint32> rows;
    const auto scan = [&](qint32 begin, qint32 end) {
        for (qint32 r = begin; r < end; ++r)
            if (keeps(r))
                rows.push_back(r);
    };
    if (f.jurisdictionIds.isEmpty()) {
        scan(0, qint32(size()));
        return rows;
    }
    // Lane by lane, in row order, so the result stays sorted.
    std::vector<std::pair<qint32, qint32>> runs;
    for (qint64 id : f.jurisdictionIds)
        if (const auto run = laneRows(id); run.first < run.second)
            runs.push_back(run);
    std::sort(runs.begin(), runs.end());
    runs.erase(std::unique(runs.begin(), runs.end()), runs.end());
    for (const auto &[begin, end] : runs)
        scan(begin, end);
    return rows;
}

QList<qint64> EventColumns::idsByDate(const std::vector<qint32> &rows, Qt::SortOrder order) const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(rows.size()));
    if (qsizetype(rows.size()) < size() / 16) {
        // Few: sort them.
        std::vector<qint32> sorted = rows;
        std::sort(sorted.begin(), sorted.end(), [this](qint32 a, qint32 b) { return earlierByDate(a, b); });
        if (order == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        for (qint32 r : sorted)
            ids.append(m_id[size_t(r)]);
        return ids;
    }
    // Many: mark them, then walk the date order once instead of sorting.
    std::vector<bool> chosen(m_id.size(), false);
    for (qint32 r : rows)
        chosen[size_t(r)] = true;
    const auto take = [&](qint32 r) {
        if (chosen[size_t(r)])
            ids.append(m_id[size_t(r)]);
    };
    if (order == Qt::AscendingOrder)
        std::for_each(m_byDate.begin(), m_byDate.end(), take);
    else
        std::for_each(m_byDate.rbegin(), m_byDate.rend(), take);
    return ids;
}

QList<qint64> EventColumns::allIdsByDate(Qt::SortOrder order) const
{
    QList<qint64> ids;
    if (order == Qt::AscendingOrder) {
        const std::lock_guard lock(m_lastMutex);
        if (!m_allIdsByDate) {
            ids.reserve(size());
            for (qint32 r : m_byDate)
                ids.append(m_id[size_t(r)]);
            m_allIdsByDate = ids;
        }
        return *m_allIdsByDate;
    }
    ids.reserve(size());
    for (auto it = m_byDate.rbegin(); it != m_byDate.rend(); ++it)
        ids.append(m_id[size_t(*it)]);
    return ids;
}

}  // namespace caseline
