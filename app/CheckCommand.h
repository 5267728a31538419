#pragma once
#include <QStringList>
namespace caseline {
// caseline check CASEFILE: integrity, the search index, schema version, counts.
int runCheckCommand(const QStringList &arguments);
}  // namespace caseline
