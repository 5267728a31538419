#include "DateSuggester.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace caseline {

namespace bg = boost::gregorian;

namespace {
const QString kMonth = QStringLiteral(
    "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)");
const QString kWeekday = QStringLiteral("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)");

int monthNumber(const QString &name)
{
    static const std::array<const char *, 12> prefixes{"jan", "feb", "mar", "apr", "may", "jun",
                                                       "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString p = name.left(3).toLower();
    for (int i = 0; i < 12; ++i)
        if (p == QLatin1String(prefixes[size_t(i)]))
            return i + 1;
    return 0;
}

int weekdayNumber(const QString &name)  // boost: Sunday = 0
{
    static const std::array<const char *, 7> names{"sunday", "monday", "tuesday", "wednesday",
                                                   "thursday", "friday", "saturday"};
    for (int i = 0; i < 7; ++i)
        if (name.toLower() == QLatin1String(names[size_t(i)]))
            return i;
    return -1;
}

QString weekdayName(const bg::date &d)
{
    static const std::array<const char *, 7> names{"Sunday", "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday"};
    return QLatin1String(names[size_t(d.day_of_week().as_number())]);
}

QString iso(const bg::date &d) { return PartialDate::fromDate(d, PartialDate::Precision::Day).toIsoString(); }

bool validDay(int y, int m, int d)
{
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    return d <= bg::gregorian_calendar::end_of_month_day(y, m);
}

struct Context {
    bg::date doc;
    QString prefix;  // "Date derived: document dated 2019-07-02 (a Tuesday) says “X”"
};

struct Span {
    qsizetype begin, end;
};
}  // namespace

QList<DateSuggester::Suggestion> DateSuggester::suggestAll(const QString &passage, const PartialDate &documentDate)
{
    QList<Suggestion> out;
    std::vector<Span> taken;
    const bool haveDoc = documentDate.isValid() && documentDate.precision() == PartialDate::Precision::Day;
    const bg::date doc = haveDoc ? documentDate.firstDay() : bg::date(bg::not_a_date_time);

    auto overlaps = [&](qsizetype b, qsizetype e) {
        return std::any_of(taken.begin(), taken.end(), [&](const Span &s) { return b < s.end && s.begin < e; });
    };
    auto says = [&](const QString &phrase) {
        return QStringLiteral("Date derived: document dated %1 (a %2) says “%3”").arg(iso(doc), weekdayName(doc), phrase);
    };
    auto add = [&](const QRegularExpressionMatch &m, const PartialDate &date, const QString &explanation) {
        taken.push_back({m.capturedStart(), m.capturedEnd()});
        if (!date.isValid())
            return;
        Suggestion s;
        s.date = date;
        s.phrase = m.captured(0);
        s.position = m.capturedStart();
        s.explanation = explanation;
        out.append(s);
    };
    auto each = [&](const QString &pattern, bool caseInsensitive, auto &&handle) {
        QRegularExpression re(pattern, caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                       : QRegularExpression::NoPatternOption);
        auto it = re.globalMatch(passage);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!overlaps(m.capturedStart(), m.capturedEnd()))
                handle(m);
        }
    };

    // 1. ISO dates.
    each(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"), false, [&](const QRegularExpressionMatch &m) {
        const int y = m.captured(1).toInt(), mo = m.captured(2).toInt(), d = m.captured(3).toInt();
        if (validDay(y, mo, d))
            add(m, PartialDate::day(y, mo, d), QStringLiteral("The passage gives the date “%1”.").arg(m.captured(0)));
    });
    // 2. [Weekday, ] Month Day [, Year]
    each(QStringLiteral("\\b(?:%1,?\\s+)?%2\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?").arg(kWeekday, kMonth), false,
         [&](const QRegularExpressionMatch &m) {
             const int mo = monthNumber(m.captured(2));
             const int d = m.captured(3).toInt();
             const QString weekday = m.captured(1);
             int y = 0;
             QString how;
             if (!m.captured(4).isEmpty()) {
                 y = m.captured(4).toInt();
                 if (!validDay(y, mo, d))
                     return;
                 how = QStringLiteral("The passage gives the date “%1”.").arg(m.captured(0));
             } else {
                 if (!haveDoc)
                     return;  // no year to give it
                 y = int(doc.year());
                 if (!validDay(y, mo, d) || bg::date(y, mo, d) > doc) {
                     --y;
                     if (!validDay(y, mo, d))
                         return;
                     how = QStringLiteral("%1 without a year; in %2 that would be after the document, so the year before: %3.")
                               .arg(says(m.captured(0)))
                               .arg(y + 1)
                               .arg(iso(bg::date(y, mo, d)));
                 } else {
                     how = QStringLiteral("%1 without a year; the document's year: %2.").arg(says(m.captured(0)), iso(bg::date(y, mo, d)));
                 }
             }
             const bg::date day(y, mo, d);
             if (!weekday.isEmpty() && weekdayNumber(weekday) != day.day_of_week().as_number())
                 how += QStringLiteral(" Note: %1 is a %2, not a %3.").arg(iso(day), weekdayName(day), weekday);
             add(m, PartialDate::day(y, mo, d), how);
         });
    // 3. Month Year
    each(QStringLiteral("\\b%1\\.?,?\\s+(\\d{4})\\b").arg(kMonth), false, [&](const QRegularExpressionMatch &m) {
        const int y = m.captured(2).toInt();
        if (y >= 1000)
            add(m, PartialDate::month(y, monthNumber(m.captured(1))),
                QStringLiteral("The passage gives the month “%1”.").arg(m.captured(0)));
    });
    if (haveDoc) {
        // 4. A weekday alone: the most recent one strictly before the document's date.
        each(QStringLiteral("\\b(?:(?:last|this past|past|on)\\s+)?%1\\b").arg(kWeekday), true, [&](const QRegularExpressionMatch &m) {
            const int wd = weekdayNumber(m.captured(1));
            const bg::date day = bg::first_kday_before(bg::greg_weekday(static_cast<unsigned short>(wd))).get_date(doc);
            add(m, PartialDate::fromDate(day, PartialDate::Precision::Day),
                QStringLiteral("%1: the %2 before it = %3.").arg(says(m.captured(0)), weekdayName(day), iso(day)));
        });
        // 5. yesterday, today
        each(QStringLiteral("\\b(yesterday|today)\\b"), true, [&](const QRegularExpressionMatch &m) {
            const bool today = m.captured(1).toLower() == QLatin1String("today");
            const bg::date day = today ? doc : doc - bg::days(1);
            add(m, PartialDate::fromDate(day, PartialDate::Precision::Day), QStringLiteral("%1: %2.").arg(says(m.captured(0)), iso(day)));
        });
        // 6. last week
        each(QStringLiteral("\\blast week\\b"), true, [&](const QRegularExpressionMatch &m) {
            // Monday of the document's week, then the week before it.
            const int fromMonday = (doc.day_of_week().as_number() + 6) % 7;
            const bg::date monday = doc - bg::days(fromMonday + 7);
            const bg::date sunday = monday + bg::days(6);
            const QString week = QStringLiteral("%1: the Monday–Sunday week before the document's week, %2 to %3")
                                     .arg(says(m.captured(0)), iso(monday), iso(sunday));
            if (monday.month() == sunday.month())
                add(m, PartialDate::fromDate(monday, PartialDate::Precision::Month),
                    QStringLiteral("%1; only the month is certain.").arg(week));
            else if (monday.year() == sunday.year())
                add(m, PartialDate::fromDate(monday, PartialDate::Precision::Year),
                    QStringLiteral("%1, which spans two months; only the year is certain.").arg(week));
            else {
                const bg::date thursday = monday + bg::days(3);  // the year holding most of the week
                add(m, PartialDate::fromDate(thursday, PartialDate::Precision::Year),
                    QStringLiteral("%1, which spans New Year; the year holding most of the week is given, check it.").arg(week));
            }
        });
        // 7. last/this month, last/this year
        each(QStringLiteral("\\b(last|this)\\s+(month|year)\\b"), true, [&](const QRegularExpressionMatch &m) {
            const bool last = m.captured(1).toLower() == QLatin1String("last");
            if (m.captured(2).toLower() == QLatin1String("year")) {
                const int y = int(doc.year()) - (last ? 1 : 0);
                add(m, PartialDate::year(y), QStringLiteral("%1: %2.").arg(says(m.captured(0))).arg(y));
            } else {
                const bg::date first = last ? (bg::date(doc.year(), doc.month(), 1) - bg::months(1)) : bg::date(doc.year(), doc.month(), 1);
                const PartialDate month = PartialDate::fromDate(first, PartialDate::Precision::Month);
                add(m, month, QStringLiteral("%1: %2.").arg(says(m.captured(0)), month.toIsoString()));
            }
        });
    }
    // 8. A bare year.
    each(QStringLiteral("\\b(?:in\\s+)?(18\\d\\d|19\\d\\d|20\\d\\d)\\b(?![-\\d])"), true, [&](const QRegularExpressionMatch &m) {
        add(m, PartialDate::year(m.captured(1).toInt()), QStringLiteral("The passage gives the year “%1”.").arg(m.captured(0)));
    });

    std::sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) { return a.position < b.position; });
    return out;
}

DateSuggester::Suggestion DateSuggester::suggest(const QString &passage, const PartialDate &documentDate)
{
    const QList<Suggestion> all = suggestAll(passage, documentDate);
    Suggestion best;
    for (const Suggestion &s : all)
        if (!best.isValid() || int(s.date.precision()) > int(best.date.precision()))
            best = s;
    return best;
}

}  // namespace caseline
