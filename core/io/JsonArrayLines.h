#pragma once

#include <QByteArray>
#include <QList>

namespace caseline {

// Where each element of a list in a JSON file starts, so that messages about the nth event of
// a timeline can name its line (QJsonDocument keeps no positions).
class JsonArrayLines {
public:
    // Lines (1-based) of the elements of the array that is the value of member `name` of the
    // top-level object, in order; empty when there is no such array.
    static QList<int> of(const QByteArray &json, const char *name);
};

}  // namespace caseline
