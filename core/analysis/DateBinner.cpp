#include "DateBinner.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace caseline {

namespace bg = boost::gregorian;

bg::date dateFromJulianDay(qint64 julianDay)
{
    static const bg::date epoch(2000, 1, 1);
    return epoch + bg::days(static_cast<long>(julianDay - epoch.julian_day()));
}

std::optional<DateBinner::Unit> DateBinner::unitFromKey(const QString &key)
{
    if (key == QLatin1String("year"))
        return Unit::Year;
    if (key == QLatin1String("quarter"))
        return Unit::Quarter;
    if (key == QLatin1String("month"))
        return Unit::Month;
    return std::nullopt;
}

QString DateBinner::unitKey(Unit unit)
{
    switch (unit) {
    case Unit::Year: return QStringLiteral("year");
    case Unit::Quarter: return QStringLiteral("quarter");
    case Unit::Month: break;
    }
    return QStringLiteral("month");
}

int DateBinner::binOf(bg::date day) const
{
    const int y = day.year();
    const int m = day.month();
    switch (m_unit) {
    case Unit::Year: return y;
    case Unit::Quarter: return y * 4 + (m - 1) / 3;
    case Unit::Month: break;
    }
    return y * 12 + (m - 1);
}

int DateBinner::binOfJulianDay(qint64 julianDay) const
{
    if (julianDay < m_lastBinFirstDay || julianDay > m_lastBinLastDay) {
        m_lastBin = binOf(dateFromJulianDay(julianDay));
        m_lastBinFirstDay = firstDayOf(m_lastBin).julian_day();
        m_lastBinLastDay = lastDayOf(m_lastBin).julian_day();
    }
    return m_lastBin;
}

bg::date DateBinner::firstDayOf(int bin) const
{
    switch (m_unit) {
    case Unit::Year: return bg::date(bin, 1, 1);
    case Unit::Quarter: return bg::date(bin / 4, (bin % 4) * 3 + 1, 1);
    case Unit::Month: break;
    }
    return bg::date(bin / 12, bin % 12 + 1, 1);
}

bg::date DateBinner::lastDayOf(int bin) const { return firstDayOf(bin + 1) - bg::days(1); }

QString DateBinner::label(int bin) const
{
    switch (m_unit) {
    case Unit::Year: return QString::number(bin);
    case Unit::Quarter: return QStringLiteral("%1 Q%2").arg(bin / 4).arg(bin % 4 + 1);
    case Unit::Month: break;
    }
    return QStringLiteral("%1-%2").arg(bin / 12).arg(bin % 12 + 1, 2, 10, QLatin1Char('0'));
}

}  // namespace caseline
