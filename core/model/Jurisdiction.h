#pragma once

#include "JurisdictionKind.h"

#include <QString>
#include <optional>

namespace caseline {

struct Jurisdiction {
    qint64 id = 0;    // row id in the case file; 0 until stored
    QString key;      // stable key used by importers and exports
    QString name;
    JurisdictionKind kind = JurisdictionKind::City;
    QString state;    // two-letter postal code; empty for the federal level
    QString county;
    QString fips;
    std::optional<qint64> population;
    std::optional<int> populationYear;

    // Name and state, case- and space-insensitive: how imports recognise a jurisdiction.
    QString matchKey() const;
    QString displayName() const;  // "Lawrence, KS"
    bool operator==(const Jurisdiction &) const = default;
};

QString jurisdictionMatchKey(const QString &name, const QString &state);

}  // namespace caseline
