#pragma once

#include "ChronologyWriter.h"

namespace caseline {

// The chronology as Markdown (CommonMark with GitHub-style footnotes, [^1]), for pasting into a
// story draft. Text from the case is backslash-escaped, so a title never turns into markup.
class MarkdownChronologyWriter : public ChronologyWriter {
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
