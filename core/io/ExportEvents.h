#pragma once

#include "ExportOptions.h"
#include "model/Event.h"
#include "model/Story.h"
#include "query/EventFilter.h"

#include <QHash>
#include <functional>
#include <optional>

namespace caseline {

class CaseFile;

// The events an export writes, walked once in order with progress and cancel. Date order
// streams through one EventCursor; story order (chronologies of a --story) follows the story's
// entries, which are few, event by event.
class ExportEvents {
public:
    enum class Order { Date, StoryWhenFiltered };

    ExportEvents(CaseFile &file, const EventFilter &filter, Order order = Order::Date);

    qint64 total() const { return m_total; }
    // The story the filter names, if any, and its note on an event.
    const std::optional<Story> &story() const { return m_story; }
    QString storyNote(qint64 eventId) const { return m_notes.value(eventId); }

    // Calls visit for every event in order, and progress every so often; false when progress
    // asked to cancel (the events visited so far stay visited).
    bool forEach(const ExportProgress &progress, const std::function<void(const Event &)> &visit);

private:
    bool report(const ExportProgress &progress, qint64 done, bool force) const;

    CaseFile &m_file;
    EventFilter m_filter;
    Order m_order;
    qint64 m_total = 0;
    std::optional<Story> m_story;
    QHash<qint64, QString> m_notes;
};

}  // namespace caseline
