#include "TimeAxisTicks.h"

#include "DisplayDate.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cmath>

namespace caseline {

namespace bg = boost::gregorian;

namespace {

struct StepInfo {
    TimeAxisTicks::Step step;
    double approxDays;  // average length, to skip steps that cannot fit before building them
    const char *name;
};

constexpr std::array<StepInfo, 11> kSteps{{
    {TimeAxisTicks::Step::Century, 36524.25, "century"},
    {TimeAxisTicks::Step::FiftyYears, 18262.1, "50 years"},
    {TimeAxisTicks::Step::TwentyYears, 7304.85, "20 years"},
    {TimeAxisTicks::Step::Decade, 3652.4, "decade"},
    {TimeAxisTicks::Step::FiveYears, 1826.2, "5 years"},
    {TimeAxisTicks::Step::TwoYears, 730.5, "2 years"},
    {TimeAxisTicks::Step::Year, 365.25, "year"},
    {TimeAxisTicks::Step::Quarter, 91.3, "quarter"},
    {TimeAxisTicks::Step::Month, 30.44, "month"},
    {TimeAxisTicks::Step::Week, 7, "week"},
    {TimeAxisTicks::Step::Day, 1, "day"},
}};

int yearsOf(TimeAxisTicks::Step step)
{
    switch (step) {
    case TimeAxisTicks::Step::Century: return 100;
    case TimeAxisTicks::Step::FiftyYears: return 50;
    case TimeAxisTicks::Step::TwentyYears: return 20;
    case TimeAxisTicks::Step::Decade: return 10;
    case TimeAxisTicks::Step::FiveYears: return 5;
    case TimeAxisTicks::Step::TwoYears: return 2;
    case TimeAxisTicks::Step::Year: return 1;
    default: return 0;
    }
}

bg::date dateOf(qint64 julianDay)
{
    // Julian days as PartialDate stores them; clamp to the range boost can represent.
    const qint64 jd = std::clamp<qint64>(julianDay, 2086303 /* 1400-01-01 */, 5373119 /* 9999-12-31 */);
    return bg::date(bg::gregorian_calendar::from_day_number(bg::gregorian_calendar::date_int_type(jd)));
}

// The window's locale (C, that is English, for renders from the command line).
QString monthName(int month) { return DisplayDate::monthName(month); }

struct Text {
    Q_DECLARE_TR_FUNCTIONS(caseline::TimeAxisTicks)
};

QString labelFor(TimeAxisTicks::Step step, const bg::date &d)
{
    const int y = d.year(), m = d.month(), day = d.day();
    switch (step) {
    case TimeAxisTicks::Step::Quarter:
        //: Axis label of a calendar quarter: %1 its number (1-4), %2 the year
        return Text::tr("Q%1 %2").arg((m - 1) / 3 + 1).arg(y);
    case TimeAxisTicks::Step::Month: return QStringLiteral("%1 %2").arg(monthName(m)).arg(y);
    case TimeAxisTicks::Step::Week:
    case TimeAxisTicks::Step::Day: return DisplayDate::text(PartialDate::day(y, m, day));
    default: return QString::number(y);
    }
}

// Ticks of one step covering [firstDay, lastDay], starting at the boundary at or before firstDay.
QList<TimeTick> ticksOf(TimeAxisTicks::Step step, const TimeScale &scale, bool labelled)
{
    QList<TimeTick> ticks;
    const bg::date first = dateOf(qint64(std::floor(scale.leftDay())));
    const qint64 last = qint64(std::ceil(scale.rightDay()));
    bg::date d;
    if (const int years = yearsOf(step)) {
        d = bg::date(std::max(1400, int(std::floor(first.year() / double(years))) * years), 1, 1);
    } else if (step == TimeAxisTicks::Step::Quarter) {
        d = bg::date(first.year(), (first.month() - 1) / 3 * 3 + 1, 1);
    } else if (step == TimeAxisTicks::Step::Month) {
        d = bg::date(first.year(), first.month(), 1);
    } else if (step == TimeAxisTicks::Step::Week) {
        d = first - bg::days((first.day_of_week().as_number() + 6) % 7);  // back to Monday
    } else {
        d = first;
    }
    const bool dayLabels = step == TimeAxisTicks::Step::Day || step == TimeAxisTicks::Step::Week;
    while (qint64(d.julian_day()) <= last) {
        TimeTick tick;
        tick.day = qint32(d.julian_day());
        tick.x = scale.x(tick.day);
        tick.major = labelled;
        // Days and weeks: the day and month, the year only on New Year's Day; the axis names the
        // month and year at its left edge (Result::context), so a week fits labels on a laptop.
        if (labelled)
            tick.label = !dayLabels || (d.month() == 1 && d.day() == 1) ? labelFor(step, d)
                                                                         : DisplayDate::dayAndMonth(d.year(), d.month(), d.day());
        ticks.append(tick);
        if (d.year() >= 9999 && step != TimeAxisTicks::Step::Day && step != TimeAxisTicks::Step::Week)
            break;
        const int years = yearsOf(step);
        try {
            if (years)
                d = bg::date(d.year() + years, 1, 1);
            else if (step == TimeAxisTicks::Step::Quarter)
                d += bg::months(3);
            else if (step == TimeAxisTicks::Step::Month)
                d += bg::months(1);
            else
                d += bg::days(step == TimeAxisTicks::Step::Week ? 7 : 1);
        } catch (const std::exception &) {
            break;  // past year 9999
        }
    }
    return ticks;
}

double approxDaysOf(TimeAxisTicks::Step step)
{
    for (const StepInfo &info : kSteps)
        if (info.step == step)
            return info.approxDays;
    return 1;
}

// Finest first.
QList<TimeAxisTicks::Step> minorCandidates(TimeAxisTicks::Step step)
{
    using S = TimeAxisTicks::Step;
    switch (step) {
    case S::Century: case S::FiftyYears: return {S::Decade};
    case S::TwentyYears: case S::Decade: case S::FiveYears: return {S::Year};
    case S::TwoYears: return {S::Quarter, S::Year};
    case S::Year: return {S::Month, S::Quarter};
    case S::Quarter: return {S::Month};
    case S::Month: return {S::Day};
    case S::Week: return {S::Day};
    case S::Day: return {};
    }
    return {};
}

// The widest label days and weeks can have, so that whether they fit does not change while the
// view pans (the widths of "9 May" and "28 Sep" differ).
double widestDayLabel(const QFontMetricsF &metrics)
{
    double widest = metrics.horizontalAdvance(DisplayDate::text(PartialDate::day(2000, 1, 1)));
    for (int month = 1; month <= 12; ++month)
        widest = std::max(widest, metrics.horizontalAdvance(DisplayDate::dayAndMonth(2000, month, 28)));
    return widest;
}

bool labelsFit(TimeAxisTicks::Step step, const QList<TimeTick> &ticks, const QFontMetricsF &metrics, double offset, double gap)
{
    if (step == TimeAxisTicks::Step::Day || step == TimeAxisTicks::Step::Week) {
        // Evenly spaced: one comparison with the widest label.
        return ticks.size() < 2 || ticks[0].x + offset + widestDayLabel(metrics) + gap <= ticks[1].x;
    }
    for (qsizetype i = 0; i + 1 < ticks.size(); ++i) {
        const double end = ticks[i].x + offset + metrics.horizontalAdvance(ticks[i].label);
        if (end + gap > ticks[i + 1].x)
            return false;
    }
    return true;
}

}  // namespace

TimeAxisTicks::Result TimeAxisTicks::compute(const TimeScale &scale, const QFontMetricsF &metrics, double labelOffset,
                                             double minGap)
{
    Result result;
    const double ppd = scale.pixelsPerDay();
    // A year label ("2019") is the narrowest there is: steps shorter than that never fit.
    const double narrowest = metrics.horizontalAdvance(QStringLiteral("0000")) + labelOffset + minGap;
    int chosen = 0;
    for (int i = int(kSteps.size()) - 1; i >= 0; --i) {
        if (kSteps[size_t(i)].approxDays * ppd < narrowest)
            continue;
        QList<TimeTick> ticks = ticksOf(kSteps[size_t(i)].step, scale, true);
        if (labelsFit(kSteps[size_t(i)].step, ticks, metrics, labelOffset, minGap) || i == 0) {
            chosen = i;
            result.major = std::move(ticks);
            break;
        }
    }
    if (result.major.isEmpty() && chosen == 0)
        result.major = ticksOf(kSteps[0].step, scale, true);
    result.step = kSteps[size_t(chosen)].step;
    if (result.step == Step::Day || result.step == Step::Week)
        result.context = labelFor(Step::Month, dateOf(qint64(std::floor(scale.leftDay()))));
    // Minor ticks: the finest subdivision that lines up with the major step and stays 8 px apart.
    for (const Step candidate : minorCandidates(result.step)) {
        if (approxDaysOf(candidate) * ppd < 8)
            continue;
        const QList<TimeTick> minor = ticksOf(candidate, scale, false);
        qsizetype m = 0;
        for (const TimeTick &tick : minor) {
            while (m < result.major.size() && result.major[m].day < tick.day)
                ++m;
            if (m >= result.major.size() || result.major[m].day != tick.day)
                result.minor.append(tick);
        }
        break;
    }
    return result;
}

QString TimeAxisTicks::stepName(Step step)
{
    for (const StepInfo &info : kSteps)
        if (info.step == step)
            return QLatin1String(info.name);
    return {};
}

}  // namespace caseline
