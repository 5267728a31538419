#pragma once

#include "CaseWriter.h"

#include <QList>
#include <QStringList>

namespace caseline {

// Every export format, for `caseline export --format` and the UI's export dialog.
class CaseWriterRegistry {
public:
    static const QList<const CaseWriter *> &all();
    static const CaseWriter *byKey(const QString &formatKey);  // nullptr when unknown
    static QStringList keys();
};

}  // namespace caseline
