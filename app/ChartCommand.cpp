#include "ChartCommand.h"

#include "CommandSupport.h"
#include "ExitCode.h"
#include "FilterOptions.h"
#include "analysis/ChartAggregator.h"
#include "charts/ChartExporter.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QFile>

namespace caseline {

namespace {
bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}
}  // namespace

int runChartCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draw a chart comparing sanctuary and 287(g) jurisdictions."));
    parser.addPositionalArgument(QStringLiteral("CASEFILE"), QStringLiteral("The case file."));
    parser.addOption({QStringLiteral("kind"), QStringLiteral("adoption, by-stance, event-study or ranking."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output file: .pdf, .png or .svg."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("Also write the numbers behind the chart as CSV."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("per-capita"), QStringLiteral("Events per 100,000 residents (by-stance, ranking).")});
    parser.addOption({QStringLiteral("bin"), QStringLiteral("year, quarter or month (default year)."), QStringLiteral("BIN"), QStringLiteral("year")});
    parser.addOption({QStringLiteral("top"), QStringLiteral("Ranking: how many jurisdictions (default 15)."), QStringLiteral("N"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("window"), QStringLiteral("Event study: bins before and after (default 5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("PDF/PNG page: a4 or letter (default a4)."), QStringLiteral("SIZE"), QStringLiteral("a4")});
    parser.addOption({QStringLiteral("orientation"), QStringLiteral("landscape or portrait (default landscape)."), QStringLiteral("O"),
                      QStringLiteral("landscape")});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("PNG resolution (default 150)."), QStringLiteral("DPI"), QStringLiteral("150")});
    FilterOptions::addTo(parser);
    int exitCode = ExitOk;
    if (!parseOrReport(parser, arguments, 1, exitCode))
        return exitCode;

    const auto usage = [&](const QString &why) {
        printError(QStringLiteral("%1: %2").arg(arguments.value(0), why));
        return int(ExitUsage);
    };
    ChartRequest request;
    const auto kind = ChartRequest::kindFromKey(parser.value(QStringLiteral("kind")));
    if (!kind)
        return usage(QStringLiteral("--kind must be adoption, by-stance, event-study or ranking"));
    request.kind = *kind;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || ChartExportOptions::formatOf(out).isEmpty())
        return usage(QStringLiteral("--out FILE.pdf|.png|.svg is required"));
    const auto bin = DateBinner::unitFromKey(parser.value(QStringLiteral("bin")));
    if (!bin)
        return usage(QStringLiteral("--bin must be year, quarter or month"));
    request.bin = *bin;
    request.perCapita = parser.isSet(QStringLiteral("per-capita"));
    bool ok = true;
    request.topN = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || request.topN < 1)
        return usage(QStringLiteral("--top must be a positive number"));
    request.windowBins = parser.value(QStringLiteral("window")).toInt(&ok);
    if (!ok || request.windowBins < 1 || request.windowBins > 600)
        return usage(QStringLiteral("--window must be a number from 1 to 600"));
    ChartExportOptions options;
    const QString page = parser.value(QStringLiteral("page")).toLower();
    if (page != QLatin1String("a4") && page != QLatin1String("letter"))
        return usage(QStringLiteral("--page must be a4 or letter"));
    options.pageSize = page == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    const QString orientation = parser.value(QStringLiteral("orientation")).toLower();
    if (orientation != QLatin1String("landscape") && orientation != QLatin1String("portrait"))
        return usage(QStringLiteral("--orientation must be landscape or portrait"));
    options.orientation = orientation == QLatin1String("portrait") ? QPageLayout::Portrait : QPageLayout::Landscape;
    options.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
    if (!ok || options.dpi < 36 || options.dpi > 1200)
        return usage(QStringLiteral("--dpi must be a number from 36 to 1200"));

    auto file = openCaseFileOrReport(parser.positionalArguments().first());
    if (!file)
        return ExitUnusableCaseFile;
    try {
        QString error;
        if (!FilterOptions::read(parser, *file, request.filter, &error)) {
            printError(error);
            return ExitBadInput;
        }
        const ChartData data = ChartAggregator(*file).compute(request);
        if (!ChartExporter::write(data, out, options, &error)) {
            printError(error);
            return ExitBadInput;
        }
        const QString dataPath = parser.value(QStringLiteral("data"));
        if (!dataPath.isEmpty() && !writeText(dataPath, data.toCsv())) {
            printError(QStringLiteral("%1: cannot write").arg(dataPath));
            return ExitBadInput;
        }
        printLine(QStringLiteral("%1: %2; %3 events, %4 jurisdictions").arg(out, data.title).arg(data.eventCount).arg(data.jurisdictionCount));
    } catch (const CaseFileError &error) {
        printError(QStringLiteral("%1: %2").arg(file->path(), error.message()));
        return ExitUnusableCaseFile;
    }
    return ExitOk;
}

}  // namespace caseline
