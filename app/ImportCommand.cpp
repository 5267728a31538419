#include "ImportCommand.h"

#include "CommandSupport.h"
#include "ExitCode.h"
#include "io/CaseCsvBulkImport.h"
#include "io/CaseDataWriter.h"
#include "io/CaseReaderRegistry.h"
#include "io/MappedInput.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace caseline {

namespace {

// A case file this command created must not outlive a failed import: the user asked for an
// import, not for an empty case.
void removeCreatedCaseFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

std::variant<const CaseReader *, int> chooseReader(const QString &format, const QString &input, const QByteArray &data,
                                                   const QString &command)
{
    if (format.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        if (const CaseReader *reader = CaseReaderRegistry::byKey(format))
            return reader;
        printError(QStringLiteral("%1: unknown --format '%2' (one of: auto, %3)")
                       .arg(command, format, CaseReaderRegistry::keys().join(QStringLiteral(", "))));
        return int(ExitUsage);
    }
    auto detected = CaseReaderRegistry::detect(data.left(CaseReaderRegistry::kHeadSize), input);
    if (const auto *error = std::get_if<ImportError>(&detected)) {
        printError(error->toString());
        return int(ExitBadInput);
    }
    return std::get<const CaseReader *>(detected);
}

}  // namespace

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import a file into a case file, in one transaction; the case file is created if missing. "
        "Importing the same file again updates what it added instead of adding it twice."));
    parser.addPositionalArgument(QStringLiteral("CASEFILE"), QStringLiteral("The case file (created if missing)."));
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("The file to import."));
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("The input format: auto (the default: recognised from the content), %1.")
                          .arg(CaseReaderRegistry::keys().join(QStringLiteral(", "))),
                      QStringLiteral("FORMAT"), QStringLiteral("auto")});
    int exitCode = ExitOk;
    if (!parseOrReport(parser, arguments, 2, exitCode))
        return exitCode;
    const QString casePath = parser.positionalArguments().at(0);
    const QString input = parser.positionalArguments().at(1);

    MappedInput mapped(input);
    if (!mapped.open()) {
        printError(QStringLiteral("%1: cannot read: %2").arg(input, mapped.errorString()));
        return ExitBadInput;
    }
    const auto chosen = chooseReader(parser.value(QStringLiteral("format")), input, mapped.bytes(), arguments.value(0));
    if (const int *code = std::get_if<int>(&chosen))
        return *code;
    const CaseReader *reader = std::get<const CaseReader *>(chosen);
    // The streaming CSV path reads the mapped file and hands parsed pages back; the other
    // readers get an ordinary copy in memory.
    const QByteArray data = reader->formatKey() == QLatin1String("csv")
        ? mapped.bytes()
        : QByteArray(mapped.bytes().constData(), mapped.bytes().size());

    // Caseline CSV streams into the case file row by row in one transaction (a million rows
    // need not fit in memory as a case); bad input rolls it back, so the case file is as it was.
    const bool bulk = reader->formatKey() == QLatin1String("csv");
    // Other formats are read whole before the case file is touched.
    std::variant<CaseData, ImportError> result = CaseData();
    if (!bulk)
        result = reader->read(data, input);
    if (const auto *error = std::get_if<ImportError>(&result)) {
        printError(error->toString());
        return ExitBadInput;
    }
    const CaseData &caseData = std::get<CaseData>(result);
    QList<ImportWarning> warnings = caseData.warnings;

    const bool existed = QFileInfo::exists(casePath);
    // The import's other threads have connections of their own.
    auto file = openCaseFileOrReport(casePath, true, Database::Threads::OneAtATime);
    if (!file) {
        if (!existed)
            removeCreatedCaseFile(casePath);
        return ExitUnusableCaseFile;
    }
    CaseDataWriter::Counts counts;
    try {
        if (bulk) {
            CaseCsvBulkImport bulk(*file);
            bulk.setConsumed([&mapped](const char *position) { mapped.releaseBefore(position); });
            bulk.setInputScan(mapped.scan());
            // This command holds the case file alone unless a window has it open.
            bulk.setRollbackJournalIfAlone(true);
            const auto imported = bulk.import(data, input);
            counts = imported.counts;
            warnings = imported.warnings;
        } else {
            counts = CaseDataWriter(*file).write(caseData);
        }
    } catch (const ImportError &error) {
        file.reset();
        if (!existed)
            removeCreatedCaseFile(casePath);
        printError(error.toString());
        return ExitBadInput;
    } catch (const CaseFileError &error) {
        file.reset();
        if (!existed)
            removeCreatedCaseFile(casePath);
        if (error.kind() == CaseFileError::Kind::Constraint) {
            printError(QStringLiteral("%1: cannot be stored: %2").arg(input, error.message()));
            return ExitBadInput;
        }
        printError(QStringLiteral("%1: %2").arg(casePath, error.message()));
        return ExitUnusableCaseFile;
    }

    std::stable_sort(warnings.begin(), warnings.end(), [](const auto &a, const auto &b) { return a.line < b.line; });
    for (const ImportWarning &warning : std::as_const(warnings))
        printError(warning.toString(input));
    printLine(QStringLiteral("%1: imported %2 as %3 into %4")
                  .arg(input, QFileInfo(input).fileName(), reader->formatName(), casePath));
    printLine(QStringLiteral("  %1 events, %2 policy periods, %3 jurisdictions, %4 sources: %5 added, %6 updated%7")
                  .arg(counts.events)
                  .arg(counts.periods)
                  .arg(counts.jurisdictions)
                  .arg(counts.sources)
                  .arg(counts.added)
                  .arg(counts.updated)
                  .arg(warnings.isEmpty() ? QString() : QStringLiteral("; %1 warning(s) above").arg(warnings.size())));
    return ExitOk;
}

}  // namespace caseline
