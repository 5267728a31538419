#pragma once

#include <QByteArrayView>

#include <functional>

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
    // The same, of input read in pieces into a buffer (MappedInput reads its file so: the first
    // touch of each page of a mapping costs more than reading it). `read` fills up to `capacity`
    // bytes and returns how many, 0 at the end. A character cut between pieces is checked whole.
    using ReadPiece = std::function<qsizetype(char *buffer, qsizetype capacity)>;
    static InputScan ofPieces(const ReadPiece &read, qsizetype pieceBytes = 1024 * 1024);
    // The scan of `size` bytes made of the scans of its two halves, made at once on this thread
    // and another by `scanPart(begin, end)` of the bytes [begin, end). The halves meet at a
    // character (`byteAt` reads the few bytes where they do), so a sequence cut there is invalid
    // in the first half exactly when it is invalid in the whole. Small inputs are one part.
    using ScanPart = std::function<InputScan(qsizetype begin, qsizetype end)>;
    using ByteAt = std::function<char(qsizetype at)>;
    static InputScan inHalves(qsizetype size, const ByteAt &byteAt, const ScanPart &scanPart);
};

}  // namespace caseline
