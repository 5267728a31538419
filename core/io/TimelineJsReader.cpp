#include "TimelineJsReader.h"

#include "TextEncoding.h"
#include "TimelineJsCsvReader.h"
#include "TimelineJsJsonReader.h"

namespace caseline {

QString TimelineJsReader::formatKey() const { return QStringLiteral("timelinejs"); }
QString TimelineJsReader::formatName() const { return QStringLiteral("TimelineJS 3 (JSON or spreadsheet CSV)"); }

int TimelineJsReader::sniffScore(const QByteArray &head, const QString &) const
{
    if (TimelineJsCsvReader::looksLikeTimelineJs(head))
        return 100;
    // Below Caseline JSON's signature, above a bare .json extension.
    return TimelineJsJsonReader::looksLikeTimelineJs(head) ? 60 : 0;
}

std::variant<CaseData, ImportError> TimelineJsReader::read(const QByteArray &data, const QString &fileName) const
{
    if (TextEncoding::withoutUtf8Bom(data).trimmed().startsWith('{'))
        return TimelineJsJsonReader().read(data, fileName);
    return TimelineJsCsvReader().read(data, fileName);
}

}  // namespace caseline
