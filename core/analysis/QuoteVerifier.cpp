#include "QuoteVerifier.h"

#include "storage/CaseFile.h"

namespace caseline {

namespace {
// Typographic characters that stand for an ASCII one; 0 for "keep as is".
QChar plainForm(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
        return QLatin1Char('\'');
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return QLatin1Char('"');
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return QLatin1Char('-');
    default:
        return c;
    }
}

bool isSpace(QChar c)
{
    return c.isSpace() || c.unicode() == 0x00A0 || c.unicode() == 0x202F || c.unicode() == 0x2007 || c.unicode() == 0xFEFF;
}
}  // namespace

QString QuoteVerifier::normalize(const QString &text, QVector<qsizetype> *offsets)
{
    QString out;
    out.reserve(text.size());
    if (offsets) {
        offsets->clear();
        offsets->reserve(text.size());
    }
    bool pendingSpace = false;
    qsizetype spaceAt = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isSpace(c)) {
            if (!pendingSpace)
                spaceAt = i;
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty()) {
            out.append(QLatin1Char(' '));
            if (offsets)
                offsets->append(spaceAt);
        }
        pendingSpace = false;
        out.append(plainForm(c));
        if (offsets)
            offsets->append(i);
    }
    return out;
}

QuoteVerifier::Text::Text(const QString &original)
{
    m_normal = normalize(original, &m_offsets);  // in the body: m_offsets is declared after m_normal
}

qsizetype QuoteVerifier::Text::originalOffset(qsizetype normalIndex) const
{
    if (normalIndex < 0 || normalIndex >= m_offsets.size())
        return -1;
    return m_offsets.at(normalIndex);
}

QuoteVerifier::Result QuoteVerifier::verify(const Text &sourceText, const QString &quote)
{
    Result r;
    QVector<qsizetype> quoteOffsets;
    const QString q = normalize(quote, &quoteOffsets);
    if (q.isEmpty()) {
        r.status = Status::EmptyQuote;
        return r;
    }
    if (sourceText.isEmpty()) {
        r.status = Status::NoSourceText;
        return r;
    }
    const QString &t = sourceText.normal();
    const qsizetype at = t.indexOf(q);
    if (at >= 0) {
        r.status = Status::Verified;
        r.position = sourceText.originalOffset(at);
        r.matchedPrefix = quote.size();
        r.end = sourceText.originalOffset(at + q.size() - 1) + 1;
        return r;
    }
    // The longest prefix of the quote found anywhere in the text: binary search on its length
    // (a prefix that occurs implies every shorter prefix occurs).
    qsizetype lo = 0, hi = q.size() - 1;  // lo: known to occur; hi: upper bound
    qsizetype best = -1;
    while (lo < hi) {
        const qsizetype mid = (lo + hi + 1) / 2;
        const qsizetype found = t.indexOf(QStringView(q).left(mid));
        if (found >= 0) {
            lo = mid;
            best = found;
        } else {
            hi = mid - 1;
        }
    }
    r.status = Status::Mismatch;
    r.position = best >= 0 ? sourceText.originalOffset(best) : -1;
    // Back to the quote's own characters: the first differing normalised character's offset.
    r.matchedPrefix = lo < quoteOffsets.size() ? quoteOffsets.at(lo) : quote.size();
    return r;
}

QString QuoteVerifier::statusName(Status s)
{
    switch (s) {
    case Status::Verified: return QStringLiteral("verified");
    case Status::Mismatch: return QStringLiteral("mismatch");
    case Status::NoSourceText: return QStringLiteral("no source text");
    case Status::EmptyQuote: return QStringLiteral("empty quote");
    }
    return {};
}

QuoteCheck QuoteCheck::run(CaseFile &file)
{
    QuoteCheck check;
    Database &db = file.database();
    // Citations by source, so each text is read and normalised once. Source text is read only
    // when the source changes (a separate lookup), keeping rows small at a million citations.
    Statement st = db.prepare(QStringLiteral(
        "SELECT c.id, c.source_id, c.quote, c.event_id, c.policy_period_id, "
        "coalesce(e.title, (SELECT j.name FROM policy_period p JOIN jurisdiction j ON j.id = p.jurisdiction_id "
        "                   WHERE p.id = c.policy_period_id), '') "
        "FROM citation c LEFT JOIN event e ON e.id = c.event_id ORDER BY c.source_id, c.id"));
    Statement textOf = db.prepare(QStringLiteral("SELECT title, text FROM source WHERE id = ?1"));
    qint64 currentSource = -1;
    QuoteVerifier::Text text;
    SourceCounts *counts = nullptr;
    while (st.step()) {
        const qint64 sourceId = st.int64(1);
        if (sourceId != currentSource) {
            currentSource = sourceId;
            textOf.reset();
            textOf.bind(1, sourceId);
            SourceCounts c;
            c.sourceId = sourceId;
            if (textOf.step()) {
                c.title = textOf.text(0);
                text = QuoteVerifier::Text(textOf.text(1));
            } else {
                text = QuoteVerifier::Text();
            }
            check.bySource.append(c);
            counts = &check.bySource.last();
        }
        const QString quote = st.text(2);
        const QuoteVerifier::Result r = QuoteVerifier::verify(text, quote);
        switch (r.status) {
        case QuoteVerifier::Status::Verified:
            ++counts->verified;
            ++check.verified;
            break;
        case QuoteVerifier::Status::NoSourceText:
            ++counts->unchecked;
            ++check.unchecked;
            break;
        case QuoteVerifier::Status::EmptyQuote:
            ++counts->empty;
            ++check.empty;
            break;
        case QuoteVerifier::Status::Mismatch: {
            ++counts->mismatched;
            ++check.mismatched;
            Problem p;
            p.citationId = st.int64(0);
            p.sourceId = sourceId;
            p.eventId = st.isNull(3) ? 0 : st.int64(3);
            p.sourceTitle = counts->title;
            p.ownerKind = st.isNull(3) ? QStringLiteral("policy period") : QStringLiteral("event");
            p.ownerTitle = st.text(5);
            p.quote = quote;
            p.matchedPrefix = r.matchedPrefix;
            check.mismatches.append(p);
            break;
        }
        }
    }
    return check;
}

}  // namespace caseline
