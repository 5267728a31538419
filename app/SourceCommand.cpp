#include "SourceCommand.h"

#include "CommandSupport.h"
#include "ExitCode.h"
#include "io/DocumentText.h"
#include "model/PartialDate.h"
#include "model/Source.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>

namespace caseline {

namespace {
// The text layer of a PDF, pages separated by a form feed (\f) so a citation's page can be found
// by counting them. Returns false with a reason when there is no text to keep.
bool readPdfText(const QString &path, QString &text, QString &reason)
{
    QPdfDocument pdf;
    const QPdfDocument::Error error = pdf.load(path);
    if (error != QPdfDocument::Error::None) {
        reason = error == QPdfDocument::Error::IncorrectPassword ? QStringLiteral("the PDF is protected by a password")
                                                                  : QStringLiteral("not a readable PDF");
        return false;
    }
    QStringList pages;
    bool any = false;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        QString pageText = pdf.getAllText(page).text();
        pageText.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        pageText.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        pageText.remove(QLatin1Char('\f'));
        any = any || !pageText.trimmed().isEmpty();
        pages << pageText;
    }
    if (!any) {
        reason = QStringLiteral("the PDF has no text layer (a scan?); run OCR on it first");
        return false;
    }
    text = pages.join(QLatin1Char('\f'));
    return true;
}
}  // namespace

int runSourceCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Store a document's full text as a source of a case file, so that quotes citing it can be checked\n"
        "(caseline check). Action: add. Reads .txt and .md (UTF-8, or Windows-1252/Latin-1 with a note),\n"
        ".html/.htm (reduced to plain text: scripts, styles and markup dropped, nothing fetched) and .pdf\n"
        "with a text layer (pages separated by a form feed). Prints the new source's id and key."));
    parser.addPositionalArgument(QStringLiteral("add"), QStringLiteral("The action: add."));
    parser.addPositionalArgument(QStringLiteral("CASEFILE"), QStringLiteral("The case file (created when missing)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document: .txt, .md, .html, .pdf."));
    parser.addOption({QStringLiteral("title"), QStringLiteral("Title (default: the file name)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("outlet"), QStringLiteral("Publisher or outlet."), QStringLiteral("O")});
    parser.addOption({QStringLiteral("date"), QStringLiteral("Published: YYYY, YYYY-MM or YYYY-MM-DD."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("url"), QStringLiteral("Where the document was found."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("author"), QStringLiteral("Author."), QStringLiteral("A")});
    int exitCode = ExitOk;
    if (!parseOrReport(parser, arguments, 3, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.at(0) != QLatin1String("add")) {
        printError(QStringLiteral("%1: unknown action '%2' (expected: add)").arg(arguments.value(0), positional.at(0)));
        return ExitUsage;
    }
    const QString casePath = positional.at(1);
    const QString docPath = positional.at(2);

    Source source;
    source.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")).trimmed()
                                                         : QFileInfo(docPath).fileName();
    source.publisher = parser.value(QStringLiteral("outlet")).trimmed();
    source.url = parser.value(QStringLiteral("url")).trimmed();
    source.author = parser.value(QStringLiteral("author")).trimmed();
    if (source.title.isEmpty()) {
        printError(QStringLiteral("%1: --title must not be empty").arg(arguments.value(0)));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("date"))) {
        QString why;
        source.published = PartialDate::parse(parser.value(QStringLiteral("date")), &why);
        if (!source.published.isValid()) {
            printError(QStringLiteral("%1: --date: %2").arg(arguments.value(0), why));
            return ExitUsage;
        }
    }

    // Read the document before touching the case file: a bad document changes nothing.
    if (!QFileInfo(docPath).isFile()) {
        printError(QStringLiteral("%1: no such file").arg(docPath));
        return ExitBadInput;
    }
    QStringList notes;
    if (QFileInfo(docPath).suffix().toLower() == QLatin1String("pdf")) {
        QString why;
        if (!readPdfText(docPath, source.text, why)) {
            printError(QStringLiteral("%1: %2").arg(docPath, why));
            return ExitBadInput;
        }
        source.kind = QStringLiteral("document");
    } else {
        const DocumentText::Format format = DocumentText::formatOf(docPath);
        if (format == DocumentText::Format::Unsupported) {
            printError(QStringLiteral("%1: unsupported document type (use .txt, .md, .html or .pdf)").arg(docPath));
            return ExitBadInput;
        }
        QFile in(docPath);
        if (!in.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("%1: %2").arg(docPath, in.errorString()));
            return ExitBadInput;
        }
        const DocumentText doc = DocumentText::decode(in.readAll(), format);
        source.text = doc.text;
        notes = doc.notes;
    }
    if (source.text.trimmed().isEmpty()) {
        printError(QStringLiteral("%1: the document holds no text").arg(docPath));
        return ExitBadInput;
    }

    auto file = openCaseFileOrReport(casePath, true);
    if (!file)
        return ExitUnusableCaseFile;
    try {
        file->addSource(source);
    } catch (const CaseFileError &error) {
        printError(QStringLiteral("%1: %2").arg(casePath, error.message()));
        return ExitUnusableCaseFile;
    }
    for (const QString &note : notes)
        printError(QStringLiteral("%1: note: %2").arg(docPath, note));
    const int pages = source.text.count(QLatin1Char('\f')) + 1;
    printLine(QStringLiteral("%1: source %2 added (key %3): \"%4\", %5 characters of text%6")
                  .arg(casePath)
                  .arg(source.id)
                  .arg(source.key, source.title)
                  .arg(source.text.size())
                  .arg(source.kind == QLatin1String("document") ? QStringLiteral(", %1 page(s)").arg(pages) : QString()));
    return ExitOk;
}

}  // namespace caseline
