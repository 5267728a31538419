#include "IsoDateText.h"

namespace caseline {

namespace {
int digits(const QChar *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
}  // namespace

PartialDate IsoDateText::parse(const QString &text, QString *error)
{
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    PartialDate result;
    const int year = n >= 4 ? digits(p, 4) : -1;
    if (year >= 0) {
        if (n == 4) {
            result = PartialDate::year(year);
        } else if ((n == 7 || n == 10) && p[4] == QLatin1Char('-')) {
            const int month = digits(p + 5, 2);
            if (n == 7 && month >= 0)
                result = PartialDate::month(year, month);
            else if (n == 10 && month >= 0 && p[7] == QLatin1Char('-')) {
                const int day = digits(p + 8, 2);
                if (day >= 0)
                    result = PartialDate::day(year, month, day);
            }
        }
    }
    return result.isValid() ? result : PartialDate::parse(text, error);
}

}  // namespace caseline
