#pragma once

#include <QByteArrayView>

#include <memory>
#include <vector>

namespace caseline {

// Bytes that stay where they were written until clear(): a row's normalised text is built here
// piece by piece while views of earlier pieces are still held (CaseCsvParser). Chunks are kept
// across clear(), so a million rows allocate nothing after the first few.
class TextArena {
public:
    // Room for `size` bytes; write into it, then commit() how many were used.
    char *reserve(qsizetype size);
    QByteArrayView commit(qsizetype used);
    QByteArrayView store(QByteArrayView bytes);
    void clear();

private:
    static constexpr qsizetype kChunkBytes = 64 * 1024;
    struct Chunk {
        std::unique_ptr<char[]> bytes;
        qsizetype capacity = 0;
    };
    std::vector<Chunk> m_chunks;
    size_t m_current = 0;   // chunk being filled
    qsizetype m_used = 0;   // bytes of it used
    char *m_reserved = nullptr;
};

}  // namespace caseline
