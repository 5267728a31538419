#pragma once

#include "CsvReader.h"
#include "ImportError.h"
#include "ImportWarning.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace caseline {

// A CSV file with a header line, as the CSV importers read it: columns found by name (case
// and surrounding space ignored), spreadsheet-style empty rows skipped, and every problem an
// ImportError naming the file and line. Problems are thrown as ImportError; each reader's read()
// catches it and returns it as a value.
class CsvTable {
public:
    CsvTable(const QByteArray &data, const QString &fileName, const std::optional<InputScan> &known = std::nullopt);

    // Reads the header line and checks that it names every required column.
    void readHeader(const QStringList &requiredColumns);
    int column(const QString &name) const;  // -1 when the header has no such column
    QStringList headerNames() const { return m_headerNames; }
    int headerLine() const { return m_headerLine; }

    // The next row that is not blank; false at the end of the file.
    bool next(CsvRecord &record);
    // Call after the last row: fails on a file with a header and no rows; returns the warnings
    // about the file as a whole (encoding, skipped empty rows).
    QList<ImportWarning> finish();

    // The trimmed text of a column in a row; empty when the header lacks the column.
    QString field(const CsvRecord &record, int column) const;
    [[noreturn]] void fail(int line, const QString &message) const;
    QString fileName() const { return m_fileName; }
    QString decodedText() const { return m_reader.decodedText(); }
    bool usedWindows1252() const { return m_reader.usedWindows1252(); }
    // Line breaks in the input: an upper bound on the rows, for reserving memory.
    qsizetype lineCount() const { return m_lineCount; }

private:
    CsvReader m_reader;
    QString m_fileName;
    QStringList m_headerNames;
    QHash<QString, int> m_columns;
    qsizetype m_lineCount = 0;
    int m_headerLine = 0;
    int m_rows = 0;
    int m_blankRows = 0;
    int m_firstBlankLine = 0;
    int m_lastBlankLine = 0;
};

}  // namespace caseline
