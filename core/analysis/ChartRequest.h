#pragma once

#include "DateBinner.h"
#include "query/EventFilter.h"

#include <QString>
#include <optional>

namespace caseline {

// What a chart is asked to show: plain data, the same from the window and the command line.
struct ChartRequest {
    enum class Kind { Adoption, ByStance, EventStudy, Ranking };

    Kind kind = Kind::ByStance;
    EventFilter filter;
    DateBinner::Unit bin = DateBinner::Unit::Year;
    bool perCapita = false;
    int topN = 15;          // ranking
    int windowBins = 5;     // event study: bins before and after the change

    static std::optional<Kind> kindFromKey(const QString &key);  // adoption, by-stance, event-study, ranking
    static QString kindKey(Kind kind);
};

}  // namespace caseline
