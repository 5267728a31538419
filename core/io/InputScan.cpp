#include "InputScan.h"

#include "TextEncoding.h"

#include <cstring>
#include <thread>
#include <vector>

namespace caseline {

namespace {

// Below this the second thread costs more than it saves.
constexpr qsizetype kSplitFrom = 4 * 1024 * 1024;

// Line breaks counted eight bytes at a time (QByteArrayView::count looks at one byte at a time:
// 0.1 s of a 280 MB file, most of the scan).
qsizetype countLineBreaks(QByteArrayView bytes)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0, count = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        const quint64 x = word ^ (kOnes * '\n');
        // The top bit of each byte of x that is zero, exactly: no carry crosses a byte.
        const quint64 zero = ~(((x & kLow7) + kLow7) | x | kLow7);
        count += qsizetype(((zero >> 7) * kOnes) >> 56);  // the bytes' 0 or 1, summed
    }
    for (; i < n; ++i)
        count += p[i] == '\n';
    return count;
}

InputScan scan(QByteArrayView bytes)
{
    InputScan result;
    result.firstInvalidUtf8 = TextEncoding::firstInvalidUtf8(bytes);
    const auto *nul = bytes.isEmpty() ? nullptr : static_cast<const char *>(std::memchr(bytes.data(), '\0', size_t(bytes.size())));
    result.firstNul = nul ? nul - bytes.data() : -1;
    result.lineBreaks = countLineBreaks(bytes);
    return result;
}

bool isContinuationByte(char c) { return (uchar(c) & 0xC0) == 0x80; }

// How many bytes at the end of `bytes` begin a character that goes on past them (0 to 3).
qsizetype cutCharacter(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto c = uchar(bytes[bytes.size() - back]);
        if ((c & 0xC0) == 0x80)
            continue;
        const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

}  // namespace

InputScan InputScan::ofPieces(const ReadPiece &read, qsizetype pieceBytes)
{
    InputScan result;
    std::vector<char> buffer(size_t(pieceBytes) + 3);
    qsizetype carried = 0;  // a cut character's first bytes, moved to the front
    qsizetype offset = 0;   // of buffer[0] in the input
    for (;;) {
        const qsizetype got = read(buffer.data() + carried, pieceBytes);
        const bool last = got <= 0;
        const QByteArrayView filled(buffer.data(), carried + qMax<qsizetype>(got, 0));
        const QByteArrayView part = last ? filled : filled.chopped(cutCharacter(filled));
        if (result.firstInvalidUtf8 < 0) {
            const qsizetype bad = TextEncoding::firstInvalidUtf8(part);
            if (bad >= 0)
                result.firstInvalidUtf8 = offset + bad;
        }
        if (result.firstNul < 0 && !part.isEmpty()) {
            const auto *nul = static_cast<const char *>(std::memchr(part.data(), '\0', size_t(part.size())));
            if (nul)
                result.firstNul = offset + (nul - part.data());
        }
        result.lineBreaks += countLineBreaks(part);
        if (last)
            return result;
        carried = filled.size() - part.size();
        std::memmove(buffer.data(), buffer.data() + part.size(), size_t(carried));
        offset += part.size();
    }
}

InputScan InputScan::inHalves(qsizetype size, const ByteAt &byteAt, const ScanPart &scanPart)
{
    if (size < kSplitFrom)
        return scanPart(0, size);
    qsizetype split = size / 2;
    for (int i = 0; i < 3 && isContinuationByte(byteAt(split)); ++i)
        ++split;
    InputScan second;
    std::thread other([&] { second = scanPart(split, size); });
    const InputScan first = scanPart(0, split);
    other.join();
    const auto offset = [split](qsizetype at) { return at < 0 ? at : at + split; };
    return {first.firstInvalidUtf8 >= 0 ? first.firstInvalidUtf8 : offset(second.firstInvalidUtf8),
            first.firstNul >= 0 ? first.firstNul : offset(second.firstNul), first.lineBreaks + second.lineBreaks};
}

InputScan InputScan::of(QByteArrayView bytes)
{
    return inHalves(bytes.size(), [bytes](qsizetype at) { return bytes[at]; },
                    [bytes](qsizetype begin, qsizetype end) { return scan(bytes.sliced(begin, end - begin)); });
}

}  // namespace caseline
