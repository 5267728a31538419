#pragma once

#include "CaseWriter.h"

namespace caseline {

// Caseline CSV, as CaseCsvReader reads it (see the column list there): UTF-8 with a byte-order
// mark (so spreadsheets pick the right encoding), CRLF line ends, every column in the header.
//  - One row per citation; an event with several citations takes several rows with the same
//    id, which differ only in the source and quote columns (CaseCsvReader joins them again). An
//    event without citations takes one row with those columns empty.
//  - Cells are neutralised against spreadsheet formulas (CsvCell), and the reader undoes it.
//  - Values are written as the reader keeps them (one-line fields with runs of white space
//    collapsed, multi-line fields trimmed), so export, import and export again give the same
//    bytes.
// Not carried by the format: a source's author, kind and text, citation notes, jurisdictions'
// county, FIPS and population, policy periods and stories (the JSON export keeps everything).
class CaseCsvWriter : public CaseWriter {
public:
    QString formatKey() const override;
    QString formatName() const override;
    QString fileSuffix() const override;
    std::variant<ExportSummary, ExportError> write(CaseFile &file, const EventFilter &filter, const ExportOptions &options,
                                                   QIODevice &out) const override;
};

}  // namespace caseline
