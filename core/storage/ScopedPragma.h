#pragma once

#include <QString>
#include <QtGlobal>

namespace caseline {

class Database;

// Sets an integer PRAGMA of a connection for the life of this object (a large write's settings),
// then the value it had before.
class ScopedPragma {
public:
    ScopedPragma(Database &db, const QString &name, qint64 value);
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    Database &m_db;
    QString m_name;
    qint64 m_before;
};

}  // namespace caseline
