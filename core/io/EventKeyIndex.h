#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <string>
#include <vector>

namespace caseline {

// The events a CSV import has read so far, by key (UTF-8): where each first appeared (line) and a
// fingerprint of its columns, so later rows of the same key can be checked without keeping the
// events. Flat arrays and open addressing instead of a node per key: a million keys cost about
// 50 MB instead of twice that, and the lookup is one or two cache misses.
class EventKeyIndex {
public:
    struct Entry {
        int line = 0;
        size_t fingerprint = 0;
    };

    void reserve(qsizetype events);
    // The number (0, 1, ...) of the event with this key, or -1.
    qsizetype find(QByteArrayView key) const;
    // Starts loading where find(key) will look, so that other work hides the memory's latency:
    // a lookup in a table of a million keys is one miss that costs more than the rest of it.
    void prefetch(QByteArrayView key) const;
    const Entry &entry(qsizetype ordinal) const { return m_entries[size_t(ordinal)]; }
    // Adds a key not yet present; returns its number.
    qsizetype add(QByteArrayView key, Entry entry);
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    static constexpr uint32_t kEmpty = UINT32_MAX;
    static constexpr size_t kTypicalKeyBytes = 24;  // "csv:" and a 16-digit digest, or a short id
    // A key's number with its hash beside it: probing compares hashes without reading another
    // array (a second cache miss per probe, most of the lookup's time at a million keys).
    struct Slot {
        uint32_t ordinal = kEmpty;
        uint32_t hash = 0;
    };
    static uint32_t hashOf(QByteArrayView key);
    size_t slotOf(uint32_t hash) const { return hash & (m_slots.size() - 1); }
    bool keyEquals(uint32_t ordinal, QByteArrayView key) const;
    void place(Slot slot);
    void grow();

    std::vector<Entry> m_entries;
    std::vector<uint32_t> m_keyStarts;  // by ordinal, into m_keys (one past the last: m_keys.size())
    std::string m_keys;                 // every key's UTF-8, end to end
    std::vector<Slot> m_slots;          // a power of two, at most half full
};

}  // namespace caseline
