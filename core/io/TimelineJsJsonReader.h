#pragma once

#include "CaseData.h"
#include "ImportError.h"

#include <QByteArray>
#include <variant>

namespace caseline {

// TimelineJS 3 JSON: {"title": slide, "events": [slide...], "eras": [slide...]}, a slide having
// start_date/end_date ({year, month, day, hour, minute, ...} as strings or numbers), text
// {headline, text}, media {url, credit, caption}, group, display_date and unique_id. Unknown
// members are ignored. TimelineJS 2 files ({"timeline": {"date": [...]}}) are refused with a
// message saying how to convert them. See TimelineJsCaseBuilder for how slides become data.
class TimelineJsJsonReader {
public:
    static bool looksLikeTimelineJs(const QByteArray &head);
    std::variant<CaseData, ImportError> read(const QByteArray &data, const QString &fileName) const;
};

}  // namespace caseline
