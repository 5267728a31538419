#pragma once

#include "query/EventFilter.h"

#include <QCommandLineParser>

namespace caseline {

class CaseFile;

// The filter options every reading subcommand takes (DESIGN.md):
// --from --to --type (repeatable) --jurisdiction (repeatable) --stance --search --story.
class FilterOptions {
public:
    static void addTo(QCommandLineParser &parser);
    // Builds the filter; on a bad value returns false with a message naming the option.
    static bool read(const QCommandLineParser &parser, CaseFile &file, EventFilter &filter, QString *error);
};

}  // namespace caseline
