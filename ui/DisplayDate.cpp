#include "DisplayDate.h"

#include <QDate>
#include <QRegularExpression>

namespace caseline {

namespace {
QLocale &currentLocale()
{
    static QLocale locale = QLocale::c();
    return locale;
}
}  // namespace

void DisplayDate::setLocale(const QLocale &locale) { currentLocale() = locale; }

QLocale DisplayDate::locale() { return currentLocale(); }

QString DisplayDate::mediumFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // "dddd, MMMM d, yyyy" → "MMM d, yyyy"; "dddd, d 'de' MMMM 'de' yyyy" → "d 'de' MMM 'de' yyyy".
    static const QRegularExpression weekday(QStringLiteral("dddd[,.]?\\s*"));
    format.remove(weekday);
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return format.trimmed();
}

QString DisplayDate::dayAndMonth(int year, int month, int day)
{
    // The medium format without its year: "MMM d, yyyy" → "MMM d", "d 'de' MMM 'de' yyyy" → "d 'de' MMM".
    static const QRegularExpression yearPart(QStringLiteral("\\s*(,|'[^']*')?\\s*y+"));
    QString format = mediumFormat(locale());
    format.remove(yearPart);
    return locale().toString(QDate(year, month, day), format.trimmed());
}

QString DisplayDate::monthName(int month) { return locale().standaloneMonthName(month, QLocale::ShortFormat); }

QString DisplayDate::text(const PartialDate &date)
{
    if (!date.isValid())
        return {};
    switch (date.precision()) {
    case PartialDate::Precision::Year: return QString::number(date.yearValue());
    case PartialDate::Precision::Month: return QStringLiteral("%1 %2").arg(monthName(date.monthValue())).arg(date.yearValue());
    case PartialDate::Precision::Day: break;
    }
    return locale().toString(QDate(date.yearValue(), date.monthValue(), date.dayValue()), mediumFormat(locale()));
}

QString DisplayDate::range(const PartialDate &start, const PartialDate &end)
{
    if (!end.isValid() || end == start)
        return text(start);
    return QStringLiteral("%1 – %2").arg(text(start), text(end));
}

}  // namespace caseline
