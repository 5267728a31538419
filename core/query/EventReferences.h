#pragma once

#include "EventFilter.h"

#include <QSet>

namespace caseline {

class CaseFile;

// What the events matching a filter refer to, found by SQL without reading the events: the
// jurisdictions and sources a partial export must carry along.
class EventReferences {
public:
    explicit EventReferences(CaseFile &file) : m_file(file) {}
    QSet<qint64> jurisdictionIds(const EventFilter &filter) const;
    QSet<qint64> citedSourceIds(const EventFilter &filter) const;

private:
    QSet<qint64> ids(const QString &select, const EventFilter &filter) const;
    CaseFile &m_file;
};

}  // namespace caseline
