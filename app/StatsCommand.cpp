#include "StatsCommand.h"

#include "CommandSupport.h"
#include "ExitCode.h"
#include "analysis/CaseStatistics.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace caseline {

namespace {
QJsonObject toJson(const CaseStatistics &s, const CaseFile &file)
{
    QJsonArray lanes;
    for (const auto &j : s.byJurisdiction)
        lanes.append(QJsonObject{{QStringLiteral("name"), j.name}, {QStringLiteral("state"), j.state},
                                 {QStringLiteral("kind"), j.kind}, {QStringLiteral("events"), j.events},
                                 {QStringLiteral("policy_periods"), j.policyPeriods}});
    const auto map = [](const QMap<QString, qint64> &m) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    return QJsonObject{{QStringLiteral("file"), file.path()},
                       {QStringLiteral("schema_version"), file.schemaVersion()},
                       {QStringLiteral("events"), s.events},
                       {QStringLiteral("jurisdictions"), s.jurisdictions},
                       {QStringLiteral("sources"), s.sources},
                       {QStringLiteral("citations"), s.citations},
                       {QStringLiteral("policy_periods"), s.policyPeriods},
                       {QStringLiteral("stories"), s.stories},
                       {QStringLiteral("events_without_citation"), s.eventsWithoutCitation},
                       {QStringLiteral("by_jurisdiction"), lanes},
                       {QStringLiteral("by_type"), map(s.byType)},
                       {QStringLiteral("by_stance_family"), map(s.byStanceFamily)}};
}

void printText(const CaseStatistics &s, const CaseFile &file)
{
    QTextStream out(stdout);
    out << file.path() << "\n";
    out << "  events " << s.events << ", jurisdictions " << s.jurisdictions << ", sources " << s.sources
        << ", citations " << s.citations << ", policy periods " << s.policyPeriods << ", stories " << s.stories << "\n";
    out << "  events without a citation: " << s.eventsWithoutCitation << "\n";
    out << "By jurisdiction:\n";
    for (const auto &j : s.byJurisdiction)
        out << "  " << qSetFieldWidth(8) << j.events << qSetFieldWidth(0) << "  " << j.name
            << (j.state.isEmpty() ? QString() : QStringLiteral(", ") + j.state) << "\n";
    out << "By type:\n";
    for (auto it = s.byType.begin(); it != s.byType.end(); ++it)
        out << "  " << qSetFieldWidth(8) << it.value() << qSetFieldWidth(0) << "  " << it.key() << "\n";
    out << "By stance family on the event's date:\n";
    for (auto it = s.byStanceFamily.begin(); it != s.byStanceFamily.end(); ++it)
        out << "  " << qSetFieldWidth(8) << it.value() << qSetFieldWidth(0) << "  " << it.key() << "\n";
}
}  // namespace

int runStatsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Count events by jurisdiction, type and stance family."));
    parser.addPositionalArgument(QStringLiteral("CASEFILE"), QStringLiteral("The case file."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    int exitCode = ExitOk;
    if (!parseOrReport(parser, arguments, 1, exitCode))
        return exitCode;
    auto file = openCaseFileOrReport(parser.positionalArguments().first());
    if (!file)
        return ExitUnusableCaseFile;
    try {
        const CaseStatistics stats = CaseStatistics::compute(*file);
        if (parser.isSet(QStringLiteral("json")))
            QTextStream(stdout) << QJsonDocument(toJson(stats, *file)).toJson(QJsonDocument::Indented);
        else
            printText(stats, *file);
    } catch (const CaseFileError &error) {
        printError(QStringLiteral("%1: %2").arg(file->path(), error.message()));
        return ExitUnusableCaseFile;
    }
    return ExitOk;
}

}  // namespace caseline
