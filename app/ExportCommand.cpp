#include "ExportCommand.h"

#include "CommandSupport.h"
#include "ExitCode.h"
#include "FilterOptions.h"
#include "io/CaseWriterRegistry.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QSaveFile>

namespace caseline {

namespace {
QString countsLine(const ExportSummary &s)
{
    QStringList parts{QStringLiteral("%1 events").arg(s.events)};
    if (s.skippedEvents)
        parts << QStringLiteral("%1 left out").arg(s.skippedEvents);
    if (s.periods)
        parts << QStringLiteral("%1 policy periods").arg(s.periods);
    parts << QStringLiteral("%1 jurisdictions").arg(s.jurisdictions);
    if (s.sources)
        parts << QStringLiteral("%1 sources").arg(s.sources);
    if (s.stories)
        parts << QStringLiteral("%1 stories").arg(s.stories);
    return parts.join(QStringLiteral(", "));
}
}  // namespace

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export the events of a case file (all, or those the filters select) to another format. The output "
        "file is replaced only when the export has succeeded."));
    parser.addPositionalArgument(QStringLiteral("CASEFILE"), QStringLiteral("The case file."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("The output format: %1.").arg(CaseWriterRegistry::keys().join(QStringLiteral(", "))),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("Title of the chronology, timeline or calendar."), QStringLiteral("TEXT")});
    FilterOptions::addTo(parser);
    int exitCode = ExitOk;
    if (!parseOrReport(parser, arguments, 1, exitCode))
        return exitCode;

    const auto usage = [&](const QString &why) {
        printError(QStringLiteral("%1: %2").arg(arguments.value(0), why));
        return int(ExitUsage);
    };
    const QString format = parser.value(QStringLiteral("format"));
    const CaseWriter *writer = CaseWriterRegistry::byKey(format);
    if (!writer)
        return usage(format.isEmpty() ? QStringLiteral("--format is required (one of: %1)").arg(CaseWriterRegistry::keys().join(QStringLiteral(", ")))
                                      : QStringLiteral("unknown --format '%1' (one of: %2)")
                                            .arg(format, CaseWriterRegistry::keys().join(QStringLiteral(", "))));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(QStringLiteral("--out FILE is required"));

    auto file = openCaseFileOrReport(parser.positionalArguments().first());
    if (!file)
        return ExitUnusableCaseFile;
    try {
        EventFilter filter;
        QString error;
        if (!FilterOptions::read(parser, *file, filter, &error)) {
            printError(error);
            return ExitBadInput;
        }
        // QSaveFile writes beside the target and renames on commit: a failed export leaves the
        // old file (or none), never half a file.
        QSaveFile output(out);
        if (!output.open(QIODevice::WriteOnly)) {
            printError(QStringLiteral("%1: cannot write: %2").arg(out, output.errorString()));
            return ExitBadInput;
        }
        ExportOptions options;
        options.title = parser.value(QStringLiteral("title"));
        const auto result = writer->write(*file, filter, options, output);
        if (const auto *failure = std::get_if<ExportError>(&result)) {
            output.cancelWriting();
            printError(QStringLiteral("%1: %2").arg(out, failure->message));
            return ExitBadInput;
        }
        if (!output.commit()) {
            printError(QStringLiteral("%1: cannot write: %2").arg(out, output.errorString()));
            return ExitBadInput;
        }
        const ExportSummary &summary = std::get<ExportSummary>(result);
        for (const QString &warning : summary.warnings)
            printError(QStringLiteral("%1: warning: %2").arg(out, warning));
        printLine(QStringLiteral("%1: exported as %2").arg(out, writer->formatName()));
        printLine(QStringLiteral("  %1").arg(countsLine(summary)));
    } catch (const CaseFileError &error) {
        printError(QStringLiteral("%1: %2").arg(file->path(), error.message()));
        return ExitUnusableCaseFile;
    }
    return ExitOk;
}

}  // namespace caseline
