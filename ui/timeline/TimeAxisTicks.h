#pragma once

#include "TimeScale.h"

#include <QList>
#include <QString>

class QFontMetricsF;

namespace caseline {

struct TimeTick {
    double x = 0;       // pixels from the plot's left edge
    qint32 day = 0;     // Julian day the tick starts
    QString label;      // empty for minor ticks
    bool major = false;
};

// Calendar ticks for a time axis that adapt to the zoom: centuries and decades, years, quarters,
// months, weeks, days. The finest step whose labels all fit without touching is chosen, and the
// next finer step (when at least a few pixels apart) gives unlabelled minor ticks.
class TimeAxisTicks {
public:
    enum class Step { Century, FiftyYears, TwentyYears, Decade, FiveYears, TwoYears, Year, Quarter, Month, Week, Day };

    struct Result {
        Step step = Step::Year;
        QList<TimeTick> major;  // labelled, in x order
        QList<TimeTick> minor;
        // For days and weeks, whose labels give no year: the month and year at the left edge,
        // drawn there and kept there while the view pans ("Sep 2015").
        QString context;
    };

    // Labels are drawn starting labelOffset px right of their tick and need minGap px between them.
    static Result compute(const TimeScale &scale, const QFontMetricsF &metrics, double labelOffset = 3,
                          double minGap = 10);

    static QString stepName(Step step);  // "year", "month", ... for tests and status text
};

}  // namespace caseline
