#pragma once

#include <QStringList>

namespace caseline {

// What an export wrote, for the command line's report and the UI's status bar.
struct ExportSummary {
    qint64 events = 0;
    qint64 skippedEvents = 0;  // matched the filter but the format cannot hold them
    int jurisdictions = 0;
    int sources = 0;
    int periods = 0;
    int stories = 0;
    QStringList warnings;
};

}  // namespace caseline
