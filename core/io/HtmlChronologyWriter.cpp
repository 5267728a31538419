#include "HtmlChronologyWriter.h"

#include "ExportSink.h"

#include <QRegularExpression>

namespace caseline {

namespace {
QString escaped(const QString &text) { return text.toHtmlEscaped(); }
QString link(const QString &url) { return QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped(url)); }

QString paragraphs(const QString &text, const char *cssClass)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    QString html;
    for (const QString &p : text.split(blankLines, Qt::SkipEmptyParts))
        html += QStringLiteral("<p class=\"%1\">%2</p>\n").arg(QLatin1String(cssClass), escaped(p.trimmed()));
    return html;
}

const char *const kStyle =
    "body{font-family:Georgia,'DejaVu Serif',serif;max-width:44em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
    "h1{line-height:1.2}.entry{margin:1.4em 0}.entry p{margin:.3em 0}.note{color:#555;font-style:italic}"
    "sup a{text-decoration:none}blockquote{margin:.2em 0 .2em 1.2em;font-style:italic}"
    ".sources{margin-top:2.5em;border-top:1px solid #aaa;font-size:.92em}";
}  // namespace

QString HtmlChronologyWriter::formatKey() const { return QStringLiteral("html"); }
QString HtmlChronologyWriter::formatName() const { return QStringLiteral("HTML chronology with source footnotes"); }
QString HtmlChronologyWriter::fileSuffix() const { return QStringLiteral("html"); }

void HtmlChronologyWriter::writeStart(ExportSink &sink, const QString &title, const QString &description) const
{
    sink << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"Caseline\">\n"
         << QStringLiteral("<title>%1</title>\n").arg(escaped(title.simplified())) << "<style>" << kStyle
         << "</style>\n</head>\n<body>\n"
         << QStringLiteral("<h1>%1</h1>\n").arg(escaped(title.simplified())) << paragraphs(description, "description");
}

void HtmlChronologyWriter::writeEntry(ExportSink &sink, const ChronologyEntry &entry) const
{
    QString refs;
    for (const ChronologyFootnote &note : entry.footnotes)
        refs += QStringLiteral("<sup><a href=\"#source-%1\" id=\"cite-%1\">%1</a></sup>").arg(note.number);
    sink << "<section class=\"entry\">\n"
         << QStringLiteral("<p><strong>%1</strong> \u2014 %2 (%3)%4</p>\n")
                .arg(escaped(entry.date), escaped(entry.title.simplified()), escaped(entry.jurisdiction), refs)
         << paragraphs(entry.summary, "summary") << paragraphs(entry.storyNote, "note") << "</section>\n";
}

void HtmlChronologyWriter::writeEnd(ExportSink &sink, const QList<ChronologyFootnote> &footnotes) const
{
    if (!footnotes.isEmpty()) {
        sink << "<section class=\"sources\">\n<h2>Sources</h2>\n<ol>\n";
        for (const ChronologyFootnote &note : footnotes) {
            const QString quote = note.quote.isEmpty() ? QString()
                                                       : QStringLiteral("<blockquote>%1</blockquote>").arg(escaped(note.quote));
            sink << QStringLiteral("<li id=\"source-%1\">%2%3 <a href=\"#cite-%1\" title=\"back\">\u21A9</a></li>\n")
                        .arg(QString::number(note.number), quote, footnoteDetails(note, escaped, link));
        }
        sink << "</ol>\n</section>\n";
    }
    sink << "</body>\n</html>\n";
}

}  // namespace caseline
