#pragma once

namespace caseline {

class Database;

// The case-file schema and its forward migrations. Version N is reached by applying steps
// 1..N in order; each step runs in the caller's transaction, with foreign keys off (a step may
// rebuild a table others refer to).
class Schema {
public:
    static constexpr int kCurrentVersion = 6;
    // "CSLN": marks an SQLite file as a Caseline case file.
    static constexpr int kApplicationId = 0x43534C4E;

    static void migrate(Database &db, int fromVersion, int toVersion);
};

}  // namespace caseline
