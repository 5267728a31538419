#pragma once

#include "InputScan.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>

namespace caseline {

// An input file mapped into memory rather than read into it, so a 300 MB CSV does not cost
// 300 MB of heap, and whose pages already parsed can be handed back (releaseBefore) so they stop
// counting as resident. The file must not be truncated while mapped (the usual mmap caveat).
class MappedInput {
public:
    explicit MappedInput(const QString &path) : m_file(path) {}
    // False with errorString() when the file cannot be opened or mapped.
    bool open();
    QString errorString() const { return m_file.errorString(); }
    // The whole file; valid while this object lives. Not NUL-terminated.
    const QByteArray &bytes() const { return m_bytes; }
    // Tells the kernel that the bytes before position will not be read again (soon): in steps of
    // kReleaseStep bytes, and all of them once position is the end.
    void releaseBefore(const char *position);
    static constexpr qsizetype kReleaseStep = 8 * 1024 * 1024;
    // The scan a CSV reader needs of bytes() after a UTF-8 byte order mark, read from the file
    // rather than through the mapping, whose pages are then touched once, by the parser (on this
    // project's VM touching a 280 MB mapping took 0.14–0.23 s, reading the file 0.05 s). Nothing
    // when the file cannot be read to the end as mapped.
    std::optional<InputScan> scan();

private:
    QFile m_file;
    QByteArray m_bytes;
    const char *m_released = nullptr;
};

}  // namespace caseline
