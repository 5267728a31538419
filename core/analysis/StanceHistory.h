#pragma once

#include "model/Stance.h"

#include <QHash>
#include <QList>

namespace caseline {

class CaseFile;

// Every jurisdiction's policy periods in memory, to answer "which stance family did this
// jurisdiction have on that day?" for many events without a query each. The rule matches
// EventQuery::stanceFamilyExpression(): the period in force that started last wins.
class StanceHistory {
public:
    struct Span {
        qint64 firstDay;
        qint64 lastDay;  // INT64_MAX when open-ended
        StanceFamily family;
    };

    static StanceHistory load(CaseFile &file);

    StanceFamily familyOn(qint64 jurisdictionId, qint64 julianDay) const;
    // The same for one jurisdiction's spans(), looked up once for many days.
    static StanceFamily familyOn(const QList<Span> &spans, qint64 julianDay);
    // First day the jurisdiction entered each family (0 when never), for event studies.
    qint64 firstDayIn(qint64 jurisdictionId, StanceFamily family) const;
    QList<qint64> jurisdictions() const { return m_spans.keys(); }
    const QList<Span> &spans(qint64 jurisdictionId) const;
    qint64 earliestDay() const { return m_earliest; }
    qint64 latestDay() const { return m_latest; }  // latest start or end seen

private:
    QHash<qint64, QList<Span>> m_spans;  // by start, ascending
    qint64 m_earliest = 0;
    qint64 m_latest = 0;
};

}  // namespace caseline
