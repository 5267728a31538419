#include "EventCursor.h"

#include "EventQuery.h"
#include "storage/CaseFile.h"

namespace caseline {

namespace {
Statement prepareRows(CaseFile &file, const EventFilter &filter)
{
    const EventQuery::Where where = EventQuery::whereClause(filter);
    Statement st = file.database().prepare(QStringLiteral(
        "SELECT e.id, e.key, e.jurisdiction_id, e.type, e.start_date, e.end_date, e.title, e.summary, e.location, "
        "e.status, e.note FROM event e%1 ORDER BY e.first_day, e.last_day, e.id").arg(where.sql));
    EventQuery::bindAll(st, where.values);
    return st;
}
}  // namespace

EventCursor::EventCursor(CaseFile &file, const EventFilter &filter)
    : m_rows(prepareRows(file, filter)),
      m_people(file.database().prepare(QStringLiteral("SELECT name, role FROM event_person WHERE event_id = ?1 ORDER BY position"))),
      m_tags(file.database().prepare(QStringLiteral("SELECT tag FROM event_tag WHERE event_id = ?1 ORDER BY tag"))),
      m_citations(file.database().prepare(QStringLiteral(
          "SELECT id, source_id, quote, page, note FROM citation WHERE event_id = ?1 ORDER BY position")))
{
}

bool EventCursor::next(Event &e)
{
    if (!m_rows.step())
        return false;
    e = Event();
    e.id = m_rows.int64(0);
    e.key = m_rows.text(1);
    e.jurisdictionId = m_rows.int64(2);
    e.type = EventType(m_rows.int32(3));
    e.start = PartialDate::parse(m_rows.text(4));
    // Most events have no end; parsing is the costly part of a row.
    if (!m_rows.isNull(5))
        e.end = PartialDate::parse(m_rows.text(5));
    e.title = m_rows.text(6);
    e.summary = m_rows.text(7);
    e.location = m_rows.text(8);
    e.status = EventStatus(m_rows.int32(9));
    e.note = m_rows.text(10);
    readChildren(e);
    return true;
}

void EventCursor::readChildren(Event &e)
{
    m_people.bind(1, e.id);
    while (m_people.step())
        e.people.append({m_people.text(0), m_people.text(1)});
    m_people.reset();
    m_tags.bind(1, e.id);
    while (m_tags.step())
        e.tags.append(m_tags.text(0));
    m_tags.reset();
    m_citations.bind(1, e.id);
    while (m_citations.step()) {
        Citation c;
        c.id = m_citations.int64(0);
        c.sourceId = m_citations.int64(1);
        c.quote = m_citations.text(2);
        if (!m_citations.isNull(3))
            c.page = m_citations.int32(3);
        c.note = m_citations.text(4);
        e.citations.append(c);
    }
    m_citations.reset();
}

}  // namespace caseline
