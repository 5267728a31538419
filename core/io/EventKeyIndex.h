#pragma once

#include "ByteKeyTable.h"

#include <QByteArrayView>

#include <vector>

namespace caseline {

// The events a CSV import has read so far, by key (UTF-8): where each first appeared (line) and a
// fingerprint of its columns, so later rows of the same key can be checked without keeping the
// events. A million keys cost about 50 MB (ByteKeyTable).
class EventKeyIndex {
public:
    struct Entry {
        int line = 0;
        size_t fingerprint = 0;
    };

    void reserve(qsizetype events);
    // The number (0, 1, ...) of the event with this key, or -1.
    qsizetype find(QByteArrayView key) const { return m_keys.find(key); }
    // Starts loading where find(key) will look, so that other work hides the memory's latency:
    // a lookup in a table of a million keys is one miss that costs more than the rest of it.
    void prefetch(QByteArrayView key) const { m_keys.prefetch(key); }
    const Entry &entry(qsizetype ordinal) const { return m_entries[size_t(ordinal)]; }
    // Adds a key not yet present; returns its number.
    qsizetype add(QByteArrayView key, Entry entry);
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    static constexpr size_t kTypicalKeyBytes = 24;  // "csv:" and a 16-digit digest, or a short id

    ByteKeyTable m_keys;
    std::vector<Entry> m_entries;
};

}  // namespace caseline
