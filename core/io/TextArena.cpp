#include "TextArena.h"

#include <algorithm>
#include <cstring>

namespace caseline {

char *TextArena::reserve(qsizetype size)
{
    while (m_current < m_chunks.size() && m_chunks[m_current].capacity - m_used < size) {
        ++m_current;
        m_used = 0;
    }
    if (m_current == m_chunks.size()) {
        const qsizetype capacity = std::max(kChunkBytes, size);
        m_chunks.push_back({std::make_unique<char[]>(size_t(capacity)), capacity});
        m_used = 0;
    }
    m_reserved = m_chunks[m_current].bytes.get() + m_used;
    return m_reserved;
}

QByteArrayView TextArena::commit(qsizetype used)
{
    m_used += used;
    return QByteArrayView(m_reserved, used);
}

QByteArrayView TextArena::store(QByteArrayView bytes)
{
    char *to = reserve(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(to, bytes.data(), size_t(bytes.size()));
    return commit(bytes.size());
}

void TextArena::clear()
{
    // A chunk made for one huge value is not kept: the next rows would carry it for nothing.
    if (m_chunks.size() > 1 || (!m_chunks.empty() && m_chunks.front().capacity > kChunkBytes))
        m_chunks.erase(std::remove_if(m_chunks.begin(), m_chunks.end(), [](const Chunk &c) { return c.capacity > kChunkBytes; }),
                       m_chunks.end());
    m_current = 0;
    m_used = 0;
    m_reserved = nullptr;
}

}  // namespace caseline
