#pragma once

#include <QByteArrayView>

namespace caseline {

// What a CSV reader must know of its whole input before the first row: whether it is UTF-8,
// whether it holds a NUL byte, and how many lines it has. A large input is scanned in two
// halves at once: the scan is a third of a second at a million rows, during which nothing
// else can start.
struct InputScan {
    qsizetype firstInvalidUtf8 = -1;  // offset, or -1 when all is valid UTF-8
    qsizetype firstNul = -1;          // offset, or -1
    qsizetype lineBreaks = 0;         // '\n' bytes

    static InputScan of(QByteArrayView bytes);
};

}  // namespace caseline
