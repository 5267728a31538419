#pragma once
#include <QStringList>
namespace caseline {
// caseline chart CASEFILE --kind KIND --out FILE.pdf|.png|.svg [filters] [--per-capita] [--bin B] [--data F.csv]
int runChartCommand(const QStringList &arguments);
}  // namespace caseline
