#include "ChartRequest.h"

namespace caseline {

std::optional<ChartRequest::Kind> ChartRequest::kindFromKey(const QString &key)
{
    for (Kind kind : {Kind::Adoption, Kind::ByStance, Kind::EventStudy, Kind::Ranking})
        if (kindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString ChartRequest::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Adoption: return QStringLiteral("adoption");
    case Kind::ByStance: return QStringLiteral("by-stance");
    case Kind::EventStudy: return QStringLiteral("event-study");
    case Kind::Ranking: break;
    }
    return QStringLiteral("ranking");
}

}  // namespace caseline
