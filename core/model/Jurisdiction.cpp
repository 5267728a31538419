#include "Jurisdiction.h"

namespace caseline {

QString jurisdictionMatchKey(const QString &name, const QString &state)
{
    return name.simplified().toCaseFolded() + QLatin1Char('|') + state.simplified().toCaseFolded();
}

QString Jurisdiction::matchKey() const { return jurisdictionMatchKey(name, state); }

QString Jurisdiction::displayName() const
{
    if (state.isEmpty())
        return name;
    return QStringLiteral("%1, %2").arg(name, state);
}

}  // namespace caseline
