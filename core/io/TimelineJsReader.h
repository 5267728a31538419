#pragma once

#include "CaseReader.h"

namespace caseline {

// The "timelinejs" format: a TimelineJS 3 timeline as JSON or as the spreadsheet template's
// CSV, told apart by content (a JSON object, or else CSV).
class TimelineJsReader : public CaseReader {
public:
    QString formatKey() const override;
    QString formatName() const override;
    int sniffScore(const QByteArray &head, const QString &fileName) const override;
    std::variant<CaseData, ImportError> read(const QByteArray &data, const QString &fileName) const override;
};

}  // namespace caseline
