#include "CaseStatistics.h"

#include "model/JurisdictionKind.h"
#include "query/EventQuery.h"
#include "storage/CaseFile.h"

namespace caseline {

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    Statement st = db.prepare(sql);
    return st.step() ? st.int64(0) : 0;
}
}  // namespace

CaseStatistics CaseStatistics::compute(CaseFile &file, const EventFilter &filter)
{
    Database &db = file.database();
    CaseStatistics s;
    const EventQuery::Where where = EventQuery::whereClause(filter);
    s.events = EventQuery(file).count(filter);
    s.jurisdictions = scalar(db, QStringLiteral("SELECT count(*) FROM jurisdiction"));
    s.sources = scalar(db, QStringLiteral("SELECT count(*) FROM source"));
    s.citations = scalar(db, QStringLiteral("SELECT count(*) FROM citation"));
    s.policyPeriods = scalar(db, QStringLiteral("SELECT count(*) FROM policy_period"));
    s.stories = scalar(db, QStringLiteral("SELECT count(*) FROM story"));
    {
        Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM event e%1%2 NOT EXISTS "
                                                 "(SELECT 1 FROM citation c WHERE c.event_id = e.id)")
                                      .arg(where.sql, where.sql.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND")));
        EventQuery::bindAll(st, where.values);
        s.eventsWithoutCitation = st.step() ? st.int64(0) : 0;
    }
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT j.id, j.name, j.state, j.kind, "
            "(SELECT count(*) FROM event e%1%2 e.jurisdiction_id = j.id), "
            "(SELECT count(*) FROM policy_period p WHERE p.jurisdiction_id = j.id) "
            "FROM jurisdiction j ORDER BY j.name COLLATE NOCASE, j.state")
                                      .arg(where.sql, where.sql.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND")));
        EventQuery::bindAll(st, where.values);
        while (st.step())
            s.byJurisdiction.append({st.int64(0), st.text(1), st.text(2), jurisdictionKindKey(JurisdictionKind(st.int32(3))),
                                     st.int64(4), st.int64(5)});
    }
    {
        Statement st = db.prepare(QStringLiteral("SELECT e.type, count(*) FROM event e%1 GROUP BY e.type").arg(where.sql));
        EventQuery::bindAll(st, where.values);
        while (st.step())
            s.byType.insert(eventTypeKey(EventType(st.int32(0))), st.int64(1));
    }
    {
        Statement st = db.prepare(QStringLiteral("SELECT %1 AS family, count(*) FROM event e%2 GROUP BY family")
                                      .arg(EventQuery::stanceFamilyExpression(), where.sql));
        EventQuery::bindAll(st, where.values);
        while (st.step())
            s.byStanceFamily.insert(stanceFamilyKey(StanceFamily(st.int32(0))), st.int64(1));
    }
    return s;
}

}  // namespace caseline
