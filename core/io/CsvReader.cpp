#include "CsvReader.h"

#include "InputScan.h"
#include "TextEncoding.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace caseline {

namespace {

// The bytes that end an unquoted field: one table lookup per byte instead of three comparisons.
constexpr auto kEndsField = [] {
    std::array<bool, 256> ends{};
    ends[uchar(',')] = ends[uchar('\n')] = ends[uchar('\r')] = true;
    return ends;
}();

// Where the unquoted field at p ends (a comma, a line break or the end), eight bytes at a time
// where the input has them.
const char *unquotedFieldEnd(const char *p, const char *end)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    const auto zeroBytes = [](quint64 v) { return (v - kOnes) & ~v & kHighs; };  // lowest one exact
    // The first match is the lowest-addressed byte only on little-endian machines.
    while (std::endian::native == std::endian::little && end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        const quint64 found = zeroBytes(word ^ (kOnes * ',')) | zeroBytes(word ^ (kOnes * '\n')) | zeroBytes(word ^ (kOnes * '\r'));
        if (found)
            return p + std::countr_zero(found) / 8;
        p += 8;
    }
    while (p < end && !kEndsField[uchar(*p)])
        ++p;
    return p;
}

// Line breaks are rare inside fields: jumping from one to the next is faster than looking at
// every byte.
int lineBreaksIn(const char *begin, const char *end)
{
    int count = 0;
    while (const auto *lineBreak = static_cast<const char *>(memchr(begin, '\n', size_t(end - begin)))) {
        ++count;
        begin = lineBreak + 1;
    }
    return count;
}

}  // namespace

CsvReader::CsvReader(const QByteArray &data, const std::optional<InputScan> &known) : m_data(data)
{
    const QByteArrayView body = TextEncoding::withoutUtf8Bom(m_data);
    m_begin = m_pos = body.data();
    m_end = body.data() + body.size();
    const InputScan scan = known ? *known : InputScan::of(body);
    m_lineBreaks = scan.lineBreaks;
    if (scan.firstInvalidUtf8 >= 0) {
        m_windows1252 = true;
        m_invalidUtf8Line = int(std::count(m_begin, m_begin + scan.firstInvalidUtf8, '\n')) + 1;
    }
    // A NUL byte is never text: the file is UTF-16 or binary, and a NUL inside a stored title
    // would cut it short in every C string it later passes through.
    if (scan.firstNul >= 0)
        fail(int(std::count(m_begin, m_begin + scan.firstNul, '\n')) + 1,
             QStringLiteral("the file contains a NUL byte, so it is not a text file (UTF-16 or binary?); "
                            "save it as UTF-8 CSV"));
}

QString CsvReader::decodedText() const
{
    const QByteArrayView body(m_begin, m_end - m_begin);
    return m_windows1252 ? TextEncoding::decodeWindows1252(body) : QString::fromUtf8(body);
}

bool CsvReader::fail(int line, const QString &message)
{
    m_error = message;
    m_errorLine = line;
    m_pos = m_end;
    return false;
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_pos >= m_end || hasError())
        return false;
    record.m_input = m_begin;
    record.m_windows1252 = m_windows1252;
    record.m_fieldCount = 0;
    record.m_unescaped.clear();
    const auto addField = [&record](qsizetype offset, qsizetype length, bool unescaped) {
        if (size_t(record.m_fieldCount) == record.m_fields.size())
            record.m_fields.resize(std::max<size_t>(32, record.m_fields.size() * 2));
        record.m_fields[size_t(record.m_fieldCount++)] = {offset, length, unescaped};
    };
    record.m_line = m_line;
    const char *recordStart = m_pos;
    const char *p = m_pos;

    for (;;) {
        if (p < m_end && *p == '"') {
            const int fieldLine = m_line;
            const char *contentStart = ++p;
            bool doubledQuotes = false;
            const char *closing = nullptr;
            while (p < m_end) {
                const auto *quote = static_cast<const char *>(memchr(p, '"', size_t(m_end - p)));
                m_line += lineBreaksIn(p, quote ? quote : m_end);
                if (!quote) {
                    p = m_end;
                    break;
                }
                if (quote + 1 < m_end && quote[1] == '"') {
                    doubledQuotes = true;
                    p = quote + 2;
                    continue;
                }
                closing = quote;
                p = quote + 1;
                break;
            }
            if (!closing)
                return fail(fieldLine, QStringLiteral("a quoted field starting on this line has no closing quote"));
            if (p < m_end && *p != ',' && *p != '\r' && *p != '\n')
                return fail(m_line, QStringLiteral("unexpected text after a closing quote (a quote inside a "
                                                   "quoted field must be doubled: \"\")"));
            if (doubledQuotes) {
                const qsizetype offset = qsizetype(record.m_unescaped.size());
                // Runs up to and with each quote of a pair, then past its second quote.
                for (const char *q = contentStart; q < closing;) {
                    const auto *quote = static_cast<const char *>(memchr(q, '"', size_t(closing - q)));
                    const char *runEnd = quote ? quote + 1 : closing;
                    record.m_unescaped.append(q, size_t(runEnd - q));
                    q = quote ? quote + 2 : closing;
                }
                addField(offset, qsizetype(record.m_unescaped.size()) - offset, true);
            } else {
                addField(contentStart - m_begin, closing - contentStart, false);
            }
        } else {
            const char *start = p;
            p = unquotedFieldEnd(p, m_end);
            addField(start - m_begin, p - start, false);
        }
        if (p < m_end && *p == ',') {
            ++p;
            continue;
        }
        break;
    }
    record.m_raw = QByteArrayView(recordStart, p - recordStart);
    record.m_lastLine = m_line;
    if (p < m_end && *p == '\r')
        ++p;
    if (p < m_end && *p == '\n')
        ++p;
    if (p > record.m_raw.end())
        ++m_line;
    m_pos = p;
    return true;
}

}  // namespace caseline
