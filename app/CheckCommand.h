#pragma once
#include <QStringList>
namespace caseline {
// caseline check CASEFILE: integrity, schema version, counts.
int runCheckCommand(const QStringList &arguments);
}  // namespace caseline
