#pragma once

#include "CaseWriter.h"
#include "ChronologyEntry.h"

namespace caseline {

class ExportSink;

// A chronology for a story draft: a title, then one entry per event — "date — title
// (jurisdiction)", the summary, the story's note — with numbered footnotes quoting each cited
// passage and naming its source (title, publisher, date, page, URL). Events come in date order,
// or in the story's order when the filter names a story. This class gathers the entries; the
// Markdown and HTML writers format them. The footnotes are kept until the end of the document:
// chronologies are drafts of a story, not million-event dumps.
class ChronologyWriter : public CaseWriter {
public:
    std::variant<ExportSummary, ExportError> write(CaseFile &file, const EventFilter &filter, const ExportOptions &options,
                                                   QIODevice &out) const override;

protected:
    // A footnote's title, outlet, date, page and link, each written by the format's own rules.
    using TextFormat = QString (*)(const QString &text);
    static QString footnoteDetails(const ChronologyFootnote &note, TextFormat escape, TextFormat webLink);

    virtual void writeStart(ExportSink &sink, const QString &title, const QString &description) const = 0;
    virtual void writeEntry(ExportSink &sink, const ChronologyEntry &entry) const = 0;
    virtual void writeEnd(ExportSink &sink, const QList<ChronologyFootnote> &footnotes) const = 0;
};

}  // namespace caseline
