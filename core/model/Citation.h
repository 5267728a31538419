#pragma once

#include <QString>
#include <optional>

namespace caseline {

// The exact passage of a source that supports an event or a policy period.
struct Citation {
    qint64 id = 0;
    qint64 sourceId = 0;
    QString quote;              // verbatim from the source
    std::optional<int> page;    // page in the source document, when it has pages
    QString note;
    bool operator==(const Citation &) const = default;
};

}  // namespace caseline
