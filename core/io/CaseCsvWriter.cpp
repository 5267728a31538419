#include "CaseCsvWriter.h"

#include "CsvCell.h"
#include "ExportEvents.h"
#include "ExportLookup.h"
#include "ExportSink.h"

#include <QSet>

namespace caseline {

namespace {

const char *const kHeader =
    "id,jurisdiction,state,jurisdiction_kind,type,start,end,title,summary,location,status,tags,people,"
    "source_title,source_publisher,source_url,source_published,quote,page,note\r\n";

// The reader collapses white space in one-line fields and trims multi-line ones.
QString line(const QString &text) { return CsvCell::format(text.simplified()); }
QString block(const QString &text) { return CsvCell::format(text.trimmed()); }

QString people(const QList<EventPerson> &list)
{
    QStringList entries;
    for (const EventPerson &p : list) {
        const QString name = p.name.simplified();
        const QString role = p.role.simplified();
        entries << (role.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, role));
    }
    return entries.join(QStringLiteral("; "));
}

QString tags(const QStringList &list)
{
    QStringList trimmed;
    for (const QString &tag : list)
        if (!tag.trimmed().isEmpty())
            trimmed << tag.trimmed();
    return trimmed.join(QStringLiteral("; "));
}

// The columns before the citation, the same on every row of one event.
QString eventCells(const Event &e, const Jurisdiction &j)
{
    const QStringList cells{
        line(e.key), line(j.name), line(j.state), line(jurisdictionKindKey(j.kind)), line(eventTypeKey(e.type)),
        line(e.start.toIsoString()), line(e.end.isValid() ? e.end.toIsoString() : QString()), line(e.title),
        block(e.summary), line(e.location), line(eventStatusKey(e.status)), line(tags(e.tags)), line(people(e.people))};
    return cells.join(QLatin1Char(','));
}

QString citationCells(const Citation *c, const Source *s)
{
    if (!c || !s)
        return QStringLiteral(",,,,,");
    const QStringList cells{line(s->title), line(s->publisher), line(s->url),
                            line(s->published.isValid() ? s->published.toIsoString() : QString()), block(c->quote),
                            line(c->page ? QString::number(*c->page) : QString())};
    return cells.join(QLatin1Char(','));
}

}  // namespace

QString CaseCsvWriter::formatKey() const { return QStringLiteral("csv"); }
QString CaseCsvWriter::formatName() const { return QStringLiteral("Caseline CSV (one row per event and citation)"); }
QString CaseCsvWriter::fileSuffix() const { return QStringLiteral("csv"); }

std::variant<ExportSummary, ExportError> CaseCsvWriter::write(CaseFile &file, const EventFilter &filter,
                                                              const ExportOptions &options, QIODevice &out) const
{
    ExportSink sink(out);
    ExportLookup lookup(file);
    ExportEvents events(file, filter);
    ExportSummary summary;
    QSet<qint64> jurisdictions, sources;
    sink << QByteArray("\xEF\xBB\xBF") << kHeader;
    const bool finished = events.forEach(options.progress, [&](const Event &e) {
        const QString front = eventCells(e, lookup.jurisdiction(e.jurisdictionId));
        const QString note = block(e.note);
        if (e.citations.isEmpty())
            sink << front << QLatin1Char(',') + citationCells(nullptr, nullptr) + QLatin1Char(',') << note << "\r\n";
        for (const Citation &c : e.citations) {
            sink << front << QLatin1Char(',') + citationCells(&c, &lookup.source(c.sourceId)) + QLatin1Char(',') << note
                 << "\r\n";
            sources.insert(c.sourceId);
        }
        jurisdictions.insert(e.jurisdictionId);
        ++summary.events;
    });
    if (!finished)
        return ExportError{QStringLiteral("export cancelled"), true};
    if (!sink.flush())
        return ExportError{sink.errorString()};
    summary.jurisdictions = int(jurisdictions.size());
    summary.sources = int(sources.size());
    return summary;
}

}  // namespace caseline
