#include "UsStates.h"

#include <QHash>

namespace caseline {

namespace {
struct State {
    const char *code;
    const char *name;
};

constexpr State kStates[] = {
    {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
    {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
    {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
    {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
    {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
    {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
    {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
    {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
    {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
    {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
    {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
    {"PR", "Puerto Rico"}, {"GU", "Guam"}, {"VI", "U.S. Virgin Islands"}, {"AS", "American Samoa"},
    {"MP", "Northern Mariana Islands"},
};

QString lookupKey(const QString &text) { return text.simplified().toCaseFolded(); }

const QHash<QString, QString> &codesByKey()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const State &s : kStates) {
            t.insert(lookupKey(QLatin1String(s.name)), QLatin1String(s.code));
            t.insert(lookupKey(QLatin1String(s.code)), QLatin1String(s.code));
        }
        t.insert(QStringLiteral("washington dc"), QStringLiteral("DC"));
        t.insert(QStringLiteral("washington, d.c."), QStringLiteral("DC"));
        t.insert(QStringLiteral("d.c."), QStringLiteral("DC"));
        return t;
    }();
    return table;
}
}  // namespace

QString UsStates::code(const QString &nameOrCode) { return codesByKey().value(lookupKey(nameOrCode)); }

QString UsStates::name(QStringView code)
{
    for (const State &s : kStates)
        if (code.compare(QLatin1String(s.code), Qt::CaseInsensitive) == 0)
            return QLatin1String(s.name);
    return {};
}

QStringList UsStates::names()
{
    QStringList result;
    for (const State &s : kStates)
        result << QLatin1String(s.name);
    return result;
}

}  // namespace caseline
