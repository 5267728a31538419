#pragma once

#include "CaseReader.h"

#include <QList>
#include <variant>

namespace caseline {

// Every importable format, for `caseline import --format` and the UI's import dialog.
class CaseReaderRegistry {
public:
    static const QList<const CaseReader *> &all();
    static const CaseReader *byKey(const QString &formatKey);  // nullptr when unknown
    static QStringList keys();
    // The reader that recognises a file from its first bytes (and, weakly, its name). When none
    // does, an error saying so and listing the formats and --format.
    static std::variant<const CaseReader *, ImportError> detect(const QByteArray &head, const QString &fileName);
    // How many bytes detect() wants to see.
    static constexpr qsizetype kHeadSize = 64 * 1024;
};

}  // namespace caseline
