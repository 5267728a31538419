#include "StanceHistory.h"

#include "storage/CaseFile.h"

#include <limits>

namespace caseline {

StanceHistory StanceHistory::load(CaseFile &file)
{
    StanceHistory history;
    // Ordered by id within a start day, like the SQL rule's tie-break.
    Statement st = file.database().prepare(QStringLiteral(
        "SELECT jurisdiction_id, first_day, last_day, family FROM policy_period ORDER BY jurisdiction_id, first_day, id"));
    while (st.step()) {
        const qint64 last = st.isNull(2) ? std::numeric_limits<qint64>::max() : st.int64(2);
        history.m_spans[st.int64(0)].append({st.int64(1), last, StanceFamily(st.int32(3))});
        const qint64 first = st.int64(1);
        history.m_earliest = history.m_earliest ? qMin(history.m_earliest, first) : first;
        history.m_latest = qMax(history.m_latest, st.isNull(2) ? first : st.int64(2));
    }
    return history;
}

const QList<StanceHistory::Span> &StanceHistory::spans(qint64 jurisdictionId) const
{
    static const QList<Span> none;
    const auto it = m_spans.find(jurisdictionId);
    return it == m_spans.end() ? none : *it;
}

StanceFamily StanceHistory::familyOn(qint64 jurisdictionId, qint64 julianDay) const
{
    return familyOn(spans(jurisdictionId), julianDay);
}

StanceFamily StanceHistory::familyOn(const QList<Span> &list, qint64 julianDay)
{
    // Latest start first: the first span found in force is the one that started last.
    for (auto it = list.rbegin(); it != list.rend(); ++it)
        if (it->firstDay <= julianDay && julianDay <= it->lastDay)
            return it->family;
    return StanceFamily::Neither;
}

qint64 StanceHistory::firstDayIn(qint64 jurisdictionId, StanceFamily family) const
{
    for (const Span &span : spans(jurisdictionId))
        if (span.family == family)
            return span.firstDay;
    return 0;
}

}  // namespace caseline
