#pragma once

#include <QString>

namespace caseline {

// Something an importer did that the user should know about, though the input was usable: a row
// it had to read in a particular way, a repeated row imported once, a guessed encoding. Printed
// as "FILE:LINE: warning: ...", so the user can look at the row in question.
struct ImportWarning {
    int line = 0;  // 1-based; 0 when it concerns the whole file
    QString message;

    QString toString(const QString &file) const
    {
        return line > 0 ? QStringLiteral("%1:%2: warning: %3").arg(file).arg(line).arg(message)
                        : QStringLiteral("%1: warning: %2").arg(file, message);
    }
};

}  // namespace caseline
