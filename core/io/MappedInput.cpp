#include "MappedInput.h"

#include "TextEncoding.h"

#include <cerrno>

#include <sys/mman.h>
#include <unistd.h>

namespace caseline {

bool MappedInput::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return false;
    if (m_file.size() == 0)
        return true;  // nothing to map; bytes() stays empty
    uchar *data = m_file.map(0, m_file.size(), QFileDevice::MapPrivateOption);
    if (!data)
        return false;
    m_bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), m_file.size());
    m_released = m_bytes.constData();
    return true;
}

std::optional<InputScan> MappedInput::scan()
{
    const int fd = m_file.handle();
    if (fd < 0)
        return std::nullopt;
    qint64 at = m_bytes.size() - TextEncoding::withoutUtf8Bom(m_bytes).size();
    bool failed = false;
    const InputScan result = InputScan::ofPieces([&](char *buffer, qsizetype capacity) -> qsizetype {
        for (;;) {
            const ssize_t got = ::pread(fd, buffer, size_t(capacity), off_t(at));
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                failed = true;
            at += qMax<ssize_t>(got, 0);
            return qMax<ssize_t>(got, 0);
        }
    });
    if (failed || at != m_bytes.size())
        return std::nullopt;
    return result;
}

void MappedInput::releaseBefore(const char *position)
{
    static const qintptr page = qintptr(sysconf(_SC_PAGESIZE));
    const char *begin = m_bytes.constData();
    if (!begin || position <= begin || position > begin + m_bytes.size())
        return;
    // Whole pages only. A position behind the last one starts a new pass over the file (the
    // first pass only checked the encoding): its pages were read in again.
    const char *end = begin + ((position - begin) / page) * page;
    if (end < m_released)
        m_released = begin;
    // In steps of several megabytes, and at the end: each call is a system call and a flush of
    // every core's address cache (2 % of a million-event import's time when done every 512 rows).
    const bool atEnd = position == begin + m_bytes.size();
    if (end <= m_released || (end - m_released < kReleaseStep && !atEnd))
        return;
    madvise(const_cast<char *>(m_released), size_t(end - m_released), MADV_DONTNEED);
    m_released = end;
}

}  // namespace caseline
