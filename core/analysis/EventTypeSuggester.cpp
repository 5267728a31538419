#include "EventTypeSuggester.h"

#include <QRegularExpression>
#include <array>

namespace caseline {

namespace {
struct TypeWords {
    EventType type;
    const char *pattern;
};

// In order of precedence on ties: the narrower type first. Patterns are whole words, matched
// ignoring case; "March" the month is not taken for a protest march.
const std::array<TypeWords, 14> kTypeWords{{
    {EventType::Detainer, R"(\b(?:detainers?|(?:ICE|immigration) holds?)\b)"},
    {EventType::BackupCall, R"(\b(?:back-?up|backed up|assist(?:ed|ance|ing)?)\b)"},
    {EventType::Raid, R"(\b(?:raids?|raided|sweeps?)\b)"},
    {EventType::Detention, R"(\b(?:detained|detain(?:s|ing)?|detention|in(?:to)? custody)\b)"},
    {EventType::Arrest, R"(\barrest(?:s|ed|ing)?\b)"},
    {EventType::Ordinance, R"(\bordinances?\b)"},
    {EventType::Proclamation, R"(\b(?:proclamations?|proclaimed|welcoming city)\b)"},
    {EventType::Agreement, R"(\b(?:agreements?|memorand(?:um|a) of (?:agreement|understanding)|MOAs?)\b|\b287\(g\))"},
    {EventType::CommissionSession, R"(\b(?:commission(?:ers?)?|work session|city council|council meeting|board of supervisors)\b)"},
    {EventType::Lawsuit, R"(\b(?:lawsuits?|sued|sues|suing)\b)"},
    {EventType::CourtRuling, R"(\b(?:ruled|rulings?|injunction|judge)\b)"},
    {EventType::Protest, R"(\b(?:protest(?:s|ed|ers)?|rall(?:y|ies|ied)|marched|demonstrat(?:ion|ions|ors|ed))\b)"},
    {EventType::Report, R"(\b(?:reports?|audit|study)\b)"},
    {EventType::Statement, R"(\b(?:statements?|announced|press release|spokes(?:man|woman|person))\b)"},
}};
}  // namespace

EventTypeSuggester::Suggestion EventTypeSuggester::suggest(const QString &passage)
{
    static const auto patterns = [] {
        std::array<QRegularExpression, kTypeWords.size()> compiled;
        for (size_t i = 0; i < kTypeWords.size(); ++i)
            compiled[i] = QRegularExpression(QString::fromLatin1(kTypeWords[i].pattern), QRegularExpression::CaseInsensitiveOption);
        return compiled;
    }();
    Suggestion best;
    int bestCount = 0;
    for (size_t i = 0; i < kTypeWords.size(); ++i) {
        int count = 0;
        QRegularExpressionMatch first;
        for (auto it = patterns[i].globalMatch(passage); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (count++ == 0)
                first = m;
        }
        if (count > bestCount) {
            bestCount = count;
            best.type = kTypeWords[i].type;
            best.word = first.captured(0);
            best.position = first.capturedStart();
        }
    }
    return best;
}

}  // namespace caseline
