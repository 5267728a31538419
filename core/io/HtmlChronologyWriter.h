#pragma once

#include "ChronologyWriter.h"

namespace caseline {

// The chronology as one self-contained HTML page (UTF-8, an inline style sheet, no scripts, no
// external resources, and a Content-Security-Policy that forbids loading any). Every text from
// the case is escaped; the only links are footnote anchors and sources' http(s) URLs.
class HtmlChronologyWriter : public ChronologyWriter {
public:
    QString formatKey() const override;
    QString formatName() const override;
    QString fileSuffix() const override;

protected:
    void writeStart(ExportSink &sink, const QString &title, const QString &description) const override;
    void writeEntry(ExportSink &sink, const ChronologyEntry &entry) const override;
    void writeEnd(ExportSink &sink, const QList<ChronologyFootnote> &footnotes) const override;
};

}  // namespace caseline
