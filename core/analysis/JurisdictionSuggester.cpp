#include "JurisdictionSuggester.h"

#include "QuoteVerifier.h"

#include <QHash>
#include <algorithm>

namespace caseline {

namespace {
QString fold(const QString &text) { return QuoteVerifier::normalize(text).toLower(); }

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

// The word starting at `at` (letters and digits).
QStringView wordAt(const QString &text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    return QStringView(text).mid(at, end - at);
}
}  // namespace

JurisdictionSuggester::JurisdictionSuggester(const QList<Jurisdiction> &lanes)
{
    for (const Jurisdiction &j : lanes) {
        const QString folded = fold(j.name);
        if (folded.isEmpty() || !isWordChar(folded.front()))
            continue;
        m_byFirstWord[wordAt(folded, 0).toString()].append({j.id, j.name, folded});
    }
    // Longest names first, so the first match at a position is the longest.
    for (auto &list : m_byFirstWord)
        std::sort(list.begin(), list.end(), [](const Lane &a, const Lane &b) { return a.folded.size() > b.folded.size(); });
}

QList<JurisdictionSuggester::Mention> JurisdictionSuggester::mentions(const QString &text) const
{
    const QString folded = fold(text);
    QHash<qint64, Mention> found;
    qsizetype at = 0;
    while (at < folded.size()) {
        if (!isWordChar(folded.at(at)) || (at > 0 && isWordChar(folded.at(at - 1)))) {
            ++at;
            continue;
        }
        const QStringView word = wordAt(folded, at);
        qsizetype next = at + word.size();
        const auto candidates = m_byFirstWord.constFind(word.toString());
        if (candidates != m_byFirstWord.cend()) {
            for (const Lane &lane : *candidates) {
                const qsizetype end = at + lane.folded.size();
                if (QStringView(folded).mid(at, lane.folded.size()) != lane.folded)
                    continue;
                if (end < folded.size() && isWordChar(folded.at(end)) && isWordChar(lane.folded.back()))
                    continue;
                Mention &m = found[lane.id];
                if (m.count++ == 0) {
                    m.jurisdictionId = lane.id;
                    m.name = lane.name;
                    m.firstPosition = at;
                }
                next = end;  // the longest name here takes these words
                break;
            }
        }
        at = next;
    }
    QList<Mention> out = found.values();
    std::sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.name.size() != b.name.size())
            return a.name.size() > b.name.size();
        return a.firstPosition < b.firstPosition;
    });
    return out;
}

}  // namespace caseline
