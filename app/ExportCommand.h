#pragma once

#include <QStringList>

namespace caseline {

// caseline export CASEFILE --format csv|json|timelinejs|ics|markdown|html --out FILE [filters]
int runExportCommand(const QStringList &arguments);

}  // namespace caseline
