#include "SourcePages.h"

#include <algorithm>

namespace caseline {

SourcePages::SourcePages(const QString &text)
{
    for (qsizetype at = text.indexOf(QLatin1Char('\f')); at >= 0; at = text.indexOf(QLatin1Char('\f'), at + 1))
        m_breaks.append(at);
}

std::optional<int> SourcePages::pageAt(qsizetype offset) const
{
    if (!hasPages() || offset < 0)
        return std::nullopt;
    // Breaks strictly before the offset; a form feed itself belongs to the page it ends.
    const auto before = std::lower_bound(m_breaks.cbegin(), m_breaks.cend(), offset);
    return int(before - m_breaks.cbegin()) + 1;
}

qsizetype SourcePages::pageStart(int page) const
{
    if (page <= 1)
        return 0;
    if (page > pageCount())
        return -1;
    return m_breaks.at(page - 2) + 1;
}

}  // namespace caseline
