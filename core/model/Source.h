#pragma once

#include "PartialDate.h"

#include <QString>

namespace caseline {

// Where a fact comes from. The full text, when kept, lets each quote be checked against it.
struct Source {
    qint64 id = 0;
    QString key;
    QString title;
    QString publisher;
    QString author;
    QString url;
    PartialDate published;
    QString kind = QStringLiteral("article");  // article, document, dataset, court-filing, ...
    QString text;
    bool operator==(const Source &) const = default;
};

}  // namespace caseline
