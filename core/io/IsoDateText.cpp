#include "IsoDateText.h"

namespace caseline {

namespace {
char16_t unit(QChar c) { return c.unicode(); }
char16_t unit(char c) { return uchar(c); }

template <typename Char>
int digits(const Char *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = unit(p[i]);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" when well formed and possible; otherwise invalid.
template <typename Char>
PartialDate wellFormed(const Char *p, qsizetype n)
{
    PartialDate result;
    const int year = n >= 4 ? digits(p, 4) : -1;
    if (year >= 0) {
        if (n == 4) {
            result = PartialDate::year(year);
        } else if ((n == 7 || n == 10) && unit(p[4]) == u'-') {
            const int month = digits(p + 5, 2);
            if (n == 7 && month >= 0)
                result = PartialDate::month(year, month);
            else if (n == 10 && month >= 0 && unit(p[7]) == u'-') {
                const int day = digits(p + 8, 2);
                if (day >= 0)
                    result = PartialDate::day(year, month, day);
            }
        }
    }
    return result;
}
}  // namespace

PartialDate IsoDateText::parse(const QString &text, QString *error)
{
    const PartialDate result = wellFormed(text.constData(), text.size());
    return result.isValid() ? result : PartialDate::parse(text, error);
}

PartialDate IsoDateText::parse(QByteArrayView utf8, QString *error, bool *canonical)
{
    // Years are four digits and months and days two (PartialDate's range starts at 1400), so a
    // well-formed text is what toIsoString() writes.
    const PartialDate result = wellFormed(utf8.data(), utf8.size());
    *canonical = result.isValid();
    return result.isValid() ? result : PartialDate::parse(QString::fromUtf8(utf8), error);
}

}  // namespace caseline
