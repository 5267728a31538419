#pragma once

#include "model/Event.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>

namespace caseline {

// An event's text columns as SQLite stores them (UTF-8), encoded into one buffer with one
// allocation, which a large import binds without SQLite copying them again (CaseCsvBulkImport).
class EventTextUtf8 {
public:
    enum Column { Key, Start, End, Title, Summary, Location, Note, ColumnCount };

    EventTextUtf8() = default;
    explicit EventTextUtf8(const Event &event);
    // The column's bytes; End is empty for an event without an end (stored as NULL).
    QByteArrayView column(Column column) const
    {
        return QByteArrayView(m_bytes.constData() + m_starts[column], m_starts[column + 1] - m_starts[column]);
    }

private:
    QByteArray m_bytes;
    std::array<qsizetype, ColumnCount + 1> m_starts{};
};

}  // namespace caseline
