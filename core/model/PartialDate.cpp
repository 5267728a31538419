#include "PartialDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace caseline {

namespace bg = boost::gregorian;

namespace {
constexpr int kMinYear = 1400;  // boost::gregorian's range
constexpr int kMaxYear = 9999;

const char *const kMonthAbbrev[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}  // namespace

PartialDate PartialDate::fromDate(bg::date d, Precision p)
{
    PartialDate result;
    if (d.is_special())
        return result;
    switch (p) {
    case Precision::Year: result.m_first = bg::date(d.year(), 1, 1); break;
    case Precision::Month: result.m_first = bg::date(d.year(), d.month(), 1); break;
    case Precision::Day: result.m_first = d; break;
    }
    result.m_precision = p;
    result.m_valid = true;
    return result;
}

PartialDate PartialDate::fromJulianDay(qint64 jd, Precision p)
{
    // boost counts julian days from the same epoch; construct via the day number offset.
    static const bg::date epoch(2000, 1, 1);
    const qint64 epochJd = epoch.julian_day();
    return fromDate(epoch + bg::days(static_cast<long>(jd - epochJd)), p);
}

PartialDate PartialDate::year(int y)
{
    if (y < kMinYear || y > kMaxYear)
        return {};
    return fromDate(bg::date(y, 1, 1), Precision::Year);
}

PartialDate PartialDate::month(int y, int m)
{
    if (y < kMinYear || y > kMaxYear || m < 1 || m > 12)
        return {};
    return fromDate(bg::date(y, m, 1), Precision::Month);
}

PartialDate PartialDate::day(int y, int m, int d)
{
    if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || d < 1)
        return {};
    if (d > bg::gregorian_calendar::end_of_month_day(y, m))
        return {};
    return fromDate(bg::date(y, m, d), Precision::Day);
}

PartialDate PartialDate::parse(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QString trimmed = text.trimmed();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return PartialDate();
    };
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return fail(QCoreApplication::translate("caseline::PartialDate", "'%1' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)").arg(trimmed));
    const int y = match.captured(1).toInt();
    if (y < kMinYear || y > kMaxYear)
        return fail(QCoreApplication::translate("caseline::PartialDate", "year %1 is out of range (%2-%3)").arg(y).arg(kMinYear).arg(kMaxYear));
    if (match.captured(2).isEmpty())
        return year(y);
    const int m = match.captured(2).toInt();
    if (m < 1 || m > 12)
        return fail(QCoreApplication::translate("caseline::PartialDate", "month %1 in '%2' does not exist").arg(m).arg(trimmed));
    if (match.captured(3).isEmpty())
        return month(y, m);
    const int d = match.captured(3).toInt();
    const PartialDate result = day(y, m, d);
    if (!result.isValid())
        return fail(QCoreApplication::translate("caseline::PartialDate", "day %1 in '%2' does not exist").arg(d).arg(trimmed));
    return result;
}

int PartialDate::yearValue() const { return m_valid ? int(m_first.year()) : 0; }
int PartialDate::monthValue() const { return m_valid && m_precision != Precision::Year ? int(m_first.month()) : 0; }
int PartialDate::dayValue() const { return m_valid && m_precision == Precision::Day ? int(m_first.day()) : 0; }

bg::date PartialDate::firstDay() const { return m_first; }

bg::date PartialDate::lastDay() const
{
    if (!m_valid)
        return m_first;
    switch (m_precision) {
    case Precision::Year: return bg::date(m_first.year(), 12, 31);
    case Precision::Month: return m_first.end_of_month();
    case Precision::Day: break;
    }
    return m_first;
}

bg::date_period PartialDate::period() const { return bg::date_period(firstDay(), lastDay() + bg::days(1)); }
qint64 PartialDate::firstJulianDay() const { return m_valid ? qint64(m_first.julian_day()) : 0; }
qint64 PartialDate::lastJulianDay() const { return m_valid ? qint64(lastDay().julian_day()) : 0; }

bool PartialDate::contains(bg::date d) const { return m_valid && period().contains(d); }

QString PartialDate::toIsoString() const
{
    if (!m_valid)
        return {};
    // By hand rather than QString::arg: an import formats a million of these for its keys.
    // Years are four digits (the calendar's range is 1400-9999).
    const auto put = [](char *at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
    };
    char text[10];
    put(text, int(m_first.year()), 4);
    qsizetype length = 4;
    if (m_precision != Precision::Year) {
        text[4] = '-';
        put(text + 5, int(m_first.month()), 2);
        length = 7;
    }
    if (m_precision == Precision::Day) {
        text[7] = '-';
        put(text + 8, int(m_first.day()), 2);
        length = 10;
    }
    return QString::fromLatin1(text, length);
}

QString PartialDate::toDisplayString() const
{
    if (!m_valid)
        return {};
    const QString monthName = QString::fromLatin1(kMonthAbbrev[m_first.month() - 1]);
    switch (m_precision) {
    case Precision::Year: return QString::number(int(m_first.year()));
    case Precision::Month: return QStringLiteral("%1 %2").arg(monthName).arg(int(m_first.year()));
    case Precision::Day: break;
    }
    return QStringLiteral("%1 %2 %3").arg(int(m_first.day())).arg(monthName).arg(int(m_first.year()));
}

std::strong_ordering PartialDate::operator<=>(const PartialDate &other) const
{
    if (m_valid != other.m_valid)
        return m_valid ? std::strong_ordering::greater : std::strong_ordering::less;
    if (!m_valid)
        return std::strong_ordering::equal;
    if (m_first != other.m_first)
        return m_first < other.m_first ? std::strong_ordering::less : std::strong_ordering::greater;
    return int(m_precision) <=> int(other.m_precision);
}

bool PartialDate::operator==(const PartialDate &other) const { return (*this <=> other) == 0; }

QString precisionName(PartialDate::Precision p)
{
    switch (p) {
    case PartialDate::Precision::Year: return QStringLiteral("year");
    case PartialDate::Precision::Month: return QStringLiteral("month");
    case PartialDate::Precision::Day: break;
    }
    return QStringLiteral("day");
}

}  // namespace caseline
