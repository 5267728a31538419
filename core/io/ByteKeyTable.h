#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <string>
#include <vector>

namespace caseline {

// Byte strings numbered 0, 1, ... in the order they were added, found by their bytes. Flat arrays
// and open addressing instead of a node per key: a lookup is one or two cache misses, where a
// QHash of QByteArray took three dependent ones (its span, its node, the key's own heap block),
// and a million keys cost a fraction of the memory.
class ByteKeyTable {
public:
    void reserve(qsizetype keys, size_t typicalKeyBytes);
    // The number of the key, or -1.
    qsizetype find(QByteArrayView key) const;
    // Starts loading where find(key) will look, so that other work hides the memory's latency.
    void prefetch(QByteArrayView key) const;
    // Adds a key not yet present; returns its number.
    qsizetype add(QByteArrayView key);
    qsizetype size() const { return qsizetype(m_keyStarts.size()); }

private:
    static constexpr uint32_t kEmpty = UINT32_MAX;
    // A key's number with its hash beside it: probing compares hashes without reading another
    // array (a second cache miss per probe).
    struct Slot {
        uint32_t ordinal = kEmpty;
        uint32_t hash = 0;
    };
    static uint32_t hashOf(QByteArrayView key);
    size_t slotOf(uint32_t hash) const { return hash & (m_slots.size() - 1); }
    bool keyEquals(uint32_t ordinal, QByteArrayView key) const;
    void place(Slot slot);
    void growSlots(size_t keys);

    std::vector<uint32_t> m_keyStarts;  // by number, into m_keys (one past the last: m_keys.size())
    std::string m_keys;                 // every key's bytes, end to end
    std::vector<Slot> m_slots;          // a power of two, at most half full
};

}  // namespace caseline
