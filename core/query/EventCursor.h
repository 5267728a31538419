#pragma once

#include "EventFilter.h"
#include "model/Event.h"
#include "storage/Statement.h"

namespace caseline {

class CaseFile;

// Whole events (people, tags and citations included) matching a filter, in date order
// (first day, last day, id: the order of EventQuery::eventIds), read one at a time through a
// single SQL cursor. Exports walk a million events this way without holding them, and without
// a lookup by id for each one. The case file must not be written while a cursor is open.
class EventCursor {
public:
    EventCursor(CaseFile &file, const EventFilter &filter);
    bool next(Event &event);  // false after the last event

private:
    void readChildren(Event &event);

    Statement m_rows;
    Statement m_people;
    Statement m_tags;
    Statement m_citations;
};

}  // namespace caseline
