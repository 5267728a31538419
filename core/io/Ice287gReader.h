#pragma once

#include "CaseReader.h"

namespace caseline {

// ICE's list of law enforcement agencies with a 287(g) agreement, as ICE publishes it
// (participating-agencies-YYYY-MM-DD.csv: STATE, LAW ENFORCEMENT AGENCY, TYPE, COUNTY,
// SUPPORT TYPE, SIGNED, MOA, then empty columns). Each row is one agency under one model:
//  - one lane per agency (name as written; kind from TYPE: County -> county, Municipality ->
//    city, State Agency -> agency; state as its postal code; "#N/A" counties left empty),
//    spellings that differ only in case, spacing or apostrophe style being the same agency;
//  - one open-ended 287(g) policy period per row from the SIGNED day, stance by SUPPORT TYPE;
//  - one "agreement" event per row on the SIGNED day;
//  - both citing one dataset source for the list, quoting the row's line verbatim; the MOA
//    column goes in the citation note.
class Ice287gReader : public CaseReader {
public:
    QString formatKey() const override;
    QString formatName() const override;
    int sniffScore(const QByteArray &head, const QString &fileName) const override;
    std::variant<CaseData, ImportError> read(const QByteArray &data, const QString &fileName) const override;
};

}  // namespace caseline
