#include "CsvTable.h"

namespace caseline {

namespace {
QString normalisedColumnName(const QString &name) { return name.simplified().toCaseFolded(); }
}  // namespace

CsvTable::CsvTable(const QByteArray &data, const QString &fileName, const std::optional<InputScan> &known)
    : m_reader(data, known), m_fileName(fileName), m_lineCount(m_reader.lineBreaks() + 1)
{
}

void CsvTable::fail(int line, const QString &message) const { throw ImportError{m_fileName, line, message}; }

void CsvTable::readHeader(const QStringList &requiredColumns)
{
    CsvRecord header;
    // Blank lines before the header are tolerated; a file of nothing but blanks is empty.
    do {
        if (!m_reader.next(header)) {
            if (m_reader.hasError())
                fail(m_reader.errorLine(), m_reader.errorMessage());
            fail(0, QStringLiteral("the file is empty (expected a header line naming the columns: %1)")
                        .arg(requiredColumns.join(QStringLiteral(", "))));
        }
    } while (header.isBlank());
    m_headerLine = header.line();
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.trimmed(i);
        m_headerNames.append(name);
        if (!name.isEmpty() && !m_columns.contains(normalisedColumnName(name)))
            m_columns.insert(normalisedColumnName(name), int(i));
    }
    QStringList missing;
    for (const QString &required : requiredColumns)
        if (column(required) < 0)
            missing.append(required);
    if (!missing.isEmpty()) {
        QStringList present = m_headerNames;
        present.removeAll(QString());
        // A hostile header (10,000 columns, a 50 MB cell) must not become a 50 MB message.
        QString has = present.join(QStringLiteral(", "));
        constexpr qsizetype kMaxShown = 300;
        if (has.size() > kMaxShown)
            has = has.left(kMaxShown) + QStringLiteral("… (%1 columns, %2 characters)").arg(present.size()).arg(has.size());
        fail(m_headerLine, QStringLiteral("missing column(s) %1; the header line has: %2")
                               .arg(missing.join(QStringLiteral(", ")), has));
    }
}

int CsvTable::column(const QString &name) const { return m_columns.value(normalisedColumnName(name), -1); }

bool CsvTable::next(CsvRecord &record)
{
    while (m_reader.next(record)) {
        if (record.isBlank()) {
            if (++m_blankRows == 1)
                m_firstBlankLine = record.line();
            m_lastBlankLine = record.line();
            continue;
        }
        // More values than columns usually means an unquoted comma shifted the row.
        for (qsizetype i = m_headerNames.size(); i < record.size(); ++i)
            if (!record.bytes(i).trimmed().isEmpty())
                fail(record.line(), QStringLiteral("the row has %1 values but the header names %2 columns "
                                                   "(is a value with a comma missing its quotes?)")
                                        .arg(record.size()).arg(m_headerNames.size()));
        ++m_rows;
        return true;
    }
    if (m_reader.hasError())
        fail(m_reader.errorLine(), m_reader.errorMessage());
    return false;
}

QList<ImportWarning> CsvTable::finish()
{
    if (m_rows == 0)
        fail(m_headerLine, QStringLiteral("the file has a header line but no rows"));
    QList<ImportWarning> warnings;
    if (m_reader.usedWindows1252())
        warnings.append({m_reader.firstInvalidUtf8Line(),
                         QStringLiteral("the file is not valid UTF-8 (first bad byte on this line); "
                                        "it was read as Windows-1252 (Latin-1)")});
    if (m_blankRows == 1)
        warnings.append({m_firstBlankLine, QStringLiteral("an empty row was skipped")});
    else if (m_blankRows > 1)
        warnings.append({m_firstBlankLine, QStringLiteral("%1 empty rows were skipped (lines %2 to %3)")
                                               .arg(m_blankRows).arg(m_firstBlankLine).arg(m_lastBlankLine)});
    return warnings;
}

QString CsvTable::field(const CsvRecord &record, int column) const
{
    return column < 0 ? QString() : record.trimmed(column);
}

}  // namespace caseline
