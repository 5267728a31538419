#pragma once

#include <QString>

namespace caseline {

// A problem in an input file, reported as "FILE:LINE: what is wrong".
struct ImportError {
    QString file;
    int line = 0;  // 1-based; 0 when the problem is not on one line
    QString message;

    QString toString() const
    {
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(file, message);
    }
};

}  // namespace caseline
