#pragma once

#include <QByteArray>
#include <QString>

namespace caseline {

// Finds line numbers in a raw input file, so messages can say where a problem is.
class TextLocator {
public:
    explicit TextLocator(const QByteArray &data) : m_data(data) {}

    int lineAtOffset(qint64 offset) const;
    // Line of the nth (1-based) occurrence of text; 0 when absent.
    int lineOf(const QString &text, int occurrence = 1) const;

private:
    QByteArray m_data;
};

}  // namespace caseline
