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
    parser.setApplicationDescription(QStringLiteral(
        "Check a case file: integrity, the search index, schema version, counts, and every quote against\n"
        "the full text of its source (ignoring white space and typographic quotes, apostrophes and\n"
        "dashes). Quotes whose source keeps no text are counted as unchecked.\n"
        "Exit status: 0 sound and every checked quote matches; 2 a quote does not match its source's\n"
        "text (each such event is named); 3 the case file is unusable or damaged."));
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
        if (!check.isSound())
            return ExitUnusableCaseFile;
        const QuoteCheck &q = check.quotes;
        printLine(QStringLiteral("%1: quotes: %2 verified, %3 do not match, %4 unchecked (source has no text)")
                      .arg(path)
                      .arg(q.verified)
                      .arg(q.mismatched)
                      .arg(q.unchecked));
        for (const QuoteCheck::SourceCounts &s : q.bySource)
            printLine(QStringLiteral("%1: source %2 \"%3\": %4 verified, %5 mismatch, %6 no text")
                          .arg(path)
                          .arg(s.sourceId)
                          .arg(s.title)
                          .arg(s.verified)
                          .arg(s.mismatched)
                          .arg(s.unchecked));
        for (const QuoteCheck::Problem &p : q.mismatches) {
            const QString quote = p.quote.simplified();
            const QString start = quote.size() > 60 ? quote.left(60) + QStringLiteral("…") : quote;
            const QString matched = p.quote.left(p.matchedPrefix).simplified();
            const QString tail = matched.size() > 30 ? QStringLiteral("…") + matched.right(30) : matched;
            printError(QStringLiteral("%1: error: quote does not match source %2 \"%3\": %4 \"%5\", quote \"%6\"; "
                                      "matches up to character %7 (after \"%8\")")
                           .arg(path)
                           .arg(p.sourceId)
                           .arg(p.sourceTitle, p.ownerKind, p.ownerTitle, start)
                           .arg(p.matchedPrefix)
                           .arg(tail));
        }
        return q.mismatched > 0 ? ExitBadInput : ExitOk;
    } catch (const CaseFileError &error) {
        printError(QStringLiteral("%1: %2").arg(path, error.message()));
        return ExitUnusableCaseFile;
    }
}

}  // namespace caseline
