#include "Database.h"

#include "CaseFileError.h"
#include "SqliteErrors.h"

#include <QFileInfo>
#include <atomic>
#include <sqlite3.h>

namespace caseline {

namespace {

// SQLite's memory statistics take one process-wide lock per allocation: with two connections
// busy on two threads (a large import writes the case and a scratch index at once) the threads
// queue on it. Caseline never reads those statistics. Must come before SQLite's first use.
const bool kSqliteConfigured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
}();

}  // namespace

Database::Database(const QString &path, OpenMode mode, Threads threads) : m_path(path)
{
    Q_UNUSED(kSqliteConfigured);
    const QFileInfo info(path);
    if (mode == OpenMode::OpenExisting && !info.exists())
        throw CaseFileError(CaseFileError::Kind::Unusable, QStringLiteral("%1: no such file").arg(path));
    if (info.exists() && info.isDir())
        throw CaseFileError(CaseFileError::Kind::Unusable, QStringLiteral("%1: is a folder, not a case file").arg(path));

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW
        | (threads == Threads::MayShare ? SQLITE_OPEN_FULLMUTEX : SQLITE_OPEN_NOMUTEX);
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw CaseFileError(CaseFileError::Kind::Unusable, QStringLiteral("%1: cannot open (%2)").arg(path, detail));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    // Nothing stored in a file may run code: no untrusted functions in its schema, no
    // writes to the schema tables through SQL.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
}

Database::~Database()
{
    m_cache.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        throwSqliteError(m_db, rc, QStringLiteral("updating the case file"));
}

Statement &Database::cached(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.insert(sql, std::make_shared<Statement>(m_db, sql));
    (*it)->reset();
    return **it;
}

qint64 Database::pragmaInt(const QString &name)
{
    Statement st(m_db, QStringLiteral("PRAGMA %1").arg(name));
    return st.step() ? st.int64(0) : 0;
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

Transaction::Transaction(Database &db) : m_db(db), m_outermost(!db.inTransaction())
{
    if (m_outermost) {
        m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
        return;
    }
    if (!m_db.nestedSavepoints())
        return;
    m_savepoint = true;
    static std::atomic<quint64> counter{0};
    m_name = QStringLiteral("sp%1").arg(++counter);
    m_db.exec(QStringLiteral("SAVEPOINT %1").arg(m_name));
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        if (m_outermost) {
            if (m_db.inTransaction())
                m_db.exec(QStringLiteral("ROLLBACK"));
            return;
        }
        if (!m_savepoint)
            return;  // the enclosing transaction is rolled back whole
        m_db.exec(QStringLiteral("ROLLBACK TO %1").arg(m_name));
        m_db.exec(QStringLiteral("RELEASE %1").arg(m_name));
    } catch (const CaseFileError &) {
        // The connection is already unusable; the caller's exception says why.
    }
}

void Transaction::commit()
{
    if (m_outermost)
        m_db.exec(QStringLiteral("COMMIT"));
    else if (m_savepoint)
        m_db.exec(QStringLiteral("RELEASE %1").arg(m_name));
    m_done = true;
}

}  // namespace caseline
