#pragma once

#include <QList>
#include <QString>
#include <QVector>

namespace caseline {

class CaseFile;

// Checks a citation's quote against the full text its source keeps (Source::text). Differences
// that are typography, not wording, are ignored: runs of white space (spaces, tabs, line breaks,
// no-break spaces) count as one space, and curly quotes, apostrophes and en/em dashes count as
// their ASCII forms.
class QuoteVerifier {
public:
    enum class Status { Verified, Mismatch, NoSourceText, EmptyQuote };

    struct Result {
        Status status = Status::NoSourceText;
        // For Verified: where the quote starts in the original text (characters). For Mismatch:
        // how many characters of the quote (original, not normalised) match the text before it
        // differs everywhere; the quote is wrong from that point on.
        qsizetype position = -1;
        qsizetype matchedPrefix = 0;
        // For Verified: one past the quote's last character in the original text, so the
        // passage is [position, end) there.
        qsizetype end = -1;
    };

    // A source text normalised once and reused for all its citations.
    class Text {
    public:
        Text() = default;
        explicit Text(const QString &original);
        bool isEmpty() const { return m_normal.isEmpty(); }
        const QString &normal() const { return m_normal; }
        qsizetype originalOffset(qsizetype normalIndex) const;

    private:
        QString m_normal;
        QVector<qsizetype> m_offsets;  // original offset of each normalised character
    };

    // The normalised form: typographic characters mapped, white space collapsed and trimmed.
    static QString normalize(const QString &text, QVector<qsizetype> *offsets = nullptr);
    static Result verify(const Text &sourceText, const QString &quote);
    static Result verify(const QString &sourceText, const QString &quote) { return verify(Text(sourceText), quote); }
    static QString statusName(Status s);
};

// The verification of every citation in a case file, grouped by source. Reads citations ordered
// by source, so each source text is loaded and normalised once.
struct QuoteCheck {
    struct Problem {
        qint64 citationId = 0;
        qint64 sourceId = 0;
        qint64 eventId = 0;  // 0 for a policy period's citation
        QString sourceTitle;
        QString ownerKind;   // "event" or "policy period"
        QString ownerTitle;  // event title, or the period's jurisdiction and stance
        QString quote;
        qsizetype matchedPrefix = 0;
    };
    struct SourceCounts {
        qint64 sourceId = 0;
        QString title;
        qint64 verified = 0, mismatched = 0, unchecked = 0, empty = 0;
    };
    QList<SourceCounts> bySource;  // sources with at least one citation, by id
    QList<Problem> mismatches;
    qint64 verified = 0, mismatched = 0, unchecked = 0, empty = 0;

    static QuoteCheck run(CaseFile &file);
};

}  // namespace caseline
