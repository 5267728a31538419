#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace caseline {

// Page numbers in a source's stored text. A document read from a PDF keeps its pages separated
// by a form feed (\f), so the page of any character is the number of form feeds before it, plus
// one. Text without form feeds has no pages (an article): pageAt() gives nothing.
class SourcePages {
public:
    explicit SourcePages(const QString &text);

    bool hasPages() const { return !m_breaks.isEmpty(); }
    int pageCount() const { return int(m_breaks.size()) + 1; }
    std::optional<int> pageAt(qsizetype offset) const;  // 1-based; nothing without pages
    qsizetype pageStart(int page) const;                 // offset of the page's first character

private:
    QList<qsizetype> m_breaks;  // offsets of the form feeds, ascending
};

}  // namespace caseline
