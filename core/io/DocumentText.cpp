#include "DocumentText.h"

#include "HtmlText.h"
#include "TextEncoding.h"

#include <QFileInfo>

namespace caseline {

DocumentText::Format DocumentText::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text") || suffix == QLatin1String("md")
        || suffix == QLatin1String("markdown"))
        return Format::PlainText;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;
    return Format::Unsupported;
}

DocumentText DocumentText::decode(QByteArrayView bytes, Format format)
{
    DocumentText doc;
    doc.format = format;
    const QByteArrayView body = TextEncoding::withoutUtf8Bom(bytes);
    QString text;
    const qsizetype bad = TextEncoding::firstInvalidUtf8(body);
    if (bad < 0) {
        text = QString::fromUtf8(body);
    } else {
        text = TextEncoding::decodeWindows1252(body);
        doc.notes << QStringLiteral("not UTF-8 (byte %1 is invalid); read as Windows-1252 (Latin-1)").arg(bad + 1);
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (format == Format::Html)
        text = HtmlText::toPlainText(text);
    doc.text = text;
    return doc;
}

}  // namespace caseline
