#pragma once

#include "CaseReader.h"

namespace caseline {

// "Caseline CSV": one event per row, for reporters who keep their timeline in a spreadsheet.
// UTF-8 (Windows-1252 accepted with a warning), comma separated, RFC 4180 quoting, a header line
// naming the columns in any order. Columns (only jurisdiction, start and title are required):
//
//   id                event id; re-importing a row with the same id updates the event. Empty:
//                     derived from jurisdiction, state, start and title. An event citing several
//                     sources takes one row per citation with the same id: rows sharing an id
//                     must agree in every column but source_*, quote and page.
//   jurisdiction      lane name, e.g. "Lawrence" or "Douglas County"
//   state             two-letter postal code or state name; empty for the federal level
//   jurisdiction_kind city, county, state, agency or federal (default city)
//   type              detention, arrest, backup-call, raid, detainer, commission-session,
//                     ordinance, proclamation, agreement, lawsuit, court-ruling, statement,
//                     protest, report or other (default other)
//   start, end        YYYY, YYYY-MM or YYYY-MM-DD; end optional, not before start
//   title             one line
//   summary           free text; line breaks allowed inside quotes
//   location          free text
//   status            confirmed, disputed or unverified (default confirmed)
//   tags              separated by semicolons: "287(g); jail"
//   people            "name (role); name (role)"; the role is optional
//   source_title, source_publisher, source_url, source_published (a date as for start)
//                     the source the event cites; rows naming the same URL (or, without one,
//                     the same title and publisher) share one source
//   quote             verbatim passage of the source that supports the event
//   page              page number in the source
//   note              the editor's note on the event
//
// A cell that starts with an apostrophe followed (after any further apostrophes) by =, +, -, @,
// a tab or a carriage return loses that one apostrophe: exports neutralise formula-like cells
// that way for spreadsheets (CsvCell), and import gives the text back.
//
// Jurisdictions are matched to those already in the case by name and state (case and spaces
// ignored). Unknown columns are ignored, so a spreadsheet can keep working columns of its own.
class CaseCsvReader : public CaseReader {
public:
    QString formatKey() const override;
    QString formatName() const override;
    int sniffScore(const QByteArray &head, const QString &fileName) const override;
    std::variant<CaseData, ImportError> read(const QByteArray &data, const QString &fileName) const override;
};

}  // namespace caseline
