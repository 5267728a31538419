#include "RenderCommand.h"

#include "CommandSupport.h"
#include "ExitCode.h"
#include "FilterOptions.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"
#include "timeline/TimelineRenderer.h"

#include <QFileInfo>

namespace caseline {

int runRenderCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draw the timeline (lanes, stance bands, events, legend) to PDF or PNG."));
    parser.addPositionalArgument(QStringLiteral("CASEFILE"), QStringLiteral("The case file."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output file: .pdf (vector) or .png."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("order"), QStringLiteral("Lane order: name, state, count or stance (default count)."),
                      QStringLiteral("ORDER"), QStringLiteral("count")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("PNG width in pixels (default 1600)."), QStringLiteral("PX"), QStringLiteral("1600")});
    FilterOptions::addTo(parser);
    int exitCode = ExitOk;
    if (!parseOrReport(parser, arguments, 1, exitCode))
        return exitCode;
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("png"))) {
        printError(QStringLiteral("%1: --out FILE.pdf|.png is required").arg(arguments.value(0)));
        return ExitUsage;
    }
    TimelineRenderOptions options;
    const QString order = parser.value(QStringLiteral("order"));
    const std::pair<const char *, TimelineLaneOrder> orders[] = {{"name", TimelineLaneOrder::Name},
                                                                 {"state", TimelineLaneOrder::State},
                                                                 {"count", TimelineLaneOrder::EventCount},
                                                                 {"stance", TimelineLaneOrder::Stance}};
    const auto found = std::find_if(std::begin(orders), std::end(orders), [&](const auto &o) { return order == QLatin1String(o.first); });
    if (found == std::end(orders)) {
        printError(QStringLiteral("%1: --order must be name, state, count or stance").arg(arguments.value(0)));
        return ExitUsage;
    }
    options.laneOrder = found->second;
    bool ok = false;
    options.pngWidth = parser.value(QStringLiteral("width")).toInt(&ok);
    if (!ok || options.pngWidth < 400 || options.pngWidth > 20000) {
        printError(QStringLiteral("%1: --width must be a number from 400 to 20000").arg(arguments.value(0)));
        return ExitUsage;
    }
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
        // --from/--to set the drawn range as well as the filter.
        if (filter.from.isValid() || filter.to.isValid()) {
            const qint64 first = filter.from.isValid() ? filter.from.firstJulianDay() : filter.to.firstJulianDay() - 3650;
            const qint64 last = filter.to.isValid() ? filter.to.lastJulianDay() : filter.from.lastJulianDay() + 3650;
            options.days = DayRange{first, last};
        }
        if (!renderTimeline(*file, filter, options, out, &error)) {
            printError(error.startsWith(out) ? error : QStringLiteral("%1: %2").arg(out, error));
            return ExitBadInput;
        }
        printLine(QStringLiteral("%1: timeline written").arg(out));
    } catch (const CaseFileError &error) {
        printError(QStringLiteral("%1: %2").arg(file->path(), error.message()));
        return ExitUnusableCaseFile;
    }
    return ExitOk;
}

}  // namespace caseline
