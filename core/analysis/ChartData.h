#pragma once

#include "model/Stance.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace caseline {

// A chart's numbers, ready to draw or to write out as CSV: one value per category per series.
struct ChartData {
    struct Series {
        QString name;
        std::optional<StanceFamily> family;  // colours follow the timeline's bands
        QList<double> values;                // one per category
        QList<StanceFamily> pointFamilies;   // per category, when bars differ (ranking)
    };

    bool lines = false;  // lines over time (adoption, event study) or bars
    QString title;
    QString xTitle;
    QString yTitle;
    QStringList categories;
    // What each category stands for, so a click on a bar can filter to its events:
    QList<QPair<qint64, qint64>> categoryDays;  // first and last Julian day of time bins
    QList<qint64> categoryJurisdictions;         // ranking: the jurisdiction of each bar
    QList<Series> series;
    qint64 eventCount = 0;         // events behind the chart
    qint64 jurisdictionCount = 0;  // jurisdictions behind the chart
    qint64 periodCount = 0;        // policy periods behind it (adoption)
    QStringList excluded;          // jurisdictions left out of per-capita rates (no population)
    QStringList sources;           // titles of the sources cited by the events or periods behind it
    QString filterDescription;

    QString caption() const;
    QString toCsv() const;
};

}  // namespace caseline
