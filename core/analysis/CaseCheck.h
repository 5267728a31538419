#pragma once

#include "QuoteVerifier.h"

#include <QString>
#include <QStringList>

namespace caseline {

class CaseFile;

// What `caseline check` reports: storage integrity, schema, counts, and entries a reporter
// should look at (events that cite nothing, empty quotes), and every quote checked against the
// full text of its source (QuoteCheck).
struct CaseCheck {
    QString integrity;         // "ok" or SQLite's findings
    int schemaVersion = 0;
    qint64 events = 0, jurisdictions = 0, sources = 0, citations = 0, policyPeriods = 0, stories = 0;
    QStringList errors;        // the file is damaged or inconsistent
    QStringList warnings;      // the file is sound, but some entries need attention
    QuoteCheck quotes;         // quotes against their sources' text; unchecked where a source has none

    bool isSound() const { return errors.isEmpty(); }
    bool quotesMatch() const { return quotes.mismatched == 0; }
    static CaseCheck run(CaseFile &file);
};

}  // namespace caseline
