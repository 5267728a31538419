#include "DocumentFile.h"

#include "io/DocumentText.h"

#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>

namespace caseline {

bool DocumentFile::readPdf(const QString &path, DocumentFile &doc, const Progress &progress)
{
    QPdfDocument pdf;
    const QPdfDocument::Error error = pdf.load(path);
    if (error != QPdfDocument::Error::None) {
        doc.error = error == QPdfDocument::Error::IncorrectPassword ? tr("the PDF is protected by a password")
                                                                     : tr("not a readable PDF");
        return false;
    }
    QStringList pages;
    bool any = false;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        if (progress && !progress(page, pdf.pageCount())) {
            doc.error = tr("reading was cancelled");
            return false;
        }
        QString pageText = pdf.getAllText(page).text();
        pageText.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        pageText.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        pageText.remove(QLatin1Char('\f'));  // form feeds are ours: they separate pages
        // PDFium marks a hyphenation point with the noncharacter U+FFFE ("co\uFFFElocated"): the
        // word is whole without it.
        pageText.remove(QChar(0xFFFE));
        any = any || !pageText.trimmed().isEmpty();
        pages << pageText;
    }
    if (!any) {
        doc.error = tr("the PDF has no text layer (a scan?); run OCR on it first");
        return false;
    }
    doc.text = pages.join(QLatin1Char('\f'));
    doc.pageCount = int(pages.size());
    doc.kind = QStringLiteral("document");
    return true;
}

DocumentFile DocumentFile::read(const QString &path, const Progress &progress)
{
    DocumentFile doc;
    doc.kind = QStringLiteral("article");
    if (!QFileInfo(path).isFile()) {
        doc.error = tr("no such file");
        return doc;
    }
    if (QFileInfo(path).suffix().toLower() == QLatin1String("pdf")) {
        readPdf(path, doc, progress);
    } else {
        const DocumentText::Format format = DocumentText::formatOf(path);
        if (format == DocumentText::Format::Unsupported) {
            doc.error = tr("unsupported document type (use .txt, .md, .html or .pdf)");
            return doc;
        }
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            doc.error = in.errorString();
            return doc;
        }
        const DocumentText decoded = DocumentText::decode(in.readAll(), format);
        doc.text = decoded.text;
        doc.notes = decoded.notes;
    }
    if (doc.isOk() && doc.text.trimmed().isEmpty())
        doc.error = tr("the document holds no text");
    if (!doc.isOk())
        doc.text.clear();
    return doc;
}

QString DocumentFile::dialogFilter()
{
    return tr("Documents (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)");
}

}  // namespace caseline
