#pragma once

#include <QByteArrayView>
#include <QString>
#include <string>
#include <vector>

namespace caseline {

// One record of a CSV file as CsvReader found it. Fields point into the input (or, for quoted
// fields with doubled quotes, into a buffer the record reuses), so reading a million rows does
// not allocate per field; text() decodes on demand.
class CsvRecord {
public:
    int line() const { return m_line; }          // physical line where the record starts
    int lastLine() const { return m_lastLine; }  // differs when a quoted field spans lines
    qsizetype size() const { return m_fieldCount; }

    QByteArrayView bytes(qsizetype index) const;  // empty when past the last field
    QString text(qsizetype index) const;          // decoded, as written
    QString trimmed(qsizetype index) const;       // decoded, outer whitespace removed
    // The record as it stands in the file, without its line break: a verbatim quote of the row.
    QByteArrayView raw() const { return m_raw; }
    QString rawText() const;
    bool isBlank() const;  // every field empty or white space (",,,," rows of spreadsheets)

private:
    friend class CsvReader;
    struct Field {
        qsizetype offset;
        qsizetype length;
        bool unescaped;  // in m_unescaped rather than in the input
    };
    QString decode(QByteArrayView bytes) const;

    const char *m_input = nullptr;
    bool m_windows1252 = false;
    int m_line = 0;
    int m_lastLine = 0;
    QByteArrayView m_raw;
    // Grown, never shrunk: the first m_fieldCount are this record's (no per-field checks of a
    // vector's capacity, twenty fields a row).
    std::vector<Field> m_fields;
    qsizetype m_fieldCount = 0;
    std::string m_unescaped;
};

}  // namespace caseline
