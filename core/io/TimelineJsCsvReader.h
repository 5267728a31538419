#pragma once

#include "CaseData.h"
#include "ImportError.h"

#include <QByteArray>
#include <variant>

namespace caseline {

// The TimelineJS spreadsheet template saved as CSV: Year, Month, Day, Time, End Year, End Month,
// End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media
// Thumbnail, Type, Group, Background. A row of Type "title" is the title slide, "era" an era,
// an empty Type an event. See TimelineJsCaseBuilder for how slides become data.
class TimelineJsCsvReader {
public:
    static bool looksLikeTimelineJs(const QByteArray &head);
    std::variant<CaseData, ImportError> read(const QByteArray &data, const QString &fileName) const;
};

}  // namespace caseline
