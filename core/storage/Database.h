#pragma once

#include "Statement.h"

#include <QHash>
#include <QString>
#include <memory>

struct sqlite3;

namespace caseline {

// One SQLite connection with the settings every case file needs, and a cache of prepared
// statements so hot queries are parsed once.
class Database {
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };
    // Whether threads may share the connection (SQLite then locks it around every call), or it is
    // only ever used by one thread at a time: a command-line import, a scratch file. The locks
    // cost a writer at a million rows about 0.4 s.
    enum class Threads { MayShare, OneAtATime };

    Database(const QString &path, OpenMode mode, Threads threads = Threads::MayShare);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const QString &sql);            // statements without parameters (DDL, pragmas)
    Statement &cached(const QString &sql);    // reset and ready to bind; do not nest one SQL
    Statement prepare(const QString &sql) const { return Statement(m_db, sql); }
    qint64 pragmaInt(const QString &name);
    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    // Whether a Transaction inside another makes a savepoint (see NestedSavepointsOff).
    bool nestedSavepoints() const { return m_nestedSavepoints; }
    void setNestedSavepoints(bool on) { m_nestedSavepoints = on; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    QHash<QString, std::shared_ptr<Statement>> m_cache;
    bool m_nestedSavepoints = true;
};

// A unit of work. Nests through savepoints; rolls back unless commit() was called. The outermost
// one takes the write lock at once (BEGIN IMMEDIATE), so a busy file is waited for up front
// instead of failing half-way when a read has to become a write.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    QString m_name;
    bool m_outermost = false;
    bool m_savepoint = false;  // nested, and savepoints are on
    bool m_done = false;
};

}  // namespace caseline
