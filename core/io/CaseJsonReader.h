#pragma once

#include "CaseReader.h"

namespace caseline {

// Reads Caseline JSON ("format": "caseline-case"): the bundled sample and lossless exports.
class CaseJsonReader : public CaseReader {
public:
    static constexpr int kFormatVersion = 1;
    QString formatKey() const override;
    QString formatName() const override;
    int sniffScore(const QByteArray &head, const QString &fileName) const override;
    std::variant<CaseData, ImportError> read(const QByteArray &data, const QString &fileName) const override;
};

}  // namespace caseline
