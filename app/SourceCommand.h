#pragma once

#include <QStringList>

namespace caseline {

// caseline source add CASEFILE FILE [--title T] [--outlet O] [--date D] [--url U] [--author A]
// Stores a document's full text as a source, so quotes can be checked against it.
int runSourceCommand(const QStringList &arguments);

}  // namespace caseline
