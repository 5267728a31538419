#include "EventQuery.h"

#include "EventColumns.h"
#include "storage/CaseFile.h"

#include <algorithm>
#include <compare>
#include <functional>
#include <vector>

namespace caseline {

QString EventQuery::stanceFamilyExpression()
{
    return QStringLiteral(
        "coalesce((SELECT p.family FROM policy_period p WHERE p.jurisdiction_id = e.jurisdiction_id "
        "AND p.first_day <= e.first_day AND (p.last_day IS NULL OR p.last_day >= e.first_day) "
        "ORDER BY p.first_day DESC, p.id DESC LIMIT 1), %1)").arg(int(StanceFamily::Neither));
}

namespace {
template <typename T, typename Convert>
void addInList(QStringList &conditions, QVariantList &values, const QString &column, const QList<T> &items, Convert convert)
{
    if (items.isEmpty())
        return;
    QStringList marks;
    for (const T &item : items) {
        values << convert(item);
        marks << QStringLiteral("?");
    }
    conditions << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
}
}  // namespace

EventQuery::Where EventQuery::whereClause(const EventFilter &f)
{
    QStringList conditions;
    QVariantList values;
    if (f.from.isValid()) {
        conditions << QStringLiteral("e.last_day >= ?");
        values << f.from.firstJulianDay();
    }
    if (f.to.isValid()) {
        conditions << QStringLiteral("e.first_day <= ?");
        values << f.to.lastJulianDay();
    }
    addInList(conditions, values, QStringLiteral("e.type"), f.types, [](EventType t) { return QVariant(int(t)); });
    addInList(conditions, values, QStringLiteral("e.jurisdiction_id"), f.jurisdictionIds, [](qint64 id) { return QVariant(id); });
    addInList(conditions, values, QStringLiteral("e.status"), f.statuses, [](EventStatus s) { return QVariant(int(s)); });
    addInList(conditions, values, stanceFamilyExpression(), f.stanceFamilies, [](StanceFamily s) { return QVariant(int(s)); });
    if (!f.tags.isEmpty()) {
        QStringList inner;
        addInList(inner, values, QStringLiteral("t.tag"), f.tags, [](const QString &t) { return QVariant(t); });
        conditions << QStringLiteral("e.id IN (SELECT t.event_id FROM event_tag t WHERE %1)").arg(inner.first());
    }
    const QString fts = ftsQueryForUserText(f.searchText);
    if (!fts.isEmpty()) {
        conditions << QStringLiteral("e.id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)");
        values << fts;
    }
    if (f.storyId) {
        conditions << QStringLiteral("e.id IN (SELECT event_id FROM story_entry WHERE story_id = ?)");
        values << f.storyId;
    }
    Where where;
    where.conditions = conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + where.conditions;
    where.values = values;
    return where;
}

void EventQuery::bindAll(Statement &st, const QVariantList &values, int firstIndex)
{
    int index = firstIndex;
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString)
            st.bindText(index++, v.toString());
        else
            st.bind(index++, v.toLongLong());
    }
}

QList<qint64> EventQuery::eventIdsByDateFromLaneIndex(const Where &where, Qt::SortOrder order) const
{
    struct Key {
        qint32 firstDay, lastDay;
        qint64 id;
        auto operator<=>(const Key &) const = default;
    };
    Statement st = m_file.database().prepare(
        QStringLiteral("SELECT e.first_day, e.last_day, e.id FROM event e INDEXED BY event_lane%1").arg(where.sql));
    bindAll(st, where.values);
    std::vector<Key> keys;
    while (st.step())
        keys.push_back({st.int32(0), st.int32(1), st.int64(2)});
    if (order == Qt::AscendingOrder)
        std::sort(keys.begin(), keys.end());
    else
        std::sort(keys.begin(), keys.end(), std::greater<>());
    QList<qint64> ids;
    ids.reserve(qsizetype(keys.size()));
    for (const Key &k : keys)
        ids.append(k.id);
    return ids;
}

QList<qint64> EventQuery::eventIds(const EventFilter &filter, SortColumn column, Qt::SortOrder order,
                                   const EventColumns *columns) const
{
    if (columns && column == SortColumn::Date) {
        if (filter.isEmpty())
            return columns->allIdsByDate(order);
        return columns->idsByDate(columns->matchingRows(m_file, filter), order);
    }
    const Where where = whereClause(filter);
    // Filtered by columns of event_lane only (types, dates, jurisdictions): reading that covering
    // index and sorting the matches here is several times faster than the planner's choice of
    // event_type_day with a row lookup per match. Unfiltered, event_day already gives the order.
    const bool laneIndexCovers = !where.sql.isEmpty() && filter.statuses.isEmpty() && filter.stanceFamilies.isEmpty()
        && filter.tags.isEmpty() && !filter.storyId && ftsQueryForUserText(filter.searchText).isEmpty();
    if (column == SortColumn::Date && laneIndexCovers)
        return eventIdsByDateFromLaneIndex(where, order);
    QString orderBy;
    switch (column) {
    case SortColumn::Date: orderBy = QStringLiteral("e.first_day %1, e.last_day %1, e.id %1"); break;
    case SortColumn::Title: orderBy = QStringLiteral("e.title COLLATE NOCASE %1, e.first_day, e.id"); break;
    case SortColumn::Type: orderBy = QStringLiteral("e.type %1, e.first_day, e.id"); break;
    case SortColumn::Status: orderBy = QStringLiteral("e.status %1, e.first_day, e.id"); break;
    case SortColumn::Jurisdiction:
        orderBy = QStringLiteral("(SELECT j.name FROM jurisdiction j WHERE j.id = e.jurisdiction_id) COLLATE NOCASE %1, "
                                 "e.first_day, e.id");
        break;
    }
    orderBy = orderBy.arg(order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    Statement st = m_file.database().prepare(QStringLiteral("SELECT e.id FROM event e%1 ORDER BY %2").arg(where.sql, orderBy));
    bindAll(st, where.values);
    QList<qint64> ids;
    while (st.step())
        ids.append(st.int64(0));
    return ids;
}

qint64 EventQuery::count(const EventFilter &filter) const
{
    const Where where = whereClause(filter);
    Statement st = m_file.database().prepare(QStringLiteral("SELECT count(*) FROM event e%1").arg(where.sql));
    bindAll(st, where.values);
    return st.step() ? st.int64(0) : 0;
}

std::optional<EventRow> EventQuery::row(qint64 eventId) const
{
    Statement &st = m_file.database().cached(QStringLiteral(
        "SELECT e.id, e.jurisdiction_id, j.name, j.state, e.type, e.start_date, e.end_date, e.title, e.status, "
        "(SELECT count(*) FROM citation c WHERE c.event_id = e.id) "
        "FROM event e JOIN jurisdiction j ON j.id = e.jurisdiction_id WHERE e.id = ?1"));
    st.bind(1, eventId);
    std::optional<EventRow> result;
    if (st.step()) {
        EventRow r;
        r.id = st.int64(0);
        r.jurisdictionId = st.int64(1);
        const QString state = st.text(3);
        r.jurisdictionName = state.isEmpty() ? st.text(2) : QStringLiteral("%1, %2").arg(st.text(2), state);
        r.type = EventType(st.int32(4));
        r.start = PartialDate::parse(st.text(5));
        r.end = PartialDate::parse(st.text(6));
        r.title = st.text(7);
        r.status = EventStatus(st.int32(8));
        r.citationCount = st.int32(9);
        result = r;
    }
    st.reset();
    return result;
}

StanceFamily EventQuery::stanceFamilyOn(qint64 jurisdictionId, qint64 julianDay) const
{
    Statement &st = m_file.database().cached(QStringLiteral(
        "SELECT family FROM policy_period WHERE jurisdiction_id = ?1 AND first_day <= ?2 "
        "AND (last_day IS NULL OR last_day >= ?2) ORDER BY first_day DESC, id DESC LIMIT 1"));
    st.bind(1, jurisdictionId).bind(2, julianDay);
    const StanceFamily family = st.step() ? StanceFamily(st.int32(0)) : StanceFamily::Neither;
    st.reset();
    return family;
}

}  // namespace caseline
