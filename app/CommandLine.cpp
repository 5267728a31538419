#include "CommandLine.h"

#include "ChartCommand.h"
#include "CheckCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "RenderCommand.h"
#include "SampleCommand.h"
#include "SourceCommand.h"
#include "StatsCommand.h"

#include <QTextStream>
#include <functional>
#include <map>

namespace caseline {

namespace {
using Handler = std::function<int(const QStringList &)>;

const std::map<QString, Handler> &handlers()
{
    static const std::map<QString, Handler> table{
        {QStringLiteral("sample"), runSampleCommand},
        {QStringLiteral("stats"), runStatsCommand},
        {QStringLiteral("check"), runCheckCommand},
        {QStringLiteral("chart"), runChartCommand},
        {QStringLiteral("render"), runRenderCommand},
        {QStringLiteral("import"), runImportCommand},
        {QStringLiteral("export"), runExportCommand},
        {QStringLiteral("source"), runSourceCommand},
    };
    return table;
}
}  // namespace

bool CommandLine::isSubcommand(const QString &word) { return handlers().count(word) > 0; }

int CommandLine::run(const QStringList &arguments)
{
    const auto it = handlers().find(arguments.value(1));
    if (it == handlers().end()) {
        QTextStream(stderr) << "caseline: unknown command '" << arguments.value(1) << "'\n";
        return ExitUsage;
    }
    // QCommandLineParser expects the program name first; "caseline stats" acts as the program.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + arguments.value(1));
    return it->second(rest);
}

}  // namespace caseline
