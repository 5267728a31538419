#pragma once

#include <QString>

namespace caseline::bench {

// SYNTHETIC benchmark data, never real and never bundled as a sample: writes N events over M
// jurisdictions as Caseline CSV, plus a companion Caseline JSON file with the jurisdictions
// (populations included) and their stance periods, which Caseline CSV cannot carry (one event
// per row). Import the JSON first, then the CSV: the CSV's rows find their lanes by name and state.
//
// Seeded (the same seed and sizes give byte-identical files) and skewed like real collections:
// lane k gets a share proportional to 1 / (k + 1)^1.1 (a few big cities, a long tail), events
// grow denser towards recent years, most dates are days and some only months or years, about
// 70 % of rows cite a synthetic source (https://example.invalid/...) and half of those quote it,
// about 4 % of events cite a second source on a second row with the same id. Every source title,
// publisher and the case title say "synthetic".
class SyntheticCaseCsv {
public:
    struct Sizes {
        qint64 events = 100000;
        int lanes = 3000;
        quint32 seed = 20261130;
    };
    struct Written {
        qint64 rows = 0;     // CSV rows (events plus second citations)
        qint64 periods = 0;  // stance periods in the JSON file
        qint64 csvBytes = 0;
    };

    explicit SyntheticCaseCsv(Sizes sizes) : m_sizes(sizes) {}
    // Throws std::runtime_error when a file cannot be written.
    Written write(const QString &csvPath, const QString &periodsJsonPath) const;

private:
    Sizes m_sizes;
};

}  // namespace caseline::bench
