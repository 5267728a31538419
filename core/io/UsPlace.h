#pragma once

#include "model/JurisdictionKind.h"

#include <QString>

namespace caseline {

// A U.S. place as lists of jurisdictions write it: "Boston, Massachusetts", "Suffolk County,
// New York", "Orleans Parish, Louisiana", "Washington, DC", or a state alone ("Rhode Island").
// The kind follows the name: "... County"/"... Parish" is a county, a state alone a state, a
// name with "Jail" in it an agency (e.g. "Colorado County Jails"), anything else a city.
struct UsPlace {
    QString name;
    QString state;  // postal code
    QString county;
    JurisdictionKind kind = JurisdictionKind::City;
    // Set when the text had to be read generously (a ZIP code dropped, a misspelt state, no
    // comma before the state): what was done, for a warning.
    QString readingNote;

    // Empty name when no state can be found; error then says why.
    static UsPlace parse(const QString &text, QString *error);
};

}  // namespace caseline
