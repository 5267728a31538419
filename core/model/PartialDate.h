#pragma once

#include <QString>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <compare>
#include <optional>

namespace caseline {

// A date known only to the year, the month or the day. Articles often say "last year" or
// "February", and the timeline must not pretend to know more than its source.
class PartialDate {
public:
    enum class Precision { Year = 0, Month = 1, Day = 2 };

    PartialDate() = default;  // invalid
    static PartialDate year(int y);
    static PartialDate month(int y, int m);
    static PartialDate day(int y, int m, int d);
    static PartialDate fromDate(boost::gregorian::date d, Precision p);
    static PartialDate fromJulianDay(qint64 jd, Precision p);

    // Accepts "YYYY", "YYYY-MM" and "YYYY-MM-DD" (years 1000-9999). On failure returns an
    // invalid date and, when given, a human-readable reason.
    static PartialDate parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    Precision precision() const { return m_precision; }
    int yearValue() const;
    int monthValue() const;  // 0 when not known
    int dayValue() const;    // 0 when not known

    boost::gregorian::date firstDay() const;
    boost::gregorian::date lastDay() const;
    // The whole span the date covers; [firstDay, lastDay + 1).
    boost::gregorian::date_period period() const;
    qint64 firstJulianDay() const;
    qint64 lastJulianDay() const;

    QString toIsoString() const;      // "2019", "2019-07", "2019-07-02"
    QString toDisplayString() const;  // "2019", "Jul 2019", "2 Jul 2019"

    bool contains(boost::gregorian::date d) const;

    // Earlier first; at the same start the coarser (wider) date first.
    std::strong_ordering operator<=>(const PartialDate &other) const;
    bool operator==(const PartialDate &other) const;

private:
    boost::gregorian::date m_first{boost::gregorian::not_a_date_time};
    Precision m_precision = Precision::Day;
    bool m_valid = false;
};

QString precisionName(PartialDate::Precision p);

}  // namespace caseline
