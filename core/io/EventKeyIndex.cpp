#include "EventKeyIndex.h"

#include <QHash>

#include <bit>
#include <cstring>

namespace caseline {

void EventKeyIndex::reserve(qsizetype events)
{
    m_entries.reserve(size_t(events));
    m_hashes.reserve(size_t(events));
    m_keyStarts.reserve(size_t(events));
    const size_t slotCount = std::bit_ceil(size_t(std::max<qsizetype>(events, 8)) * 2);
    if (slotCount > m_slots.size()) {
        m_slots.assign(slotCount, kEmpty);
        for (uint32_t ordinal = 0; ordinal < m_entries.size(); ++ordinal) {
            size_t slot = slotOf(m_hashes[ordinal]);
            while (m_slots[slot] != kEmpty)
                slot = (slot + 1) & (m_slots.size() - 1);
            m_slots[slot] = ordinal;
        }
    }
}

bool EventKeyIndex::keyEquals(uint32_t ordinal, QByteArrayView key) const
{
    const uint32_t start = m_keyStarts[ordinal];
    const uint32_t end = ordinal + 1 < m_keyStarts.size() ? m_keyStarts[ordinal + 1] : uint32_t(m_keys.size());
    return end - start == uint32_t(key.size()) && std::memcmp(m_keys.constData() + start, key.data(), size_t(key.size())) == 0;
}

qsizetype EventKeyIndex::find(QByteArrayView key) const
{
    if (m_slots.empty())
        return -1;
    const size_t hash = qHash(key);
    for (size_t slot = slotOf(hash); m_slots[slot] != kEmpty; slot = (slot + 1) & (m_slots.size() - 1)) {
        const uint32_t ordinal = m_slots[slot];
        if (m_hashes[ordinal] == hash && keyEquals(ordinal, key))
            return ordinal;
    }
    return -1;
}

qsizetype EventKeyIndex::add(QByteArrayView key, Entry entry)
{
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        grow();
    const auto ordinal = uint32_t(m_entries.size());
    const size_t hash = qHash(key);
    m_entries.push_back(entry);
    m_hashes.push_back(hash);
    m_keyStarts.push_back(uint32_t(m_keys.size()));
    m_keys += key;
    size_t slot = slotOf(hash);
    while (m_slots[slot] != kEmpty)
        slot = (slot + 1) & (m_slots.size() - 1);
    m_slots[slot] = ordinal;
    return ordinal;
}

void EventKeyIndex::grow() { reserve(qsizetype(std::max<size_t>(m_entries.size() * 2, 1024))); }

}  // namespace caseline
