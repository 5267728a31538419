#include "SetAsideRows.h"

#include <cstring>

namespace caseline {

namespace {

// Written and read in pieces of this size: few system calls, little memory.
constexpr size_t kPieceBytes = 1024 * 1024;

// Before each row's texts: its id, their lengths, and its number, which reading checks: a file
// damaged by someone else must not be read as rows.
struct RowHeader {
    qint64 id;
    quint32 sizes[3];
    quint32 ordinal;
};

}  // namespace

SetAsideRows::SetAsideRows(const QString &path) : m_file(path)
{
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Truncate | QIODevice::Unbuffered))
        m_failed = true;
    m_buffer.reserve(kPieceBytes);
}

bool SetAsideRows::add(qint64 id, QByteArrayView title, QByteArrayView summary, QByteArrayView quotes)
{
    if (m_failed)
        return false;
    const RowHeader header{id, {quint32(title.size()), quint32(summary.size()), quint32(quotes.size())}, quint32(m_rows)};
    m_buffer.append(reinterpret_cast<const char *>(&header), sizeof header);
    for (const QByteArrayView text : {title, summary, quotes})
        m_buffer.append(text.data(), size_t(text.size()));
    ++m_rows;
    return m_buffer.size() < kPieceBytes || flush();
}

bool SetAsideRows::flush()
{
    if (!m_buffer.empty() && m_file.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

bool SetAsideRows::forEach(const Each &each)
{
    if (!flush() || !m_file.seek(0))
        return false;
    // Rows are read from `piece`; one cut at its end is completed by the next read.
    std::string piece;
    size_t at = 0;
    const auto have = [&](size_t bytes) {
        while (piece.size() - at < bytes) {
            piece.erase(0, at);
            at = 0;
            const size_t kept = piece.size();
            piece.resize(kept + std::max(kPieceBytes, bytes));
            const qint64 got = m_file.read(piece.data() + kept, qint64(piece.size() - kept));
            piece.resize(kept + size_t(qMax<qint64>(got, 0)));
            if (got <= 0)
                return false;
        }
        return true;
    };
    for (qsizetype row = 0; row < m_rows; ++row) {
        RowHeader header;
        if (!have(sizeof header))
            return false;
        std::memcpy(&header, piece.data() + at, sizeof header);
        if (header.ordinal != quint32(row))
            return false;
        at += sizeof header;
        const size_t bytes = size_t(header.sizes[0]) + header.sizes[1] + header.sizes[2];
        if (!have(bytes))
            return false;
        const char *text = piece.data() + at;
        each(header.id, QByteArrayView(text, header.sizes[0]), QByteArrayView(text + header.sizes[0], header.sizes[1]),
             QByteArrayView(text + header.sizes[0] + header.sizes[1], header.sizes[2]));
        at += bytes;
    }
    if (have(1))
        return false;  // more than was written
    m_file.remove();  // read once: its disk space is free again before the import ends
    return true;
}

}  // namespace caseline
