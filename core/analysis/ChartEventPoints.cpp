#include "ChartEventPoints.h"

#include "query/EventQuery.h"
#include "storage/CaseFile.h"

#include <algorithm>

namespace caseline {

namespace {
// Ids far beyond the number of rows (written by hand, say) must not reserve memory for nothing.
constexpr qint64 kMostReserved = 64 * 1024 * 1024;
}  // namespace

ChartEventPoints::ChartEventPoints(CaseFile &file, const EventColumns *columns, const EventFilter &filter)
{
    if (columns) {
        // The snapshot's rows are in the same lane-and-day order.
        m_columns = columns;
        m_allRows = filter.isEmpty();
        if (!m_allRows)
            m_rows = columns->matchingRows(file, filter);
        m_size = m_allRows ? columns->size() : qsizetype(m_rows.size());
        return;
    }
    // Reserved for every event (the largest id bounds them; a b-tree lookup): pages a filter leaves
    // unused are never touched, and growing by copies cost more than the query's own work.
    Statement count = file.database().prepare(QStringLiteral("SELECT max(id) FROM event"));
    m_fromSqlite.reserve(size_t(std::clamp<qint64>(count.step() ? count.int64(0) : 0, 0, kMostReserved)));
    const EventQuery::Where where = EventQuery::whereClause(filter);
    // Lane by lane and by day, the lane index's own order (no sort unfiltered): callers then look
    // up a lane's stance history and a day's bin once per run of equal values, not per event.
    Statement st = file.database().prepare(
        QStringLiteral("SELECT e.jurisdiction_id, e.first_day FROM event e%1 ORDER BY e.jurisdiction_id, e.first_day").arg(where.sql));
    EventQuery::bindAll(st, where.values);
    while (st.step())
        m_fromSqlite.emplace_back(st.int64(0), st.int64(1));
    m_size = qsizetype(m_fromSqlite.size());
}

}  // namespace caseline
