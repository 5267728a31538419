#pragma once

#include "CsvRecord.h"
#include "InputScan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace caseline {

// An RFC 4180 CSV parser over bytes in memory: comma separated; fields in double quotes may hold
// commas, line breaks and doubled quotes; CRLF, LF or CR line ends; a UTF-8 byte-order mark is
// skipped. Input that is not valid UTF-8 is read as Windows-1252 (what spreadsheet programs
// write on Windows), and usedWindows1252() says so, so callers can warn.
//
// Lenient where real files need it: a quote inside an unquoted field is kept as text
// (5'10" tall). Strict where guessing would corrupt data: an unterminated quoted field and text
// after a closing quote are errors that name the line.
class CsvReader {
public:
    // `known`: the scan of the data after its byte order mark, when the caller has it already
    // (MappedInput::scan()).
    explicit CsvReader(const QByteArray &data, const std::optional<InputScan> &known = std::nullopt);

    // Reads the next record into record (reusing its storage); false at the end or on an error.
    bool next(CsvRecord &record);
    bool atEnd() const { return m_pos >= m_end; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    bool usedWindows1252() const { return m_windows1252; }
    int firstInvalidUtf8Line() const { return m_invalidUtf8Line; }
    // The whole input decoded the same way as the records (without the byte-order mark).
    QString decodedText() const;
    // Line breaks in the input.
    qsizetype lineBreaks() const { return m_lineBreaks; }

private:
    bool fail(int line, const QString &message);

    QByteArray m_data;  // keeps the bytes alive while records point into them
    const char *m_begin = nullptr;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    int m_line = 1;
    bool m_windows1252 = false;
    int m_invalidUtf8Line = 0;
    qsizetype m_lineBreaks = 0;
    QString m_error;
    int m_errorLine = 0;
};

}  // namespace caseline
