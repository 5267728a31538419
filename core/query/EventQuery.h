#pragma once

#include "EventFilter.h"
#include "EventRow.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace caseline {

class CaseFile;
class EventColumns;
class Statement;

// Reads events through the case file's indexes. Filters become a WHERE clause whose values are
// all bound parameters.
class EventQuery {
public:
    enum class SortColumn { Date, Title, Type, Jurisdiction, Status };

    explicit EventQuery(CaseFile &file) : m_file(file) {}

    // With `columns` (a snapshot of this file's events) the date order is answered from memory
    // when the filter allows (EventColumns::answers).
    QList<qint64> eventIds(const EventFilter &filter, SortColumn column = SortColumn::Date,
                           Qt::SortOrder order = Qt::AscendingOrder, const EventColumns *columns = nullptr) const;
    qint64 count(const EventFilter &filter) const;
    std::optional<EventRow> row(qint64 eventId) const;

    // The family of the jurisdiction's stance on that day: the period in force that started last.
    StanceFamily stanceFamilyOn(qint64 jurisdictionId, qint64 julianDay) const;

    // SQL for the stance family of event alias `e` on its first day; used by filters and statistics.
    static QString stanceFamilyExpression();

    struct Where {
        QString sql;         // "" or " WHERE ..." over event alias e
        QString conditions;  // the same without " WHERE ", or "1" when nothing is filtered
        QVariantList values;
    };
    static Where whereClause(const EventFilter &filter);
    static void bindAll(Statement &st, const QVariantList &values, int firstIndex = 1);

private:
    QList<qint64> eventIdsByDateFromLaneIndex(const Where &where, Qt::SortOrder order) const;

    CaseFile &m_file;
};

}  // namespace caseline
