#pragma once

#include "model/PartialDate.h"

#include <QLocale>
#include <QString>

namespace caseline {

// Dates as the window shows them, in the interface locale ("5 Feb 2017", "Feb 5, 2017",
// "5 de feb de 2017"), each at its own precision. Files and the command line keep
// PartialDate::toDisplayString(): their output must not depend on who runs them.
class DisplayDate {
public:
    // The locale dates are shown in; C (English, day first) until the window chooses one.
    static void setLocale(const QLocale &locale);
    static QLocale locale();

    static QString text(const PartialDate &date);
    static QString range(const PartialDate &start, const PartialDate &end);  // "start – end", or start alone
    static QString monthName(int month);  // abbreviated, 1–12
    // A day without its year, for a time axis whose first label gives the year ("Feb 5", "5 Feb").
    static QString dayAndMonth(int year, int month, int day);

    // The locale's long date format without the weekday and with short month names.
    static QString mediumFormat(const QLocale &locale);
};

}  // namespace caseline
