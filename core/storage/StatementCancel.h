#pragma once

#include <QElapsedTimer>

#include <functional>

namespace caseline {

class Database;

// While it lives, SQLite asks `keepGoing` now and then during long statements (an index built
// over a million rows takes seconds): at once, then at most every 50 ms. A false answer
// interrupts the statement under way, which then fails; cancelled() tells that failure from others.
class StatementCancel {
public:
    StatementCancel(Database &db, std::function<bool()> keepGoing);
    ~StatementCancel();
    StatementCancel(const StatementCancel &) = delete;
    StatementCancel &operator=(const StatementCancel &) = delete;

    bool cancelled() const { return m_cancelled; }

private:
    static int check(void *self);

    Database &m_db;
    std::function<bool()> m_keepGoing;
    QElapsedTimer m_sinceAsked;
    bool m_cancelled = false;
};

}  // namespace caseline
