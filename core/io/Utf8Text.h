#pragma once

#include "TextArena.h"

#include <QByteArrayView>

namespace caseline {

// QString's white-space rules applied to UTF-8 as it stands, so that a bulk import need not turn
// every cell into a QString and back: ASCII text (nearly every cell) is handled byte by byte,
// anything else goes through QString and gives exactly what QString gives. Results are views of
// the input when nothing changes, otherwise of text kept in `arena`.
class Utf8Text {
public:
    static bool isAscii(QByteArrayView utf8);
    static bool isAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
    // QString::trimmed().
    static QByteArrayView trimmed(QByteArrayView utf8, TextArena &arena);
    // QString::simplified().
    static QByteArrayView simplified(QByteArrayView utf8, TextArena &arena);
    // CsvCell::restore(): a cell a writer neutralised against spreadsheet formulas gets its text back.
    static QByteArrayView restoredCell(QByteArrayView utf8);
};

}  // namespace caseline
