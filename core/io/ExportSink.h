#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace caseline {

// Buffered UTF-8 output to a device for the writers: text is gathered in a buffer and handed to
// the device in large blocks, and the first write error is remembered rather than checked
// after every line.
class ExportSink {
public:
    explicit ExportSink(QIODevice &device) : m_device(device) {}
    ~ExportSink() { flush(); }
    ExportSink(const ExportSink &) = delete;
    ExportSink &operator=(const ExportSink &) = delete;

    ExportSink &operator<<(const QString &text);
    ExportSink &operator<<(const QByteArray &bytes);
    ExportSink &operator<<(const char *latin1) { return *this << QByteArray(latin1); }
    // Sends what is buffered; false when the device has refused a write.
    bool flush();
    QString errorString() const;

private:
    QIODevice &m_device;
    QByteArray m_buffer;
    bool m_failed = false;
};

}  // namespace caseline
