#include "MarkdownChronologyWriter.h"

#include "ExportSink.h"

namespace caseline {

namespace {
// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start
// or end markup inside a line.
QString escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~&!");
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

// An autolink; the two characters that would end or break it are percent-encoded.
QString link(const QString &url)
{
    return QStringLiteral("<%1>").arg(QString(url).replace(QLatin1Char('>'), QStringLiteral("%3E")).replace(QLatin1Char(' '), QStringLiteral("%20")));
}

QString paragraphs(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << escaped(line.trimmed());
    return lines.join(QLatin1Char('\n'));
}
}  // namespace

QString MarkdownChronologyWriter::formatKey() const { return QStringLiteral("markdown"); }
QString MarkdownChronologyWriter::formatName() const { return QStringLiteral("Markdown chronology with source footnotes"); }
QString MarkdownChronologyWriter::fileSuffix() const { return QStringLiteral("md"); }

void MarkdownChronologyWriter::writeStart(ExportSink &sink, const QString &title, const QString &description) const
{
    sink << QStringLiteral("# %1\n\n").arg(escaped(title.simplified()));
    if (!description.trimmed().isEmpty())
        sink << paragraphs(description.trimmed()) << "\n\n";
}

void MarkdownChronologyWriter::writeEntry(ExportSink &sink, const ChronologyEntry &entry) const
{
    QString refs;
    for (const ChronologyFootnote &note : entry.footnotes)
        refs += QStringLiteral("[^%1]").arg(note.number);
    sink << QStringLiteral("**%1** \u2014 %2 (%3)%4\n\n")
                .arg(escaped(entry.date), escaped(entry.title.simplified()), escaped(entry.jurisdiction), refs);
    if (!entry.summary.isEmpty())
        sink << paragraphs(entry.summary) << "\n\n";
    if (!entry.storyNote.isEmpty())
        sink << QStringLiteral("*Note:* %1\n\n").arg(paragraphs(entry.storyNote));
}

void MarkdownChronologyWriter::writeEnd(ExportSink &sink, const QList<ChronologyFootnote> &footnotes) const
{
    if (footnotes.isEmpty())
        return;
    sink << "## Sources\n\n";
    for (const ChronologyFootnote &note : footnotes) {
        const QString quote = note.quote.isEmpty() ? QString() : QStringLiteral("\u201C%1\u201D \u2014 ").arg(escaped(note.quote));
        sink << QStringLiteral("[^%1]: %2%3\n").arg(note.number).arg(quote, footnoteDetails(note, escaped, link));
    }
}

}  // namespace caseline
