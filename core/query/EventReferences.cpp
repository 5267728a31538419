#include "EventReferences.h"

#include "EventQuery.h"
#include "storage/CaseFile.h"

namespace caseline {

QSet<qint64> EventReferences::ids(const QString &select, const EventFilter &filter) const
{
    const EventQuery::Where where = EventQuery::whereClause(filter);
    Statement st = m_file.database().prepare(select.arg(where.sql));
    EventQuery::bindAll(st, where.values);
    QSet<qint64> result;
    while (st.step())
        result.insert(st.int64(0));
    return result;
}

QSet<qint64> EventReferences::jurisdictionIds(const EventFilter &filter) const
{
    return ids(QStringLiteral("SELECT DISTINCT e.jurisdiction_id FROM event e%1"), filter);
}

QSet<qint64> EventReferences::citedSourceIds(const EventFilter &filter) const
{
    return ids(QStringLiteral("SELECT DISTINCT c.source_id FROM citation c WHERE c.event_id IN (SELECT e.id FROM event e%1)"),
               filter);
}

}  // namespace caseline
