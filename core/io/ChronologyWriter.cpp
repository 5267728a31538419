#include "ChronologyWriter.h"

#include "WebUrl.h"

#include "ExportEvents.h"
#include "ExportLookup.h"
#include "ExportSink.h"
#include "storage/CaseFile.h"

#include <QSet>

namespace caseline {

namespace {
QString dateText(const Event &e)
{
    return e.end.isValid() && e.end != e.start ? QStringLiteral("%1 \u2013 %2").arg(e.start.toDisplayString(), e.end.toDisplayString())
                                               : e.start.toDisplayString();
}
}  // namespace

std::variant<ExportSummary, ExportError> ChronologyWriter::write(CaseFile &file, const EventFilter &filter,
                                                                 const ExportOptions &options, QIODevice &out) const
{
    ExportLookup lookup(file);
    ExportEvents events(file, filter, ExportEvents::Order::StoryWhenFiltered);
    ExportSink sink(out);
    ExportSummary summary;

    QString title = options.title;
    QString description;
    if (events.story()) {
        description = events.story()->description;
        if (title.isEmpty())
            title = events.story()->name;
    } else {
        description = file.info(QStringLiteral("description"));
        if (title.isEmpty())
            title = file.info(QStringLiteral("title"));
    }
    if (title.isEmpty())
        title = QStringLiteral("Chronology");
    writeStart(sink, title, description);

    QList<ChronologyFootnote> footnotes;
    QSet<qint64> lanes, sources;
    const bool finished = events.forEach(options.progress, [&](const Event &e) {
        ChronologyEntry entry;
        entry.date = dateText(e);
        entry.title = e.title;
        entry.jurisdiction = lookup.jurisdiction(e.jurisdictionId).displayName();
        entry.summary = e.summary.trimmed();
        entry.storyNote = events.storyNote(e.id).trimmed();
        for (const Citation &c : e.citations) {
            const Source &s = lookup.source(c.sourceId);
            ChronologyFootnote note;
            note.number = int(footnotes.size()) + 1;
            note.quote = c.quote.simplified();
            note.sourceTitle = s.title;
            note.publisher = s.publisher;
            note.published = s.published.isValid() ? s.published.toDisplayString() : QString();
            note.page = c.page ? QString::number(*c.page) : QString();
            note.url = s.url;
            entry.footnotes.append(note);
            footnotes.append(note);
            sources.insert(c.sourceId);
        }
        writeEntry(sink, entry);
        lanes.insert(e.jurisdictionId);
        ++summary.events;
    });
    if (!finished)
        return ExportError{QStringLiteral("export cancelled"), true};
    writeEnd(sink, footnotes);
    if (!sink.flush())
        return ExportError{sink.errorString()};
    summary.jurisdictions = int(lanes.size());
    summary.sources = int(sources.size());
    return summary;
}

QString ChronologyWriter::footnoteDetails(const ChronologyFootnote &note, TextFormat escape, TextFormat webLink)
{
    QStringList where{escape(note.sourceTitle.simplified())};
    if (!note.publisher.isEmpty())
        where << escape(note.publisher.simplified());
    if (!note.published.isEmpty())
        where << escape(note.published);
    if (!note.page.isEmpty())
        where << QStringLiteral("p. %1").arg(note.page);
    if (isWebUrl(note.url))
        where << webLink(note.url);
    else if (!note.url.isEmpty())
        where << escape(note.url);
    return where.join(QStringLiteral(", "));
}

}  // namespace caseline
