#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace caseline {

// One object of a JSON list written on its own, indented to sit at a given depth of a document
// that is written piece by piece: how the JSON writers stream a million events without building
// one QJsonDocument for all of them.
class JsonElementText {
public:
    static QByteArray indented(const QJsonObject &object, int depth);
    // A JSON string literal, quotes included.
    static QByteArray string(const QString &text);
};

}  // namespace caseline
