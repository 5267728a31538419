#pragma once

#include <QByteArrayView>
#include <QString>

namespace caseline {

// The two encodings importers meet in the wild: UTF-8, and the Windows-1252 that spreadsheet
// programs still write on Windows (a superset of Latin-1 in the printable range).
class TextEncoding {
public:
    // Offset of the first byte that is not part of well-formed UTF-8, or -1 when all is valid.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    static QString decodeWindows1252(QByteArrayView bytes);
    static QByteArrayView withoutUtf8Bom(QByteArrayView bytes);
};

}  // namespace caseline
