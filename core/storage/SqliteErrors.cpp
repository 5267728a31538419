#include "SqliteErrors.h"

#include "CaseFileError.h"

#include <sqlite3.h>

namespace caseline {

void throwSqliteError(sqlite3 *db, int resultCode, const QString &doing)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode));
    using Kind = CaseFileError::Kind;
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB:
        throw CaseFileError(Kind::NotACaseFile, QStringLiteral("not a Caseline case file (%1)").arg(detail));
    case SQLITE_CORRUPT:
        throw CaseFileError(Kind::Unusable, QStringLiteral("the case file is damaged (%1)").arg(detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw CaseFileError(Kind::Busy, QStringLiteral("the case file is busy in another program or window, which kept it "
                                                       "locked for more than %1 seconds (%2); nothing was changed, try again")
                                            .arg(kBusyTimeoutMs / 1000)
                                            .arg(detail));
    case SQLITE_READONLY:
        throw CaseFileError(Kind::ReadOnly, QStringLiteral("the case file is read-only (%1)").arg(detail));
    case SQLITE_CONSTRAINT:
        throw CaseFileError(Kind::Constraint, QStringLiteral("%1 was refused: %2").arg(doing, detail));
    case SQLITE_CANTOPEN:
        throw CaseFileError(Kind::Unusable, QStringLiteral("cannot open the case file (%1)").arg(detail));
    default: break;
    }
    throw CaseFileError(Kind::Other, QStringLiteral("error while %1: %2").arg(doing, detail));
}

}  // namespace caseline
