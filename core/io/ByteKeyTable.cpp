#include "ByteKeyTable.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <cstring>

namespace caseline {

uint32_t ByteKeyTable::hashOf(QByteArrayView key) { return uint32_t(qHash(key)); }

void ByteKeyTable::place(Slot entry)
{
    size_t slot = slotOf(entry.hash);
    while (m_slots[slot].ordinal != kEmpty)
        slot = (slot + 1) & (m_slots.size() - 1);
    m_slots[slot] = entry;
}

void ByteKeyTable::growSlots(size_t keys)
{
    const size_t slotCount = std::bit_ceil(std::max<size_t>(keys, 8) * 2);
    if (slotCount <= m_slots.size())
        return;
    std::vector<Slot> old(slotCount);
    old.swap(m_slots);
    for (const Slot slot : old)
        if (slot.ordinal != kEmpty)
            place(slot);
}

void ByteKeyTable::reserve(qsizetype keys, size_t typicalKeyBytes)
{
    m_keyStarts.reserve(size_t(keys));
    m_keys.reserve(size_t(keys) * typicalKeyBytes);
    growSlots(size_t(keys));
}

bool ByteKeyTable::keyEquals(uint32_t ordinal, QByteArrayView key) const
{
    const uint32_t start = m_keyStarts[ordinal];
    const uint32_t end = ordinal + 1 < m_keyStarts.size() ? m_keyStarts[ordinal + 1] : uint32_t(m_keys.size());
    return end - start == uint32_t(key.size()) && std::memcmp(m_keys.data() + start, key.data(), size_t(key.size())) == 0;
}

qsizetype ByteKeyTable::find(QByteArrayView key) const
{
    if (m_slots.empty())
        return -1;
    const uint32_t hash = hashOf(key);
    for (size_t slot = slotOf(hash); m_slots[slot].ordinal != kEmpty; slot = (slot + 1) & (m_slots.size() - 1)) {
        if (m_slots[slot].hash == hash && keyEquals(m_slots[slot].ordinal, key))
            return m_slots[slot].ordinal;
    }
    return -1;
}

void ByteKeyTable::prefetch(QByteArrayView key) const
{
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[slotOf(hashOf(key))]);
}

qsizetype ByteKeyTable::add(QByteArrayView key)
{
    if ((m_keyStarts.size() + 1) * 2 > m_slots.size())
        growSlots(std::max<size_t>(m_keyStarts.size() * 2, 1024));
    const auto ordinal = uint32_t(m_keyStarts.size());
    m_keyStarts.push_back(uint32_t(m_keys.size()));
    m_keys.append(key.data(), size_t(key.size()));
    place({ordinal, hashOf(key)});
    return ordinal;
}

}  // namespace caseline
