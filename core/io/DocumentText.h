#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace caseline {

// The full text of a document to keep with a source: plain text and Markdown as they are (UTF-8,
// or Windows-1252/Latin-1 when the bytes are not UTF-8, with a note saying so), HTML reduced to
// its safe plain text (HtmlText: nothing fetched or run, no markup kept). Line breaks become \n.
// PDF needs a PDF library and is read by the command line, not here.
struct DocumentText {
    enum class Format { PlainText, Html, Unsupported };

    QString text;
    Format format = Format::Unsupported;
    QStringList notes;  // e.g. the encoding fallback

    static Format formatOf(const QString &fileName);  // by suffix: .txt .text .md .markdown .htm .html
    static DocumentText decode(QByteArrayView bytes, Format format);
};

}  // namespace caseline
