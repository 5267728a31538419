#pragma once
#include <QStringList>
namespace caseline {
// caseline sample --out FILE.caseline
int runSampleCommand(const QStringList &arguments);
}  // namespace caseline
