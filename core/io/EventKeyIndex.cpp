#include "EventKeyIndex.h"

namespace caseline {

void EventKeyIndex::reserve(qsizetype events)
{
    m_entries.reserve(size_t(events));
    m_keys.reserve(events, kTypicalKeyBytes);
}

qsizetype EventKeyIndex::add(QByteArrayView key, Entry entry)
{
    m_entries.push_back(entry);
    return m_keys.add(key);
}

}  // namespace caseline
