#pragma once

#include <QString>

namespace caseline {

// Why an export produced nothing: the output could not be written, or the user cancelled.
struct ExportError {
    QString message;
    bool cancelled = false;
};

}  // namespace caseline
