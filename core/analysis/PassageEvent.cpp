#include "PassageEvent.h"

#include "EventTypeSuggester.h"
#include "JurisdictionSuggester.h"
#include "SourcePages.h"

#include <QRegularExpression>

namespace caseline {

QString PassageEvent::titleFrom(const QString &passage)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?][\"”’']?(\\s|$)"));
    QString text = passage.simplified();
    const QRegularExpressionMatch end = sentenceEnd.match(text);
    // Stop at the first sentence unless it is too short to say anything ("Mr." and the like).
    if (end.hasMatch() && end.capturedStart() >= 20)
        text = text.left(end.capturedStart());
    constexpr qsizetype kMaxTitle = 90;
    if (text.size() > kMaxTitle) {
        qsizetype cut = text.lastIndexOf(QLatin1Char(' '), kMaxTitle);
        if (cut < kMaxTitle / 2)
            cut = kMaxTitle;
        text = text.left(cut) + QStringLiteral("…");
    }
    return text;
}

PassageEvent PassageEvent::draft(const Source &source, qsizetype begin, qsizetype end, const QList<Jurisdiction> &lanes)
{
    PassageEvent d;
    const QString &text = source.text;
    begin = qBound<qsizetype>(0, begin, text.size());
    end = qBound<qsizetype>(begin, end, text.size());
    while (begin < end && text.at(begin).isSpace())
        ++begin;
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    if (begin >= end)
        return d;
    d.begin = begin;
    d.end = end;
    QString passage = text.mid(begin, end - begin);
    passage.replace(QLatin1Char('\f'), QLatin1Char('\n'));  // a page break inside the passage

    Citation citation;
    citation.sourceId = source.id;
    citation.quote = passage;
    citation.page = SourcePages(text).pageAt(begin);
    d.event.citations.append(citation);
    d.event.title = titleFrom(passage);

    QStringList notes;
    d.date = DateSuggester::suggest(passage, source.published);
    if (d.date.isValid()) {
        d.event.start = d.date.date;
        d.dateExplanation = d.date.explanation;
    } else if (source.published.isValid()) {
        d.event.start = source.published;
        d.dateExplanation = tr("The passage gives no date; the document's date (%1) is suggested: check it.")
                                .arg(source.published.toIsoString());
    } else {
        d.dateExplanation = tr("The passage gives no date and the document has none: enter the date.");
    }
    notes << d.dateExplanation;

    // A lane named in the passage; failing that, the one the document names most.
    const JurisdictionSuggester lanesNamed(lanes);
    QList<JurisdictionSuggester::Mention> named = lanesNamed.mentions(passage);
    if (!named.isEmpty()) {
        d.event.jurisdictionId = named.first().jurisdictionId;
        d.laneExplanation = tr("Lane: the passage names “%1”.").arg(named.first().name);
    } else if (!(named = lanesNamed.mentions(source.title + QLatin1Char('\n') + text)).isEmpty()) {
        d.event.jurisdictionId = named.first().jurisdictionId;
        d.laneExplanation = tr("Lane: the passage names none; the document names “%1” most (%2 times).")
                                .arg(named.first().name)
                                .arg(named.first().count);
    }
    if (!d.laneExplanation.isEmpty())
        notes << d.laneExplanation;

    const EventTypeSuggester::Suggestion type = EventTypeSuggester::suggest(passage);
    if (type.type) {
        d.event.type = *type.type;
        d.typeExplanation = tr("Type: “%1” suggests %2.").arg(type.word, eventTypeLabel(*type.type).toLower());
        notes << d.typeExplanation;
    }
    d.event.note = notes.join(QLatin1Char('\n'));
    return d;
}

}  // namespace caseline
