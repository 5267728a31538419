// Writes SYNTHETIC benchmark data (see SyntheticCaseCsv.h), run by hand or by run-benchmark.sh:
//   synthetic_case_csv --events N --lanes M [--seed S] --csv EVENTS.csv --periods PERIODS.json
// Then: caseline import CASE PERIODS.json && caseline import CASE EVENTS.csv

#include "SyntheticCaseCsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <stdexcept>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic (not real) case as Caseline CSV plus its stance periods as Caseline JSON."));
    parser.addHelpOption();
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Events."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption lanes(QStringLiteral("lanes"), QStringLiteral("Jurisdictions."), QStringLiteral("M"), QStringLiteral("3000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("20261130"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Caseline CSV to write."), QStringLiteral("FILE"));
    const QCommandLineOption periods(QStringLiteral("periods"), QStringLiteral("Caseline JSON with lanes and stance periods to write."), QStringLiteral("FILE"));
    parser.addOptions({events, lanes, seed, csv, periods});
    parser.process(app);
    if (!parser.isSet(csv) || !parser.isSet(periods)) {
        std::fputs("synthetic_case_csv: --csv and --periods are required\n", stderr);
        return 1;
    }
    caseline::bench::SyntheticCaseCsv::Sizes sizes;
    sizes.events = parser.value(events).toLongLong();
    sizes.lanes = parser.value(lanes).toInt();
    sizes.seed = parser.value(seed).toUInt();
    if (sizes.events < 1 || sizes.lanes < 1) {
        std::fputs("synthetic_case_csv: --events and --lanes must be positive\n", stderr);
        return 1;
    }
    try {
        const auto written = caseline::bench::SyntheticCaseCsv(sizes).write(parser.value(csv), parser.value(periods));
        const QJsonObject result{{QStringLiteral("events"), sizes.events}, {QStringLiteral("rows"), written.rows},
                                 {QStringLiteral("periods"), written.periods}, {QStringLiteral("csv_bytes"), written.csvBytes}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    } catch (const std::runtime_error &error) {
        std::fprintf(stderr, "synthetic_case_csv: %s\n", error.what());
        return 1;
    }
    return 0;
}
