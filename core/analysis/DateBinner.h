#pragma once

#include <QString>
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>

namespace caseline {

// Puts dates into calendar bins (year, quarter, month) for charts. Bins are numbered
// continuously, so the difference of two bin numbers counts the bins between them.
class DateBinner {
public:
    enum class Unit { Year, Quarter, Month };

    explicit DateBinner(Unit unit) : m_unit(unit) {}
    static std::optional<Unit> unitFromKey(const QString &key);  // "year", "quarter", "month"
    static QString unitKey(Unit unit);

    Unit unit() const { return m_unit; }
    int binOf(boost::gregorian::date day) const;
    // Charts ask day after day, mostly in order: the last bin found is remembered with its span,
    // so most calls compare two numbers instead of converting a date. One binner per thread.
    int binOfJulianDay(qint64 julianDay) const;
    boost::gregorian::date firstDayOf(int bin) const;
    boost::gregorian::date lastDayOf(int bin) const;
    QString label(int bin) const;  // "2019", "2019 Q3", "2019-07"

private:
    Unit m_unit;
    mutable int m_lastBin = 0;
    mutable qint64 m_lastBinFirstDay = 1, m_lastBinLastDay = 0;  // empty until the first call
};

boost::gregorian::date dateFromJulianDay(qint64 julianDay);

}  // namespace caseline
