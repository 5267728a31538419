#pragma once

#include "CaseReader.h"

namespace caseline {

// The 2014-2015 list of jurisdictions that limited cooperation with ICE detainers (columns
// Location, Date Enacted, Policy, Criteria for Honoring Detainer, Designation). Each row:
//  - a lane for the place (see UsPlace for how "City, State" text becomes name, state, kind);
//  - a "detainer-limits" policy period from Date Enacted, open-ended, with the policy, the
//    criteria and the designation in its note, citing one dataset source for the list with
//    the row's line as the quote.
// Dates: "Sep-14" is September 2014 (month precision), "2015-08-14" a day. A row without a
// date still adds its lane, but no period (a period needs a start), and a warning says so;
// a date that cannot be read is an error. A row repeating an earlier row is imported once,
// with a warning.
class DetainerPolicyReader : public CaseReader {
public:
    QString formatKey() const override;
    QString formatName() const override;
    int sniffScore(const QByteArray &head, const QString &fileName) const override;
    std::variant<CaseData, ImportError> read(const QByteArray &data, const QString &fileName) const override;
};

}  // namespace caseline
