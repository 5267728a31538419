#include "CitedPassage.h"

#include "storage/CaseFile.h"

namespace caseline {

QList<CitedPassage> CitedPassage::ofSource(CaseFile &file, qint64 sourceId, const QuoteVerifier::Text &text)
{
    Statement st = file.database().prepare(QStringLiteral(
        "SELECT c.id, c.event_id, c.policy_period_id, c.quote, c.page, "
        "coalesce(e.title, (SELECT j.name FROM policy_period p JOIN jurisdiction j ON j.id = p.jurisdiction_id "
        "                   WHERE p.id = c.policy_period_id), '') "
        "FROM citation c LEFT JOIN event e ON e.id = c.event_id WHERE c.source_id = ?1 ORDER BY c.id"));
    st.bind(1, sourceId);
    QList<CitedPassage> out;
    while (st.step()) {
        CitedPassage p;
        p.citationId = st.int64(0);
        p.eventId = st.isNull(1) ? 0 : st.int64(1);
        p.policyPeriodId = st.isNull(2) ? 0 : st.int64(2);
        p.quote = st.text(3);
        if (!st.isNull(4))
            p.page = st.int32(4);
        p.ownerTitle = st.text(5);
        const QuoteVerifier::Result r = QuoteVerifier::verify(text, p.quote);
        p.status = r.status;
        if (r.status == QuoteVerifier::Status::Verified) {
            p.begin = r.position;
            p.end = r.end;
        }
        out.append(p);
    }
    return out;
}

}  // namespace caseline
