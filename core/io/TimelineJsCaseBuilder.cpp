#include "TimelineJsCaseBuilder.h"

#include "HtmlText.h"
#include "ImportError.h"
#include "StableKey.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace caseline {

namespace {
constexpr int kMinYear = 1400;  // PartialDate's range, which is boost::gregorian's
constexpr int kMaxYear = 9999;
constexpr qsizetype kMaxTitleLength = 120;

// A media "url" in TimelineJS may also be HTML (a blockquote, an embed code).
bool looksLikeUrl(const QString &text)
{
    return !text.isEmpty() && !text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char(' '))
           && !text.contains(QLatin1Char('\n'));
}

// Web addresses (absolute, protocol-relative or relative to the timeline's site) may become a
// source's URL; javascript:, data:, file: and other schemes never do.
bool isSafeUrl(const QString &url)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    const auto m = scheme.match(url);
    if (!m.hasMatch())
        return true;
    const QString s = m.captured().toLower();
    return s == QLatin1String("http:") || s == QLatin1String("https:");
}

QString withScheme(const QString &url)
{
    return url.startsWith(QLatin1String("//")) ? QStringLiteral("https:") + url : url;
}
}  // namespace

void TimelineJsCaseBuilder::fail(int line, const QString &message) const { throw ImportError{m_fileName, line, message}; }

PartialDate TimelineJsCaseBuilder::date(const TimelineJsSlide &slide, const TimelineJsSlide::Date &parts, const char *what) const
{
    const QString name = QLatin1String(what);
    static const QRegularExpression integer(QStringLiteral("^[-+]?\\d+$"));
    bool ok = false;
    const QString yearText = parts.year.trimmed();
    if (!integer.match(yearText).hasMatch())
        fail(slide.line, QStringLiteral("%1: year '%2' is not a number").arg(name, yearText));
    // Cosmological timelines give years like -13800000000, past any integer type's comfort.
    const qlonglong year = yearText.size() > 12 ? (yearText.startsWith(QLatin1Char('-')) ? -1 : 100000) : yearText.toLongLong(&ok);
    if (year < kMinYear || year > kMaxYear)
        fail(slide.line, QStringLiteral("%1: year %2 is outside %3-%4. Caseline's calendar cannot hold earlier or later "
                                        "dates, so timelines of ancient, geological or cosmological history cannot be "
                                        "imported")
                             .arg(name, yearText).arg(kMinYear).arg(kMaxYear));
    QString iso = QString::number(year);
    const QString month = parts.month.trimmed();
    const QString day = parts.day.trimmed();
    if (!month.isEmpty()) {
        const int m = month.toInt(&ok);
        if (!ok)
            fail(slide.line, QStringLiteral("%1: month '%2' is not a number").arg(name, month));
        iso += QStringLiteral("-%1").arg(m, 2, 10, QLatin1Char('0'));
        if (!day.isEmpty()) {
            const int d = day.toInt(&ok);
            if (!ok)
                fail(slide.line, QStringLiteral("%1: day '%2' is not a number").arg(name, day));
            iso += QStringLiteral("-%1").arg(d, 2, 10, QLatin1Char('0'));
        }
    } else if (!day.isEmpty()) {
        fail(slide.line, QStringLiteral("%1 has a day but no month").arg(name));
    }
    QString why;
    const PartialDate result = PartialDate::parse(iso, &why);
    if (!result.isValid())
        fail(slide.line, QStringLiteral("%1: %2").arg(name, why));
    return result;
}

QString TimelineJsCaseBuilder::laneFor(const TimelineJsSlide &slide)
{
    const QString group = HtmlText::toPlainLine(slide.group);
    const QString name = group.isEmpty() ? m_timelineName : group;
    const QString key = group.isEmpty() ? m_keyPrefix + QStringLiteral(":lane")
                                        : m_keyPrefix + QStringLiteral(":group:") + StableKey::normalise(group);
    for (const Jurisdiction &j : std::as_const(m_data.jurisdictions))
        if (j.key == key)
            return key;
    Jurisdiction j;
    j.key = key;
    j.name = name;
    j.kind = JurisdictionKind::Agency;
    m_data.jurisdictions.append(j);
    return key;
}

QList<CaseData::LinkedCitation> TimelineJsCaseBuilder::citations(const TimelineJsSlide &slide, const QString &quote)
{
    QList<CaseData::LinkedCitation> result;
    CaseData::LinkedCitation timeline;
    timeline.sourceKey = m_timelineSourceKey;
    timeline.citation.quote = quote;
    timeline.citation.note = QStringLiteral("Slide on line %1 of %2.").arg(slide.line).arg(QFileInfo(m_fileName).fileName());
    result.append(timeline);
    m_sourceText.append(quote);

    const QString url = slide.mediaUrl.trimmed();
    if (!looksLikeUrl(url))
        return result;
    if (!isSafeUrl(url)) {
        m_data.warnings.append({slide.line, QStringLiteral("media URL '%1' was not imported: only http and https "
                                                           "addresses become sources").arg(url.left(80))});
        return result;
    }
    const QString caption = HtmlText::toPlainLine(slide.mediaCaption);
    const QString credit = HtmlText::toPlainLine(slide.mediaCredit);
    const QString key = QStringLiteral("media:") + withScheme(url);
    if (std::none_of(m_data.sources.cbegin(), m_data.sources.cend(), [&](const Source &s) { return s.key == key; })) {
        Source media;
        media.key = key;
        media.title = !caption.isEmpty() ? caption : !credit.isEmpty() ? credit : withScheme(url);
        media.publisher = credit;
        media.url = withScheme(url);
        media.kind = QStringLiteral("media");
        m_data.sources.append(media);
    }
    CaseData::LinkedCitation media;
    media.sourceKey = key;
    media.citation.quote = !caption.isEmpty() ? caption : credit;
    media.citation.note = QStringLiteral("Media shown with the slide in the timeline; the quote is its caption or credit there.");
    result.append(media);
    return result;
}

CaseData TimelineJsCaseBuilder::build()
{
    if (m_title) {
        m_data.title = HtmlText::toPlainLine(m_title->headline);
        m_data.description = HtmlText::toPlainText(m_title->text);
    }
    m_timelineName = m_data.title.isEmpty() ? QFileInfo(m_fileName).completeBaseName() : m_data.title;
    m_keyPrefix = StableKey::join(QStringLiteral("timelinejs"), {m_timelineName});
    m_timelineSourceKey = m_keyPrefix + QStringLiteral(":timeline");
    Source timeline;
    timeline.key = m_timelineSourceKey;
    timeline.title = m_timelineName;
    timeline.publisher = QStringLiteral("TimelineJS timeline %1").arg(QFileInfo(m_fileName).fileName());
    timeline.kind = QStringLiteral("document");
    m_data.sources.append(timeline);

    QHash<QString, int> lineOfKey;
    for (const TimelineJsSlide &slide : std::as_const(m_events)) {
        if (slide.start.isEmpty())
            fail(slide.line, QStringLiteral("the event has no start_date year"));
        CaseData::LinkedEvent linked;
        Event &e = linked.event;
        e.start = date(slide, slide.start, "start_date");
        if (!slide.end.isEmpty()) {
            e.end = date(slide, slide.end, "end_date");
            if (e.end.lastDay() < e.start.firstDay())
                fail(slide.line, QStringLiteral("end_date %1 is before start_date %2").arg(e.end.toIsoString(), e.start.toIsoString()));
        }
        const QString headline = HtmlText::toPlainLine(slide.headline);
        const QString text = HtmlText::toPlainText(slide.text);
        const QString mediaText = looksLikeUrl(slide.mediaUrl.trimmed()) ? QString() : HtmlText::toPlainText(slide.mediaUrl);
        e.title = !headline.isEmpty() ? headline : text.section(QLatin1Char('\n'), 0, 0).left(kMaxTitleLength);
        if (e.title.isEmpty())
            e.title = QStringLiteral("(untitled slide)");
        QStringList summary{text, mediaText};
        summary.removeAll(QString());
        e.summary = summary.join(QStringLiteral("\n\n"));
        QStringList note;
        if (!slide.displayDate.trimmed().isEmpty())
            note << QStringLiteral("Date as displayed in the timeline: %1").arg(HtmlText::toPlainLine(slide.displayDate));
        if (!slide.start.time.trimmed().isEmpty())
            note << QStringLiteral("Start time in the timeline: %1").arg(slide.start.time.trimmed());
        if (!slide.end.time.trimmed().isEmpty())
            note << QStringLiteral("End time in the timeline: %1").arg(slide.end.time.trimmed());
        e.note = note.join(QLatin1Char('\n'));

        const QString uniqueId = slide.uniqueId.trimmed();
        QString key = m_keyPrefix + QLatin1Char(':')
                      + (uniqueId.isEmpty() ? StableKey::digest(e.start.toIsoString() + QLatin1Char('|') + headline) : uniqueId);
        if (const int first = lineOfKey.value(key)) {
            if (!uniqueId.isEmpty())
                fail(slide.line, QStringLiteral("unique_id '%1' is already used on line %2").arg(uniqueId).arg(first));
            // Two slides with the same date and headline: told apart by their order.
            int n = 2;
            while (lineOfKey.contains(key + QStringLiteral("#%1").arg(n)))
                ++n;
            key += QStringLiteral("#%1").arg(n);
        }
        lineOfKey.insert(key, slide.line);
        e.key = key;

        QStringList quote{headline, text, mediaText};
        quote.removeAll(QString());
        linked.citations = citations(slide, quote.join(QLatin1Char('\n')));
        linked.jurisdictionKey = laneFor(slide);
        m_data.events.append(linked);
    }

    for (const TimelineJsSlide &slide : std::as_const(m_eras)) {
        if (slide.start.isEmpty())
            fail(slide.line, QStringLiteral("the era has no start_date year"));
        CaseData::LinkedPeriod linked;
        PolicyPeriod &p = linked.period;
        p.stance = Stance::Other;
        p.start = date(slide, slide.start, "start_date");
        if (!slide.end.isEmpty()) {
            p.end = date(slide, slide.end, "end_date");
            if (p.end.lastDay() < p.start.firstDay())
                fail(slide.line, QStringLiteral("end_date %1 is before start_date %2").arg(p.end.toIsoString(), p.start.toIsoString()));
        }
        const QString headline = HtmlText::toPlainLine(slide.headline);
        const QString text = HtmlText::toPlainText(slide.text);
        QStringList quote{headline, text};
        quote.removeAll(QString());
        p.note = QStringLiteral("Era in the timeline: %1").arg(quote.join(QLatin1Char('\n')));
        p.key = m_keyPrefix + QStringLiteral(":era:")
                + StableKey::digest(p.start.toIsoString() + QLatin1Char('|') + p.end.toIsoString() + QLatin1Char('|') + headline);
        TimelineJsSlide onTitleLane = slide;
        onTitleLane.group.clear();
        onTitleLane.mediaUrl.clear();
        linked.jurisdictionKey = laneFor(onTitleLane);
        linked.citations = citations(onTitleLane, quote.join(QLatin1Char('\n')));
        if (std::any_of(m_data.periods.cbegin(), m_data.periods.cend(), [&](const auto &other) { return other.period.key == p.key; }))
            m_data.warnings.append({slide.line, QStringLiteral("the era repeats an earlier era (same dates and headline); imported once")});
        else
            m_data.periods.append(linked);
    }
    m_data.sources.first().text = m_sourceText.join(QStringLiteral("\n\n"));
    return std::move(m_data);
}

}  // namespace caseline
