#include "TimelineJsWriter.h"

#include "ExportEvents.h"
#include "ExportLookup.h"
#include "ExportSink.h"
#include "JsonElementText.h"
#include "WebUrl.h"
#include "storage/CaseFile.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace caseline {

namespace {

QJsonObject dateJson(const PartialDate &d)
{
    QJsonObject o{{QStringLiteral("year"), d.yearValue()}};
    if (d.precision() != PartialDate::Precision::Year)
        o.insert(QStringLiteral("month"), d.monthValue());
    if (d.precision() == PartialDate::Precision::Day)
        o.insert(QStringLiteral("day"), d.dayValue());
    return o;
}

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

// Paragraphs at blank lines; single line breaks are kept inside the paragraph.
QString paragraphs(const QString &text)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    QString html;
    for (const QString &p : text.trimmed().split(blankLines, Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(escaped(p.trimmed()));
    return html;
}

QString sourceLine(const Source &s)
{
    QStringList parts;
    parts << (isWebUrl(s.url) ? QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(s.url), escaped(s.title)) : escaped(s.title));
    if (!s.publisher.isEmpty())
        parts << escaped(s.publisher);
    if (s.published.isValid())
        parts << escaped(s.published.toDisplayString());
    return QStringLiteral("<p>\u2014 %1</p>").arg(parts.join(QStringLiteral(", ")));
}

QString slideText(const Event &e, ExportLookup &lookup)
{
    QString html = paragraphs(e.summary);
    for (const Citation &c : e.citations) {
        if (!c.quote.trimmed().isEmpty())
            html += QStringLiteral("<blockquote>%1</blockquote>").arg(escaped(c.quote.trimmed()));
        html += sourceLine(lookup.source(c.sourceId));
    }
    return html;
}

// TimelineJS puts unique_id in the page address (#event-...): keep it to safe characters, and
// unique.
QString uniqueId(const QString &key, QSet<QString> &used)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString id = key;
    id.replace(unsafe, QStringLiteral("-"));
    if (id.isEmpty())
        id = QStringLiteral("event");
    QString candidate = id;
    for (int n = 2; used.contains(candidate); ++n)
        candidate = QStringLiteral("%1-%2").arg(id).arg(n);
    used.insert(candidate);
    return candidate;
}

QJsonObject eventSlide(const Event &e, ExportLookup &lookup, QSet<QString> &usedIds)
{
    QJsonObject slide{{QStringLiteral("start_date"), dateJson(e.start)},
                      {QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"), escaped(e.title)},
                                                           {QStringLiteral("text"), slideText(e, lookup)}}},
                      {QStringLiteral("group"), escaped(lookup.jurisdiction(e.jurisdictionId).displayName())},
                      {QStringLiteral("unique_id"), uniqueId(e.key, usedIds)}};
    if (e.end.isValid())
        slide.insert(QStringLiteral("end_date"), dateJson(e.end));
    for (const Citation &c : e.citations) {
        const Source &s = lookup.source(c.sourceId);
        if (isWebUrl(s.url)) {
            slide.insert(QStringLiteral("media"), QJsonObject{{QStringLiteral("url"), s.url},
                                                              {QStringLiteral("credit"), escaped(s.publisher)},
                                                              {QStringLiteral("caption"), escaped(s.title)}});
            break;
        }
    }
    return slide;
}

QJsonObject eraSlide(const PolicyPeriod &p, const Jurisdiction &j, const boost::gregorian::date &lastEventDay)
{
    PartialDate end = p.end;
    if (!end.isValid()) {
        const boost::gregorian::date day = lastEventDay.is_special() || lastEventDay < p.start.lastDay() ? p.start.lastDay()
                                                                                                       : lastEventDay;
        end = PartialDate::fromDate(day, PartialDate::Precision::Day);
    }
    return {{QStringLiteral("start_date"), dateJson(p.start)},
            {QStringLiteral("end_date"), dateJson(end)},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"),
                                                  escaped(QStringLiteral("%1: %2").arg(j.displayName(), stanceLabel(p.stance)))}}}};
}

}  // namespace

QString TimelineJsWriter::formatKey() const { return QStringLiteral("timelinejs"); }
QString TimelineJsWriter::formatName() const { return QStringLiteral("TimelineJS 3 JSON"); }
QString TimelineJsWriter::fileSuffix() const { return QStringLiteral("json"); }

std::variant<ExportSummary, ExportError> TimelineJsWriter::write(CaseFile &file, const EventFilter &filter,
                                                                 const ExportOptions &options, QIODevice &out) const
{
    ExportLookup lookup(file);
    ExportEvents events(file, filter);
    ExportSummary summary;
    ExportSink sink(out);

    const QString title = !options.title.isEmpty() ? options.title
                          : events.story()          ? events.story()->name
                                                    : file.info(QStringLiteral("title"));
    const QString description = events.story() && options.title.isEmpty() ? events.story()->description
                                                                          : file.info(QStringLiteral("description"));
    const QJsonObject titleSlide{{QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"), escaped(title)},
                                                                      {QStringLiteral("text"), paragraphs(description)}}}};
    sink << "{\n    \"title\": " << JsonElementText::indented(titleSlide, 1).trimmed() << ",\n    \"events\": [";

    QSet<QString> usedIds;
    QSet<qint64> lanes;
    boost::gregorian::date lastEventDay(boost::gregorian::not_a_date_time);
    const bool finished = events.forEach(options.progress, [&](const Event &e) {
        sink << (summary.events++ ? ",\n" : "\n") << JsonElementText::indented(eventSlide(e, lookup, usedIds), 2);
        lanes.insert(e.jurisdictionId);
        const auto last = e.end.isValid() ? e.end.lastDay() : e.start.lastDay();
        if (lastEventDay.is_special() || last > lastEventDay)
            lastEventDay = last;
    });
    if (!finished)
        return ExportError{QStringLiteral("export cancelled"), true};
    sink << (summary.events ? "\n    ],\n    \"eras\": [" : "],\n    \"eras\": [");
    for (const PolicyPeriod &p : file.policyPeriods()) {
        if (!lanes.contains(p.jurisdictionId))
            continue;
        sink << (summary.periods++ ? ",\n" : "\n")
             << JsonElementText::indented(eraSlide(p, lookup.jurisdiction(p.jurisdictionId), lastEventDay), 2);
    }
    sink << (summary.periods ? "\n    ]\n}\n" : "]\n}\n");
    if (!sink.flush())
        return ExportError{sink.errorString()};
    summary.jurisdictions = int(lanes.size());
    return summary;
}

}  // namespace caseline
