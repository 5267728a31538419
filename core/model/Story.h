#pragma once

#include "StoryEntry.h"

#include <QList>
#include <QString>

namespace caseline {

// A reporter's story timeline: a named, ordered selection of events with notes.
struct Story {
    qint64 id = 0;
    QString key;
    QString name;
    QString description;
    QList<StoryEntry> entries;  // in story order
    bool operator==(const Story &) const = default;
};

}  // namespace caseline
