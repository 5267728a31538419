#pragma once

#include "CsvEventRow.h"
#include "model/Jurisdiction.h"
#include "model/Source.h"

namespace caseline {

// Where CaseCsvParser puts what it reads, row by row, so a million rows can go straight into a
// case file (CaseCsvBulkImport) or be collected as CaseData (CaseCsvReader) for a preview.
// Each jurisdiction and source is handed over once, before the first event that refers to it;
// jurisdictions, sources and events are each numbered from 0 in the order they arrive, and rows
// refer to them by those numbers.
class CaseCsvSink {
public:
    virtual ~CaseCsvSink() = default;
    virtual void addJurisdiction(const Jurisdiction &jurisdiction) = 0;
    virtual void addSource(const Source &source) = 0;
    // A new event, from its first row.
    virtual void addEvent(const CsvEventRow &event) = 0;
    // A later row of event number `ordinal` (same id, same event columns) citing another source.
    virtual void addCitation(qsizetype ordinal, const CsvCitationRow &citation) = 0;
};

}  // namespace caseline
