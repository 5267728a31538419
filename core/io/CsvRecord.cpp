#include "CsvRecord.h"

#include "TextEncoding.h"

namespace caseline {

QByteArrayView CsvRecord::bytes(qsizetype index) const
{
    if (index < 0 || index >= size())
        return {};
    const Field &f = m_fields[size_t(index)];
    return QByteArrayView((f.unescaped ? m_unescaped.data() : m_input) + f.offset, f.length);
}

QString CsvRecord::decode(QByteArrayView bytes) const
{
    return m_windows1252 ? TextEncoding::decodeWindows1252(bytes) : QString::fromUtf8(bytes);
}

QString CsvRecord::text(qsizetype index) const { return decode(bytes(index)); }

QString CsvRecord::trimmed(qsizetype index) const { return decode(bytes(index).trimmed()); }

QString CsvRecord::rawText() const { return decode(m_raw); }

bool CsvRecord::isBlank() const
{
    for (qsizetype i = 0; i < size(); ++i)
        if (!bytes(i).trimmed().isEmpty())
            return false;
    return true;
}

}  // namespace caseline
