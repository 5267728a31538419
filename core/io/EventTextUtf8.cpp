#include "EventTextUtf8.h"

#include <QStringEncoder>

namespace caseline {

EventTextUtf8::EventTextUtf8(const Event &event)
{
    const QString start = event.start.toIsoString();
    const QString end = event.end.isValid() ? event.end.toIsoString() : QString();
    const std::array<QStringView, ColumnCount> columns{event.key,   start,          end,       event.title,
                                                      event.summary, event.location, event.note};
    QStringEncoder encoder(QStringEncoder::Utf8);
    qsizetype room = 0;
    for (const QStringView text : columns)
        room += encoder.requiredSpace(text.size());
    // One allocation for all columns; the encoder writes straight into it.
    m_bytes.resize(room);
    char *const first = m_bytes.data();
    char *out = first;
    for (int c = 0; c < ColumnCount; ++c) {
        m_starts[size_t(c)] = out - first;
        out = encoder.appendToBuffer(out, columns[size_t(c)]);
    }
    m_starts[ColumnCount] = out - first;
    m_bytes.truncate(out - first);
}

}  // namespace caseline
