#pragma once
#include <QStringList>
namespace caseline {
// caseline render CASEFILE --out FILE.pdf|.png [filters]: the timeline view itself, off-screen.
int runRenderCommand(const QStringList &arguments);
}  // namespace caseline
