#pragma once

#include "model/PartialDate.h"

namespace caseline {

// PartialDate::parse with a fast path for the common, well-formed "YYYY", "YYYY-MM" and
// "YYYY-MM-DD", which bulk imports meet millions of times; anything else (including a
// well-formed but impossible date) goes to PartialDate::parse, so messages stay the same.
class IsoDateText {
public:
    static PartialDate parse(const QString &text, QString *error = nullptr);
    // The same for UTF-8 bytes. `canonical` is set when the text is already the date's
    // toIsoString(), so a bulk import can store the bytes it read.
    static PartialDate parse(QByteArrayView utf8, QString *error, bool *canonical);
};

}  // namespace caseline
