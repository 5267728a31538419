#include "ChartData.h"

#include "io/CsvCell.h"

#include <QCoreApplication>

namespace caseline {

namespace {
// Chart numbers go to spreadsheets: cells are neutralised against formulas.
QString csvCell(const QString &text) { return CsvCell::format(text); }
// English without a translator (the command line); the window's language when it installs one.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(caseline::ChartData)
};
}  // namespace

QString ChartData::caption() const
{
    QStringList parts;
    parts << filterDescription;
    if (periodCount > 0 && eventCount == 0)
        parts << Text::tr("%1 policy periods, %2 jurisdictions").arg(periodCount).arg(jurisdictionCount);
    else
        parts << Text::tr("%1 events, %2 jurisdictions").arg(eventCount).arg(jurisdictionCount);
    if (!excluded.isEmpty())
        parts << Text::tr("excluded from rates (no population): %1").arg(excluded.size() <= 5 ? excluded.join(QStringLiteral(", "))
                                                                                                      : Text::tr("%1 jurisdictions").arg(excluded.size()));
    if (!sources.isEmpty())
        parts << Text::tr("Sources: %1").arg(sources.size() <= 3 ? sources.join(QStringLiteral("; "))
                                                                       : Text::tr("%1; and %2 more").arg(sources.mid(0, 3).join(QStringLiteral("; "))).arg(sources.size() - 3));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString ChartData::toCsv() const
{
    QStringList header{csvCell(xTitle)};
    for (const Series &s : series)
        header << csvCell(s.name);
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int i = 0; i < categories.size(); ++i) {
        QStringList row{csvCell(categories[i])};
        for (const Series &s : series)
            row << QString::number(s.values.value(i), 'g', 10);
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

}  // namespace caseline
