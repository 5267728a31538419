#pragma once

#include "Citation.h"
#include "PartialDate.h"
#include "Stance.h"

#include <QList>
#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace caseline {

// A jurisdiction's stance from a start to an optional end (open-ended: still in force).
struct PolicyPeriod {
    qint64 id = 0;
    QString key;
    qint64 jurisdictionId = 0;
    Stance stance = Stance::Other;
    PartialDate start;
    PartialDate end;  // invalid when open-ended
    QString note;
    QList<Citation> citations;

    StanceFamily family() const { return stanceFamily(stance); }
    bool isOpenEnded() const { return !end.isValid(); }
    // In force on that day: from the first day of its start to the last day of its end.
    bool coversDay(boost::gregorian::date day) const;
    bool operator==(const PolicyPeriod &) const = default;
};

}  // namespace caseline
