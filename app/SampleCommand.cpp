#include "SampleCommand.h"

#include "CommandSupport.h"
#include "ExitCode.h"
#include "io/SampleCase.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QFileInfo>

namespace caseline {

int runSampleCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the bundled sample case to a new case file."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("The case file to create."), QStringLiteral("FILE")});
    int exitCode = ExitOk;
    if (!parseOrReport(parser, arguments, 0, exitCode))
        return exitCode;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(QStringLiteral("%1: --out FILE is required").arg(arguments.value(0)));
        return ExitUsage;
    }
    if (QFileInfo::exists(out)) {
        printError(QStringLiteral("%1: already exists; the sample is only written to a new file").arg(out));
        return ExitUsage;
    }
    auto file = openCaseFileOrReport(out, true);
    if (!file)
        return ExitUnusableCaseFile;
    try {
        const auto counts = SampleCase::writeTo(*file);
        printLine(QStringLiteral("%1: sample case written: %2 events in %3 jurisdictions, %4 sources, %5 policy periods")
                      .arg(out)
                      .arg(counts.events)
                      .arg(counts.jurisdictions)
                      .arg(counts.sources)
                      .arg(counts.periods));
    } catch (const CaseFileError &error) {
        printError(QStringLiteral("%1: %2").arg(out, error.message()));
        return ExitUnusableCaseFile;
    }
    return ExitOk;
}

}  // namespace caseline
