#include "ExportEvents.h"

#include "query/EventCursor.h"
#include "query/EventQuery.h"
#include "storage/CaseFile.h"

#include <QSet>

namespace caseline {

namespace {
// Often enough for a progress bar, rarely enough to cost nothing.
constexpr qint64 kProgressInterval = 1000;
}  // namespace

ExportEvents::ExportEvents(CaseFile &file, const EventFilter &filter, Order order)
    : m_file(file), m_filter(filter), m_order(order)
{
    m_total = EventQuery(file).count(filter);
    if (filter.storyId) {
        m_story = file.story(filter.storyId);
        if (m_story)
            for (const StoryEntry &entry : std::as_const(m_story->entries))
                m_notes.insert(entry.eventId, entry.note);
    }
}

bool ExportEvents::report(const ExportProgress &progress, qint64 done, bool force) const
{
    if (!progress || (!force && done % kProgressInterval != 0))
        return true;
    return progress(done, m_total);
}

bool ExportEvents::forEach(const ExportProgress &progress, const std::function<void(const Event &)> &visit)
{
    if (!report(progress, 0, true))
        return false;
    qint64 done = 0;
    if (m_order == Order::StoryWhenFiltered && m_story) {
        const QList<qint64> matching = EventQuery(m_file).eventIds(m_filter);
        const QSet<qint64> wanted(matching.cbegin(), matching.cend());
        for (const StoryEntry &entry : std::as_const(m_story->entries)) {
            if (!wanted.contains(entry.eventId))
                continue;
            if (const auto event = m_file.event(entry.eventId))
                visit(*event);
            if (!report(progress, ++done, false))
                return false;
        }
    } else {
        EventCursor cursor(m_file, m_filter);
        Event event;
        while (cursor.next(event)) {
            visit(event);
            if (!report(progress, ++done, false))
                return false;
        }
    }
    return report(progress, done, true);
}

}  // namespace caseline
