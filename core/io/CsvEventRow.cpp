#include "CsvEventRow.h"

namespace caseline {

Citation CsvCitationRow::toCitation() const
{
    Citation c;
    c.quote = QString::fromUtf8(quote);
    c.page = page;
    return c;
}

Event CsvEventRow::toEvent() const
{
    Event e;
    e.key = QString::fromUtf8(key);
    e.type = type;
    e.start = start;
    e.end = end;
    e.title = QString::fromUtf8(title);
    e.summary = QString::fromUtf8(summary);
    e.location = QString::fromUtf8(location);
    e.status = status;
    e.note = QString::fromUtf8(note);
    for (const QByteArrayView tag : tags)
        e.tags.append(QString::fromUtf8(tag));
    for (const CsvPersonRow &person : people)
        e.people.append({QString::fromUtf8(person.name), QString::fromUtf8(person.role)});
    return e;
}

}  // namespace caseline
