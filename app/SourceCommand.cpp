#include "SourceCommand.h"

#include "CommandSupport.h"
#include "ExitCode.h"
#include "model/PartialDate.h"
#include "reader/DocumentFile.h"
#include "model/Source.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QFileInfo>

namespace caseline {

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
    const DocumentFile doc = DocumentFile::read(docPath);
    if (!doc.isOk()) {
        printError(QStringLiteral("%1: %2").arg(docPath, doc.error));
        return ExitBadInput;
    }
    source.text = doc.text;
    source.kind = doc.kind;
    const QStringList notes = doc.notes;

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
    printLine(QStringLiteral("%1: source %2 added (key %3): \"%4\", %5 characters of text%6")
                  .arg(casePath)
                  .arg(source.id)
                  .arg(source.key, source.title)
                  .arg(source.text.size())
                  .arg(source.kind == QLatin1String("document") ? QStringLiteral(", %1 page(s)").arg(doc.pageCount) : QString()));
    return ExitOk;
}

}  // namespace caseline
