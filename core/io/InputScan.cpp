#include "InputScan.h"

#include "TextEncoding.h"

#include <cstring>
#include <thread>

namespace caseline {

namespace {

// Below this the second thread costs more than it saves.
constexpr qsizetype kSplitFrom = 4 * 1024 * 1024;

InputScan scan(QByteArrayView bytes)
{
    InputScan result;
    result.firstInvalidUtf8 = TextEncoding::firstInvalidUtf8(bytes);
    const auto *nul = bytes.isEmpty() ? nullptr : static_cast<const char *>(std::memchr(bytes.data(), '\0', size_t(bytes.size())));
    result.firstNul = nul ? nul - bytes.data() : -1;
    result.lineBreaks = bytes.count('\n');
    return result;
}

bool isContinuationByte(char c) { return (uchar(c) & 0xC0) == 0x80; }

}  // namespace

InputScan InputScan::of(QByteArrayView bytes)
{
    if (bytes.size() < kSplitFrom)
        return scan(bytes);
    // The second half starts at a character: a sequence cut at the split is then invalid in the
    // first half exactly when it is invalid in the whole.
    qsizetype split = bytes.size() / 2;
    for (int i = 0; i < 3 && isContinuationByte(bytes[split]); ++i)
        ++split;
    InputScan second;
    std::thread other([&] { second = scan(bytes.sliced(split)); });
    const InputScan first = scan(bytes.first(split));
    other.join();
    const auto offset = [split](qsizetype at) { return at < 0 ? at : at + split; };
    return {first.firstInvalidUtf8 >= 0 ? first.firstInvalidUtf8 : offset(second.firstInvalidUtf8),
            first.firstNul >= 0 ? first.firstNul : offset(second.firstNul), first.lineBreaks + second.lineBreaks};
}

}  // namespace caseline
