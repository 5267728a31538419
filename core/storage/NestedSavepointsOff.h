#pragma once

namespace caseline {

class Database;

// For a large write that is kept or rolled back whole (an import): while this exists,
// Transactions nested in the connection's current one make no savepoint. One per row cost more
// than the row: each is two statements compiled afresh, and FTS5 writes out what it holds at
// every savepoint. Whoever uses it must end the whole transaction on any error.
class NestedSavepointsOff {
public:
    explicit NestedSavepointsOff(Database &db);
    ~NestedSavepointsOff();
    NestedSavepointsOff(const NestedSavepointsOff &) = delete;
    NestedSavepointsOff &operator=(const NestedSavepointsOff &) = delete;

private:
    Database &m_db;
    bool m_before;
};

}  // namespace caseline
