#pragma once

#include <QString>

struct sqlite3;

namespace caseline {

// How long a connection retries while another connection (a second window, another process)
// holds the lock it needs, before the write is refused as busy and reported.
constexpr int kBusyTimeoutMs = 5000;

// Turns an SQLite result code into a CaseFileError with a message a user can act on.
[[noreturn]] void throwSqliteError(sqlite3 *db, int resultCode, const QString &doing);

}  // namespace caseline
