#include "ExportSink.h"

#include <QIODevice>

namespace caseline {

namespace {
constexpr qsizetype kBlockSize = 256 * 1024;
}

ExportSink &ExportSink::operator<<(const QString &text)
{
    m_buffer += text.toUtf8();
    if (m_buffer.size() >= kBlockSize)
        flush();
    return *this;
}

ExportSink &ExportSink::operator<<(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= kBlockSize)
        flush();
    return *this;
}

bool ExportSink::flush()
{
    if (!m_failed && !m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

QString ExportSink::errorString() const
{
    return QStringLiteral("cannot write the export: %1").arg(m_device.errorString());
}

}  // namespace caseline
