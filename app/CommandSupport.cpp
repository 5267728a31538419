#include "CommandSupport.h"

#include "ExitCode.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QTextStream>

namespace caseline {

void printError(const QString &message) { QTextStream(stderr) << message << '\n'; }
void printLine(const QString &text) { QTextStream(stdout) << text << '\n'; }

bool parseOrReport(QCommandLineParser &parser, const QStringList &arguments, int positionalCount, int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(QStringLiteral("%1: %2").arg(arguments.value(0), parser.errorText()));
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        exitCode = ExitOk;
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        printError(QStringLiteral("%1: expected %2 argument(s), got %3\n%4")
                       .arg(arguments.value(0))
                       .arg(positionalCount)
                       .arg(parser.positionalArguments().size())
                       .arg(parser.helpText()));
        exitCode = ExitUsage;
        return false;
    }
    return true;
}

std::unique_ptr<CaseFile> openCaseFileOrReport(const QString &path, bool createIfMissing, Database::Threads threads)
{
    try {
        auto file = CaseFile::open(path, createIfMissing ? CaseFile::OpenMode::CreateIfMissing : CaseFile::OpenMode::OpenExisting,
                                   nullptr, threads);
        if (!file->backupPath().isEmpty())
            printError(QStringLiteral("%1: upgraded from case-file schema %2 to %3; the original was kept as %4")
                           .arg(path)
                           .arg(file->migratedFromVersion())
                           .arg(file->schemaVersion())
                           .arg(file->backupPath()));
        return file;
    } catch (const CaseFileError &error) {
        printError(error.message());
        return nullptr;
    }
}

}  // namespace caseline
