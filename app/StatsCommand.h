#pragma once
#include <QStringList>
namespace caseline {
// caseline stats CASEFILE [--json]
int runStatsCommand(const QStringList &arguments);
}  // namespace caseline
