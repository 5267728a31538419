#include "StableKey.h"

#include <QCryptographicHash>

namespace caseline {

QString StableKey::normalise(const QString &text)
{
    QString s = text;
    s.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''))
        .replace(QChar(0x00A0), QLatin1Char(' '));
    return s.simplified().toCaseFolded();
}

QString StableKey::digest(const QString &text)
{
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.first(8).toHex());  // 16 hex digits
}

QString StableKey::join(const QString &prefix, const QStringList &parts)
{
    QString key = prefix;
    for (const QString &part : parts)
        key += QLatin1Char(':') + normalise(part);
    return key;
}

}  // namespace caseline
