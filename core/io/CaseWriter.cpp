#include "CaseWriter.h"

#include <QBuffer>

namespace caseline {

std::variant<QByteArray, ExportError> CaseWriter::writeToBytes(CaseFile &file, const EventFilter &filter,
                                                               const ExportOptions &options) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto result = write(file, filter, options, buffer);
    if (auto *error = std::get_if<ExportError>(&result))
        return *error;
    buffer.close();
    return bytes;
}

}  // namespace caseline
