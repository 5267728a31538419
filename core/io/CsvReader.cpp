#include "CsvReader.h"

#include "InputScan.h"
#include "TextEncoding.h"

#include <algorithm>
#include <cstring>

namespace caseline {

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
    record.m_fields.clear();
    record.m_unescaped.clear();
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
                const char *stop = quote ? quote : m_end;
                m_line += int(std::count(p, stop, '\n'));
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
                for (const char *q = contentStart; q < closing; ++q) {
                    record.m_unescaped.push_back(*q);
                    if (*q == '"')
                        ++q;  // the second quote of a pair
                }
                record.m_fields.push_back({offset, qsizetype(record.m_unescaped.size()) - offset, true});
            } else {
                record.m_fields.push_back({contentStart - m_begin, closing - contentStart, false});
            }
        } else {
            const char *start = p;
            while (p < m_end && *p != ',' && *p != '\n' && *p != '\r')
                ++p;
            record.m_fields.push_back({start - m_begin, p - start, false});
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
