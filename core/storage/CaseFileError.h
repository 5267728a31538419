#pragma once

#include <QString>
#include <stdexcept>

namespace caseline {

// A case file that cannot be opened, read or written. The message names the file and says why.
class CaseFileError : public std::runtime_error {
public:
    enum class Kind { Unusable, NewerSchema, NotACaseFile, Busy, ReadOnly, Constraint, Other };

    CaseFileError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

}  // namespace caseline
