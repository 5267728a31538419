#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace caseline {

// The full text of a document file, to keep with a source: .txt and .md as they are, .html
// reduced to safe plain text (DocumentText), and the text layer of a .pdf through QtPdf, pages
// separated by a form feed (\f) so each quote's page can be found. Used by File-less callers
// alike: the reader panel and `caseline source add`.
class DocumentFile {
    Q_DECLARE_TR_FUNCTIONS(caseline::DocumentFile)
public:
    QString text;
    QString kind;       // "document" for a PDF, "article" otherwise
    QStringList notes;  // e.g. an encoding fallback
    QString error;      // why nothing could be read; empty on success
    int pageCount = 0;  // PDF pages; 0 for text without pages

    bool isOk() const { return error.isEmpty(); }

    // `progress` (pages done, pages) may answer false to stop reading: the result is then an error.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static DocumentFile read(const QString &path, const Progress &progress = {});
    static QString dialogFilter();  // for QFileDialog

private:
    static bool readPdf(const QString &path, DocumentFile &doc, const Progress &progress);
};

}  // namespace caseline
