#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace caseline {

// A prepared statement: binds by 1-based index, steps, and reads columns. Only bound parameters
// ever reach SQLite; no SQL is built from data.
class Statement {
public:
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);  // a null QString binds NULL
    Statement &bind(int index, const std::optional<qint64> &value);
    Statement &bindNull(int index);
    Statement &bindText(int index, const QString &value);  // never NULL: null becomes ''

    bool step();        // true while a row is available
    void exec();        // step to completion
    // exec() without clearing the bindings after it: for a statement run again and again with
    // every parameter bound anew each time (a bulk import's inserts, where clearing them was
    // about 1 % of the work). Text bound SQLITE_STATIC stays referred to until bound again.
    void execKeepingBindings();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_textBuffer;
};

}  // namespace caseline
