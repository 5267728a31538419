#include "CsvCell.h"

namespace caseline {

namespace {
bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// True when the text, after any leading apostrophes, starts with a formula character.
bool needsApostrophe(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i < text.size() && startsFormula(text.at(i));
}
}  // namespace

QString CsvCell::neutralise(const QString &text)
{
    return needsApostrophe(text) ? QLatin1Char('\'') + text : text;
}

QString CsvCell::restore(const QString &cell)
{
    return cell.startsWith(u'\'') && needsApostrophe(cell) ? cell.mid(1) : cell;
}

QString CsvCell::quote(const QString &text)
{
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            QString quoted = text;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + quoted + QLatin1Char('"');
        }
    }
    return text;
}

}  // namespace caseline
