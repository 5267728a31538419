#pragma once

#include <QString>

namespace caseline {

struct StoryEntry {
    qint64 eventId = 0;
    QString note;
    bool operator==(const StoryEntry &) const = default;
};

}  // namespace caseline
