#pragma once

#include "ExportError.h"
#include "ExportOptions.h"
#include "ExportSummary.h"
#include "query/EventFilter.h"

#include <QByteArray>
#include <QString>
#include <variant>

class QIODevice;

namespace caseline {

class CaseFile;

// One output format of `caseline export` and the UI's export dialog; the writing half of
// CaseReader. A writer streams the events that match a filter, in date order, to a device, so
// a million events never sit in memory at once; it reports progress and can be cancelled
// (ExportOptions::progress). Storage failures are thrown as CaseFileError, as everywhere else.
class CaseWriter {
public:
    virtual ~CaseWriter() = default;

    virtual QString formatKey() const = 0;   // the value of --format, e.g. "timelinejs"
    virtual QString formatName() const = 0;  // for messages and help
    virtual QString fileSuffix() const = 0;  // without the dot, e.g. "ics"

    virtual std::variant<ExportSummary, ExportError> write(CaseFile &file, const EventFilter &filter,
                                                           const ExportOptions &options, QIODevice &out) const = 0;

    // The same into memory: for tests, the clipboard and other small exports.
    std::variant<QByteArray, ExportError> writeToBytes(CaseFile &file, const EventFilter &filter,
                                                       const ExportOptions &options = {}) const;
};

}  // namespace caseline
