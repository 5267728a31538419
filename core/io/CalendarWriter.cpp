#include "CalendarWriter.h"

#include "ExportEvents.h"
#include "ExportLookup.h"
#include "ExportSink.h"
#include "IcsContentLine.h"
#include "WebUrl.h"
#include "storage/CaseFile.h"
#include "util/Clock.h"

#include <QSet>

namespace caseline {

namespace {

QString icsDate(const boost::gregorian::date &d)
{
    return QStringLiteral("%1%2%3").arg(int(d.year()), 4, 10, QLatin1Char('0')).arg(int(d.month()), 2, 10, QLatin1Char('0'))
        .arg(int(d.day()), 2, 10, QLatin1Char('0'));
}

bool knownToTheDay(const Event &e)
{
    return e.start.precision() == PartialDate::Precision::Day
           && (!e.end.isValid() || e.end.precision() == PartialDate::Precision::Day);
}

QString description(const Event &e, ExportLookup &lookup)
{
    QStringList parts;
    if (!e.summary.trimmed().isEmpty())
        parts << e.summary.trimmed();
    if (!e.citations.isEmpty()) {
        const Citation &c = e.citations.first();
        const Source &s = lookup.source(c.sourceId);
        QStringList where{s.title};
        if (!s.publisher.isEmpty())
            where << s.publisher;
        if (s.published.isValid())
            where << s.published.toDisplayString();
        if (!s.url.isEmpty())
            where << s.url;
        parts << QStringLiteral("Source: %1").arg(where.join(QStringLiteral(", ")));
        if (!c.quote.trimmed().isEmpty())
            parts << QStringLiteral("\u201C%1\u201D").arg(c.quote.trimmed());
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString text(const QString &text) { return IcsContentLine::escapeText(text); }

}  // namespace

QString CalendarWriter::formatKey() const { return QStringLiteral("ics"); }
QString CalendarWriter::formatName() const { return QStringLiteral("iCalendar (all-day events known to the day)"); }
QString CalendarWriter::fileSuffix() const { return QStringLiteral("ics"); }

std::variant<ExportSummary, ExportError> CalendarWriter::write(CaseFile &file, const EventFilter &filter,
                                                               const ExportOptions &options, QIODevice &out) const
{
    ExportLookup lookup(file);
    ExportEvents events(file, filter);
    ExportSink sink(out);
    ExportSummary summary;
    const Clock &clock = options.clock ? *options.clock : Clock::system();
    const QString stamp = clock.now().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString name = !options.title.isEmpty() ? options.title
                         : events.story()          ? events.story()->name
                                                   : file.info(QStringLiteral("title"));
    const auto line = [&](const QString &content) { sink << IcsContentLine::folded(content); };

    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Caseline//Caseline %1//EN").arg(QStringLiteral(CASELINE_VERSION)));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    if (!name.isEmpty())
        line(QStringLiteral("X-WR-CALNAME:") + text(name.simplified()));

    QSet<qint64> lanes;
    const bool finished = events.forEach(options.progress, [&](const Event &e) {
        if (!knownToTheDay(e)) {
            ++summary.skippedEvents;
            return;
        }
        const Jurisdiction &j = lookup.jurisdiction(e.jurisdictionId);
        QStringList place{e.location.simplified(), j.displayName()};
        place.removeAll(QString());
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + text(e.key + QStringLiteral("@caseline")));
        line(QStringLiteral("DTSTAMP:") + stamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + icsDate(e.start.firstDay()));
        // All-day events end on the day after their last day (DTEND is exclusive).
        const auto lastDay = e.end.isValid() ? e.end.lastDay() : e.start.lastDay();
        line(QStringLiteral("DTEND;VALUE=DATE:") + icsDate(lastDay + boost::gregorian::days(1)));
        line(QStringLiteral("SUMMARY:") + text(e.title.simplified()));
        const QString about = description(e, lookup);
        if (!about.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + text(about));
        line(QStringLiteral("LOCATION:") + text(place.join(QStringLiteral(", "))));
        line(QStringLiteral("CATEGORIES:") + text(eventTypeLabel(e.type)));
        line(QStringLiteral("STATUS:") + (e.status == EventStatus::Confirmed ? QStringLiteral("CONFIRMED") : QStringLiteral("TENTATIVE")));
        for (const Citation &c : e.citations) {
            const Source &s = lookup.source(c.sourceId);
            if (isWebUrl(s.url)) {
                line(QStringLiteral("URL:") + s.url.simplified().replace(QLatin1Char(' '), QStringLiteral("%20")));
                break;
            }
        }
        line(QStringLiteral("END:VEVENT"));
        lanes.insert(e.jurisdictionId);
        ++summary.events;
    });
    if (!finished)
        return ExportError{QStringLiteral("export cancelled"), true};
    line(QStringLiteral("END:VCALENDAR"));
    if (!sink.flush())
        return ExportError{sink.errorString()};
    summary.jurisdictions = int(lanes.size());
    if (summary.skippedEvents > 0)
        summary.warnings << QStringLiteral("%1 event(s) known only to the month or year were left out of the calendar")
                                .arg(summary.skippedEvents);
    return summary;
}

}  // namespace caseline
