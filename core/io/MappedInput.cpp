#include "MappedInput.h"

#include "TextEncoding.h"

#include <atomic>
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
    // Read from the file, not the mapping, as all below: one touch of the mapping can make
    // megabytes of it resident (the kernel maps a large page-cache folio whole).
    char head[3] = {};
    const qsizetype headSize = qMin<qsizetype>(qsizetype(sizeof head), m_bytes.size());
    const bool headRead = ::pread(fd, head, size_t(headSize), 0) == headSize;
    const qint64 bodyStart = headSize - TextEncoding::withoutUtf8Bom(QByteArrayView(head, headSize)).size();
    // Each half read with pread from its own position, so both can read at once.
    std::atomic<bool> failed = !headRead;
    const auto byteAt = [&](qsizetype at) {
        char byte = 0;
        if (::pread(fd, &byte, 1, off_t(bodyStart + at)) != 1)
            failed = true;
        return byte;
    };
    const InputScan result = InputScan::inHalves(m_bytes.size() - bodyStart, byteAt, [&](qsizetype begin, qsizetype end) {
        qint64 at = bodyStart + begin;
        const qint64 stop = bodyStart + end;
        const InputScan part = InputScan::ofPieces([&](char *buffer, qsizetype capacity) -> qsizetype {
            for (;;) {
                const ssize_t got = ::pread(fd, buffer, size_t(qMin<qint64>(capacity, stop - at)), off_t(at));
                if (got < 0 && errno == EINTR)
                    continue;
                if (got < 0)
                    failed = true;
                at += qMax<ssize_t>(got, 0);
                return qMax<ssize_t>(got, 0);
            }
        });
        if (at != stop)
            failed = true;  // shorter than mapped: changed since
        return part;
    });
    if (failed)
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
