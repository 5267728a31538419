#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace caseline {

// U.S. states, the District of Columbia and the inhabited territories: full name <-> two-letter
// postal code, as Jurisdiction::state stores it.
class UsStates {
public:
    // The postal code for a name ("New Hampshire", "NEW HAMPSHIRE", "new  hampshire") or a code
    // ("nh"); empty when it is neither.
    static QString code(const QString &nameOrCode);
    static QString name(QStringView code);  // "NH" -> "New Hampshire"; empty when unknown
    static QStringList names();              // full names, for finding a state at the end of a text
};

}  // namespace caseline
