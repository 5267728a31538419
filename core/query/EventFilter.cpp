#include "EventFilter.h"

#include <QRegularExpression>

namespace caseline {

bool EventFilter::isEmpty() const { return *this == EventFilter(); }

QString ftsQueryForUserText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << QStringLiteral("\"%1\"*").arg(word);
    return terms.join(QLatin1Char(' '));
}

}  // namespace caseline
