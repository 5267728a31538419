#pragma once

#include "CaseData.h"
#include "ImportError.h"

#include <QByteArray>
#include <variant>

namespace caseline {

// Reads Caseline JSON ("format": "caseline-case"): the bundled sample and lossless exports.
class CaseJsonReader {
public:
    static constexpr int kFormatVersion = 1;
    std::variant<CaseData, ImportError> read(const QByteArray &data, const QString &fileName) const;
};

}  // namespace caseline
