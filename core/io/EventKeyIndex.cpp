#include "EventKeyIndex.h"

#include <QHash>

#include <bit>
#include <cstring>

namespace caseline {

uint32_t EventKeyIndex::hashOf(QByteArrayView key) { return uint32_t(qHash(key)); }

void EventKeyIndex::place(Slot entry)
{
    size_t slot = slotOf(entry.hash);
    while (m_slots[slot].ordinal != kEmpty)
        slot = (slot + 1) & (m_slots.size() - 1);
    m_slots[slot] = entry;
}

void EventKeyIndex::reserve(qsizetype events)
{
    m_entries.reserve(size_t(events));
    m_keyStarts.reserve(size_t(events));
    m_keys.reserve(size_t(events) * kTypicalKeyBytes);
    const size_t slotCount = std::bit_ceil(size_t(std::max<qsizetype>(events, 8)) * 2);
    if (slotCount > m_slots.size()) {
        std::vector<Slot> old(slotCount);
        old.swap(m_slots);
        for (const Slot slot : old)
            if (slot.ordinal != kEmpty)
                place(slot);
    }
}

bool EventKeyIndex::keyEquals(uint32_t ordinal, QByteArrayView key) const
{
    const uint32_t start = m_keyStarts[ordinal];
    const uint32_t end = ordinal + 1 < m_keyStarts.size() ? m_keyStarts[ordinal + 1] : uint32_t(m_keys.size());
    return end - start == uint32_t(key.size()) && std::memcmp(m_keys.data() + start, key.data(), size_t(key.size())) == 0;
}

qsizetype EventKeyIndex::find(QByteArrayView key) const
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

void EventKeyIndex::prefetch(QByteArrayView key) const
{
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[slotOf(hashOf(key))]);
}

qsizetype EventKeyIndex::add(QByteArrayView key, Entry entry)
{
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        grow();
    const auto ordinal = uint32_t(m_entries.size());
    m_entries.push_back(entry);
    m_keyStarts.push_back(uint32_t(m_keys.size()));
    m_keys.append(key.data(), size_t(key.size()));
    place({ordinal, hashOf(key)});
    return ordinal;
}

void EventKeyIndex::grow() { reserve(qsizetype(std::max<size_t>(m_entries.size() * 2, 1024))); }

}  // namespace caseline
