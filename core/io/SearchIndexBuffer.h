#pragma once

namespace caseline {

class Database;

// How many bytes of terms FTS5 gathers in memory before it writes a segment of event_fts. Its
// default (1 MiB) suits edits; an import that indexes a million events at once writes fewer,
// larger segments and merges less with more. Stored in the index's configuration.
namespace SearchIndexBuffer {
constexpr int kDefaultBytes = 1024 * 1024;
constexpr int kImportBytes = 16 * 1024 * 1024;  // counted in the import's peak memory
void set(Database &db, int bytes);
}  // namespace SearchIndexBuffer

}  // namespace caseline
