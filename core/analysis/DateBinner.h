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
    int binOfJulianDay(qint64 julianDay) const;
    boost::gregorian::date firstDayOf(int bin) const;
    boost::gregorian::date lastDayOf(int bin) const;
    QString label(int bin) const;  // "2019", "2019 Q3", "2019-07"

private:
    Unit m_unit;
};

boost::gregorian::date dateFromJulianDay(qint64 julianDay);

}  // namespace caseline
