#pragma once

#include "query/EventColumns.h"
#include "query/EventFilter.h"

#include <QtGlobal>
#include <utility>
#include <vector>

namespace caseline {

class CaseFile;

// The events a chart counts, as (jurisdiction, first day), lane by lane and by day. Read from the
// events' snapshot when there is one, without copying it: a list of a million points
// cost a chart tens of milliseconds, mostly in first touches of fresh memory. Otherwise from
// SQLite, through the lane index in the same order.
class ChartEventPoints {
public:
    ChartEventPoints(CaseFile &file, const EventColumns *columns, const EventFilter &filter);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    qint64 jurisdictionId(qsizetype i) const
    {
        return m_columns ? m_columns->jurisdictionId(row(i)) : m_fromSqlite[size_t(i)].first;
    }
    qint64 day(qsizetype i) const { return m_columns ? m_columns->firstDay(row(i)) : m_fromSqlite[size_t(i)].second; }

private:
    qint32 row(qsizetype i) const { return m_allRows ? qint32(i) : m_rows[size_t(i)]; }

    const EventColumns *m_columns = nullptr;  // none: m_fromSqlite
    bool m_allRows = false;
    std::vector<qint32> m_rows;
    std::vector<std::pair<qint64, qint64>> m_fromSqlite;
    qsizetype m_size = 0;
};

}  // namespace caseline
