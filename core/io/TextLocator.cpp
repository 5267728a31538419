#include "TextLocator.h"

namespace caseline {

int TextLocator::lineAtOffset(qint64 offset) const
{
    const qint64 end = qBound<qint64>(0, offset, m_data.size());
    return int(std::count(m_data.constBegin(), m_data.constBegin() + end, '\n')) + 1;
}

int TextLocator::lineOf(const QString &text, int occurrence) const
{
    const QByteArray needle = text.toUtf8();
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i) {
        at = m_data.indexOf(needle, at + 1);
        if (at < 0)
            return 0;
    }
    return lineAtOffset(at);
}

}  // namespace caseline
