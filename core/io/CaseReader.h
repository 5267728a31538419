#pragma once

#include "CaseData.h"
#include "ImportError.h"

#include <QByteArray>
#include <QString>
#include <variant>

namespace caseline {

// One input format that can be imported into a case. Readers only turn bytes into CaseData
// (entities linked by stable keys, derived from the content so that re-importing a file
// updates what it added before); CaseDataWriter stores the result in one transaction.
class CaseReader {
public:
    virtual ~CaseReader() = default;

    // The value of `caseline import --format`, e.g. "ice287g".
    virtual QString formatKey() const = 0;
    // For messages and help, e.g. "ICE 287(g) participating agencies (CSV)".
    virtual QString formatName() const = 0;
    // How sure the reader is that it can read a file starting with head: 0 not at all, 100 it
    // recognises the format's signature. Used by --format auto; must be cheap.
    virtual int sniffScore(const QByteArray &head, const QString &fileName) const = 0;
    // Bad input yields an ImportError naming the line; warnings travel in CaseData::warnings.
    virtual std::variant<CaseData, ImportError> read(const QByteArray &data, const QString &fileName) const = 0;
};

// Runs a parser that reports bad input by throwing ImportError, and gives the error back as a value.
template <typename Parser>
std::variant<CaseData, ImportError> readReportingErrors(const QByteArray &data, const QString &fileName)
{
    try {
        return Parser(data, fileName).read();
    } catch (const ImportError &error) {
        return error;
    }
}

}  // namespace caseline
