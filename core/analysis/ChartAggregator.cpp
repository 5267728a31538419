#include "ChartAggregator.h"

#include "ChartEventPoints.h"

#include "FilterDescription.h"
#include "query/EventQuery.h"
#include "storage/CaseFile.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace caseline {

namespace {
constexpr double kPerResidents = 100000.0;
const StanceFamily kCompared[] = {StanceFamily::LimitsCooperation, StanceFamily::Agreement287g};

// English without a translator (the command line); the window's language when it installs one.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(caseline::ChartAggregator)
};

QString binNoun(DateBinner::Unit unit)
{
    switch (unit) {
    case DateBinner::Unit::Year: return Text::tr("Year");
    case DateBinner::Unit::Quarter: return Text::tr("Quarter");
    case DateBinner::Unit::Month: break;
    }
    return Text::tr("Month");
}

// Whole sentences per unit: other languages cannot build them from a noun.
QString eventStudyAxisTitle(DateBinner::Unit unit)
{
    switch (unit) {
    case DateBinner::Unit::Year: return Text::tr("Years from the change (0 = the year it took effect)");
    case DateBinner::Unit::Quarter: return Text::tr("Quarters from the change (0 = the quarter it took effect)");
    case DateBinner::Unit::Month: break;
    }
    return Text::tr("Months from the change (0 = the month it took effect)");
}
}  // namespace

ChartAggregator::ChartAggregator(CaseFile &file, std::shared_ptr<const EventColumns> columns)
    : m_file(file), m_columns(std::move(columns)), m_history(StanceHistory::load(file))
{
    for (const Jurisdiction &j : file.jurisdictions())
        m_jurisdictions.insert(j.id, j);
}

ChartData ChartAggregator::compute(const ChartRequest &request)
{
    switch (request.kind) {
    case ChartRequest::Kind::Adoption: return adoption(request);
    case ChartRequest::Kind::ByStance: return byStance(request);
    case ChartRequest::Kind::EventStudy: return eventStudy(request);
    case ChartRequest::Kind::Ranking: break;
    }
    return ranking(request);
}

bool ChartAggregator::inScope(qint64 jurisdictionId, const EventFilter &filter) const
{
    return filter.jurisdictionIds.isEmpty() || filter.jurisdictionIds.contains(jurisdictionId);
}

QString ChartAggregator::perCapitaNote(bool perCapita) const
{
    return perCapita ? Text::tr("Events per 100,000 residents") : Text::tr("Events");
}

void ChartAggregator::describe(ChartData &data, const ChartRequest &request, bool fromPeriods)
{
    data.filterDescription = fromPeriods ? Text::tr("Policy periods") : describeFilter(request.filter, m_file);
    if (!fromPeriods && m_columns) {
        data.sources = citedSourceTitles(request.filter);
        return;
    }
    if (!fromPeriods && request.filter.isEmpty()) {
        // Every citation's event exists (a foreign key): no event row needs reading. Nearly all
        // citations are of events, so a source with any citation (its index alone) is cited by
        // an event unless it is among the few that policy periods cite; only those are checked
        // row by row (reading a citation row per source took most of the time).
        Statement st = m_file.database().prepare(QStringLiteral(
            "SELECT s.title FROM source s WHERE EXISTS (SELECT 1 FROM citation c INDEXED BY citation_source WHERE c.source_id = s.id) "
            "AND (s.id NOT IN (SELECT source_id FROM citation INDEXED BY citation_period WHERE policy_period_id IS NOT NULL) "
            "OR EXISTS (SELECT 1 FROM citation c INDEXED BY citation_source WHERE c.source_id = s.id AND c.event_id IS NOT NULL)) "
            "ORDER BY s.title"));
        while (st.step())
            data.sources << st.text(0);
        return;
    }
    Statement st = fromPeriods
        ? m_file.database().prepare(QStringLiteral(
              // The few period citations through their index, not every citation of every source.
              "SELECT s.title FROM source s WHERE s.id IN (SELECT c.source_id FROM citation c INDEXED BY citation_period "
              "WHERE c.policy_period_id IS NOT NULL) ORDER BY s.title"))
        : [&] {
              const EventQuery::Where where = EventQuery::whereClause(request.filter);
              Statement q = m_file.database().prepare(QStringLiteral(
                  "SELECT s.title FROM source s WHERE EXISTS (SELECT 1 FROM citation c JOIN event e ON e.id = c.event_id "
                  "WHERE c.source_id = s.id AND %1) ORDER BY s.title").arg(where.conditions));
              EventQuery::bindAll(q, where.values);
              return q;
          }();
    while (st.step())
        data.sources << st.text(0);
}

QStringList ChartAggregator::citedSourceTitles(const EventFilter &filter) const
{
    // The matching events are known from the snapshot, and so are the sources they cite.
    const EventColumns &c = *m_columns;
    const QList<qint64> cited = filter.isEmpty() ? c.sourcesCitedByAnyEvent() : c.sourcesCitedBy(c.matchingRows(m_file, filter));
    const QSet<qint64> sourceIds(cited.cbegin(), cited.cend());
    QStringList titles;
    Statement st = m_file.database().prepare(QStringLiteral("SELECT id, title FROM source ORDER BY title"));
    while (st.step())
        if (sourceIds.contains(st.int64(0)))
            titles << st.text(1);
    return titles;
}

ChartData ChartAggregator::adoption(const ChartRequest &request)
{
    ChartData data;
    data.lines = true;
    data.title = Text::tr("Jurisdictions by stance over time");
    data.xTitle = binNoun(request.bin);
    data.yTitle = Text::tr("Jurisdictions in force");
    const DateBinner binner(request.bin);
    if (m_history.jurisdictions().isEmpty()) {
        describe(data, request, true);
        return data;
    }
    int first = binner.binOfJulianDay(m_history.earliestDay());
    int last = binner.binOfJulianDay(m_history.latestDay());
    if (request.filter.from.isValid())
        first = qMax(first, binner.binOf(request.filter.from.firstDay()));
    if (request.filter.to.isValid())
        last = qMin(last, binner.binOf(request.filter.to.lastDay()));
    QList<qint64> lanes;
    for (qint64 id : m_history.jurisdictions())
        if (inScope(id, request.filter))
            lanes << id;
    for (StanceFamily family : kCompared)
        data.series.append({stanceFamilyLabel(family), family, {}, {}});
    for (int bin = first; bin <= last; ++bin) {
        data.categories << binner.label(bin);
        const qint64 day = binner.lastDayOf(bin).julian_day();
        data.categoryDays.append({binner.firstDayOf(bin).julian_day(), day});
        int counts[kStanceFamilyCount] = {0, 0, 0};
        for (qint64 id : lanes)
            ++counts[int(m_history.familyOn(id, day))];
        for (ChartData::Series &s : data.series)
            s.values << counts[int(*s.family)];
    }
    data.jurisdictionCount = lanes.size();
    Statement periods = m_file.database().prepare(QStringLiteral("SELECT count(*) FROM policy_period"));
    data.periodCount = periods.step() ? periods.int64(0) : 0;
    describe(data, request, true);
    return data;
}

ChartData ChartAggregator::byStance(const ChartRequest &request)
{
    ChartData data;
    data.title = request.perCapita ? Text::tr("Events per 100,000 residents by stance on the event's date")
                                   : Text::tr("Events by stance on the event's date");
    data.xTitle = binNoun(request.bin);
    data.yTitle = perCapitaNote(request.perCapita);
    const DateBinner binner(request.bin);
    const ChartEventPoints points(m_file, m_columns.get(), request.filter);
    if (points.isEmpty()) {
        describe(data, request, false);
        return data;
    }
    // Bins grow with the day, so the first and last bins are those of the first and last days.
    qint64 firstDay = points.day(0), lastDay = firstDay;
    for (qsizetype i = 0; i < points.size(); ++i) {
        firstDay = qMin(firstDay, points.day(i));
        lastDay = qMax(lastDay, points.day(i));
    }
    const int first = binner.binOfJulianDay(firstDay);
    const int bins = binner.binOfJulianDay(lastDay) - first + 1;
    QList<QList<double>> counts(kStanceFamilyCount, QList<double>(bins, 0.0));
    QSet<qint64> lanes;
    QSet<qint64> excluded;
    // Points come by lane and day: the stance and bin are worked out once per run of equal values.
    qint64 lane = 0, day = 0;
    bool laneExcluded = false;
    int bin = 0;
    StanceFamily family = StanceFamily::Neither;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const qint64 pointLane = points.jurisdictionId(i), pointDay = points.day(i);
        const bool newLane = i == 0 || pointLane != lane;
        if (newLane) {
            lane = pointLane;
            lanes.insert(lane);
            laneExcluded = request.perCapita && !m_jurisdictions.value(lane).population;
            if (laneExcluded)
                excluded.insert(lane);
        }
        if (laneExcluded)
            continue;
        if (newLane || pointDay != day) {
            day = pointDay;
            bin = binner.binOfJulianDay(day) - first;
            family = m_history.familyOn(lane, day);
        }
        counts[int(family)][bin] += 1;
    }
    if (request.perCapita) {
        // Rate = events of the family's jurisdictions / their residents, on each bin's middle day.
        for (int b = 0; b < bins; ++b) {
            const qint64 middle = (binner.firstDayOf(first + b).julian_day() + binner.lastDayOf(first + b).julian_day()) / 2;
            double residents[kStanceFamilyCount] = {0, 0, 0};
            for (const Jurisdiction &j : std::as_const(m_jurisdictions))
                if (j.population && inScope(j.id, request.filter))
                    residents[int(m_history.familyOn(j.id, middle))] += double(*j.population);
            for (int f = 0; f < kStanceFamilyCount; ++f)
                counts[f][b] = residents[f] > 0 ? counts[f][b] * kPerResidents / residents[f] : 0.0;
        }
    }
    for (int b = 0; b < bins; ++b) {
        data.categories << binner.label(first + b);
        data.categoryDays.append({binner.firstDayOf(first + b).julian_day(), binner.lastDayOf(first + b).julian_day()});
    }
    for (StanceFamily family : {StanceFamily::LimitsCooperation, StanceFamily::Agreement287g, StanceFamily::Neither})
        data.series.append({stanceFamilyLabel(family), family, counts[int(family)], {}});
    for (qint64 id : excluded)
        data.excluded << m_jurisdictions.value(id).displayName();
    data.excluded.sort();
    data.eventCount = points.size();
    data.jurisdictionCount = lanes.size();
    describe(data, request, false);
    return data;
}

ChartData ChartAggregator::eventStudy(const ChartRequest &request)
{
    ChartData data;
    data.lines = true;
    data.title = Text::tr("Events around a jurisdiction's policy change");
    data.xTitle = eventStudyAxisTitle(request.bin);
    data.yTitle = Text::tr("Events per jurisdiction (average)");
    const DateBinner binner(request.bin);
    const int window = qMax(1, request.windowBins);
    // Each lane's events as bins, each distinct day converted once (a million events, a few thousand days).
    QHash<qint64, QList<int>> binsByLane;
    {
        QList<int> *laneBins = nullptr;
        qint64 lane = 0;
        const ChartEventPoints points(m_file, m_columns.get(), request.filter);
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (!laneBins || points.jurisdictionId(i) != lane) {  // points come lane by lane
                lane = points.jurisdictionId(i);
                laneBins = &binsByLane[lane];
            }
            laneBins->append(binner.binOfJulianDay(points.day(i)));  // days in order: rarely a date conversion
        }
    }
    QSet<qint64> lanesBehind;
    qint64 eventsBehind = 0;
    for (int offset = -window; offset <= window; ++offset)
        data.categories << (offset > 0 ? QStringLiteral("+%1").arg(offset) : QString::number(offset));
    for (StanceFamily family : kCompared) {
        QList<double> totals(2 * window + 1, 0.0);
        int changed = 0;
        for (qint64 id : m_history.jurisdictions()) {
            const qint64 change = m_history.firstDayIn(id, family);
            if (!change || !inScope(id, request.filter))
                continue;
            ++changed;
            const int changeBin = binner.binOfJulianDay(change);
            qint64 laneEvents = 0;
            for (int bin : binsByLane.value(id)) {
                const int offset = bin - changeBin;
                if (offset < -window || offset > window)
                    continue;
                totals[offset + window] += 1;
                ++laneEvents;
            }
            if (laneEvents > 0)
                lanesBehind.insert(id);
            eventsBehind += laneEvents;
        }
        for (double &t : totals)
            t = changed ? t / changed : 0.0;
        data.series.append({Text::tr("%1 (%2 jurisdictions)").arg(stanceFamilyLabel(family)).arg(changed), family, totals, {}});
    }
    data.eventCount = eventsBehind;
    data.jurisdictionCount = lanesBehind.size();
    describe(data, request, false);
    return data;
}

ChartData ChartAggregator::ranking(const ChartRequest &request)
{
    ChartData data;
    data.title = request.perCapita ? Text::tr("Jurisdictions with the most events per 100,000 residents")
                                   : Text::tr("Jurisdictions with the most events");
    data.xTitle = Text::tr("Jurisdiction");
    data.yTitle = perCapitaNote(request.perCapita);
    QHash<qint64, double> counts;
    QHash<qint64, qint64> lastDay;
    qint64 eventCount = 0;
    if (m_columns) {
        // Points come lane by lane, latest day last: one hash update per lane.
        const ChartEventPoints points(m_file, m_columns.get(), request.filter);
        for (qsizetype begin = 0; begin < points.size();) {
            const qint64 lane = points.jurisdictionId(begin);
            qsizetype end = begin + 1;
            while (end < points.size() && points.jurisdictionId(end) == lane)
                ++end;
            counts.insert(lane, double(end - begin));
            lastDay.insert(lane, points.day(end - 1));
            eventCount += end - begin;
            begin = end;
        }
    } else {
        // Counted by SQLite in one ordered pass over the lane index, not event by event here.
        const EventQuery::Where where = EventQuery::whereClause(request.filter);
        Statement st = m_file.database().prepare(QStringLiteral(
            "SELECT e.jurisdiction_id, count(*), max(e.first_day) FROM event e%1 GROUP BY e.jurisdiction_id").arg(where.sql));
        EventQuery::bindAll(st, where.values);
        while (st.step()) {
            counts.insert(st.int64(0), double(st.int64(1)));
            lastDay.insert(st.int64(0), st.int64(2));
            eventCount += st.int64(1);
        }
    }
    QList<qint64> lanes = counts.keys();
    if (request.perCapita) {
        QList<qint64> kept;
        for (qint64 id : lanes) {
            const auto population = m_jurisdictions.value(id).population;
            if (population && *population > 0) {
                counts[id] = counts[id] * kPerResidents / double(*population);
                kept << id;
            } else {
                data.excluded << m_jurisdictions.value(id).displayName();
            }
        }
        lanes = kept;
        data.excluded.sort();
    }
    QHash<qint64, QString> names;  // built once, not twice per comparison
    for (qint64 id : std::as_const(lanes))
        names.insert(id, m_jurisdictions.value(id).displayName());
    std::sort(lanes.begin(), lanes.end(), [&](qint64 a, qint64 b) {
        const double ca = counts.value(a), cb = counts.value(b);
        if (ca != cb)
            return ca > cb;
        return names.value(a).compare(names.value(b), Qt::CaseInsensitive) < 0;
    });
    lanes = lanes.mid(0, qMax(1, request.topN));
    ChartData::Series series{data.yTitle, std::nullopt, {}, {}};
    for (qint64 id : lanes) {
        data.categories << m_jurisdictions.value(id).displayName();
        data.categoryJurisdictions << id;
        series.values << counts[id];
        // The stance in force on the jurisdiction's latest event shown.
        series.pointFamilies << m_history.familyOn(id, lastDay.value(id));
    }
    data.series.append(series);
    data.eventCount = eventCount;
    data.jurisdictionCount = counts.size();
    describe(data, request, false);
    return data;
}

}  // namespace caseline
