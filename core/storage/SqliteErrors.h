#pragma once

#include <QString>

struct sqlite3;

namespace caseline {

// Turns an SQLite result code into a CaseFileError with a message a user can act on.
[[noreturn]] void throwSqliteError(sqlite3 *db, int resultCode, const QString &doing);

}  // namespace caseline
