#pragma once

#include <QString>

namespace caseline {

// One cell of a CSV file that people open in spreadsheets.
//
// Neutralising: a spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage
// return as a formula ("CSV injection"). Such a cell is written with one leading apostrophe,
// which spreadsheets show as text. So that a cell that really starts with apostrophes before
// one of those characters survives too, that case gets one more apostrophe. restore() removes
// exactly one apostrophe when what follows the leading apostrophes is one of those characters,
// so restore(neutralise(text)) == text for every text, and text that was never neutralised
// ("'90s raids") reads as written.
class CsvCell {
public:
    static QString neutralise(const QString &text);
    static QString restore(const QString &cell);
    // RFC 4180: in double quotes (inner quotes doubled) when the text holds a comma, a quote or a
    // line break; otherwise as is.
    static QString quote(const QString &text);
    // neutralise() then quote(): what a writer puts between the commas.
    static QString format(const QString &text) { return quote(neutralise(text)); }
};

}  // namespace caseline
