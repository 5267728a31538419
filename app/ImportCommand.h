#pragma once
#include <QStringList>
namespace caseline {
// caseline import CASEFILE INPUT [--format auto|csv|json|timelinejs|ice287g|detainer-policies]
int runImportCommand(const QStringList &arguments);
}  // namespace caseline
