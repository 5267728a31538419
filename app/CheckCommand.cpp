#include "CheckCommand.h"

#include "CommandSupport.h"
#include "ExitCode.h"
#include "analysis/CaseCheck.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

namespace caseline {

int runCheckCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check a case file: integrity, schema version, counts."));
    parser.addPositionalArgument(QStringLiteral("CASEFILE"), QStringLiteral("The case file."));
    int exitCode = ExitOk;
    if (!parseOrReport(parser, arguments, 1, exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().first();
    auto file = openCaseFileOrReport(path);
    if (!file)
        return ExitUnusableCaseFile;
    try {
        const CaseCheck check = CaseCheck::run(*file);
        printLine(QStringLiteral("%1: schema version %2, integrity %3").arg(path).arg(check.schemaVersion).arg(check.integrity));
        printLine(QStringLiteral("%1: %2 events, %3 jurisdictions, %4 sources, %5 citations, %6 policy periods, %7 stories")
                      .arg(path)
                      .arg(check.events)
                      .arg(check.jurisdictions)
                      .arg(check.sources)
                      .arg(check.citations)
                      .arg(check.policyPeriods)
                      .arg(check.stories));
        for (const QString &w : check.warnings)
            printLine(QStringLiteral("%1: warning: %2").arg(path, w));
        for (const QString &e : check.errors)
            printError(QStringLiteral("%1: error: %2").arg(path, e));
        return check.isSound() ? ExitOk : ExitUnusableCaseFile;
    } catch (const CaseFileError &error) {
        printError(QStringLiteral("%1: %2").arg(path, error.message()));
        return ExitUnusableCaseFile;
    }
}

}  // namespace caseline
