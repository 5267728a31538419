#include "JsonElementText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace caseline {

QByteArray JsonElementText::indented(const QJsonObject &object, int depth)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1);  // the final line break
    const QByteArray indent(depth * 4, ' ');
    // Line breaks inside strings are escaped as \n, so each real line break starts a line.
    text.replace('\n', QByteArray("\n") + indent);
    return indent + text;
}

QByteArray JsonElementText::string(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

}  // namespace caseline
