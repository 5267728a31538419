#pragma once

#include "query/EventFilter.h"
#include "query/EventQuery.h"
#include "query/EventRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <memory>

namespace caseline {

class CaseDocument;
class EventColumns;
class LatestOnWorker;

// The events of a case as table rows. Holds only the ordered ids of matching events and reads
// each visible row on demand, so a million events cost a few megabytes, not a copy of the file.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, TypeColumn, JurisdictionColumn, StatusColumn, SourcesColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1 };

    explicit EventTableModel(QObject *parent = nullptr);

    void setDocument(CaseDocument *document);
    void setFilter(const EventFilter &filter);
    const EventFilter &filter() const { return m_filter; }

    qint64 eventIdAt(int row) const;
    int rowOfEvent(qint64 eventId) const;  // -1 when not shown
    // The rows shown are not yet those of the filter or the case's last change: a large case's
    // snapshot is being read, and they follow when it is there (CaseDocument::isWaitingForColumns).
    bool isWaitingForColumns() const { return m_waiting; }
    // In a large case without a snapshot to answer (another order than by date, or its read
    // failed), SQLite lists the rows on a worker thread; the rows shown stay meanwhile.
    bool isSorting() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void reload();

signals:
    void sortingChanged(bool sorting);
    void message(const QString &text);  // the rows could not be listed

private:
    void load();  // m_ids for the filter and order, from m_allByDate when it can
    void sortOnWorker();
    static QHash<qint64, int> rowsOf(const QList<qint64> &ids);  // row by event id
    void show(const QList<qint64> &ids, Qt::SortOrder order, std::shared_ptr<const EventColumns> columns,
              const QHash<qint64, int> &rowOfId = {});
    bool answeredByColumns() const;
    void columnsReady();
    const EventRow *rowData(int row) const;

    QPointer<CaseDocument> m_document;
    EventFilter m_filter;
    QList<qint64> m_ids;
    // Every event by date, kept until the case changes: clearing a filter then reads nothing.
    QList<qint64> m_allByDate;
    bool m_allByDateValid = false;
    // The snapshot m_allByDate came from: an edit that moved no event keeps it, and the list.
    std::shared_ptr<const EventColumns> m_allByDateColumns;
    // The snapshot m_ids came from in date order; rows are then found by a binary search.
    std::shared_ptr<const EventColumns> m_idsColumns;
    Qt::SortOrder m_idsOrder = Qt::AscendingOrder;  // m_ids's order (a sort may wait for the snapshot)
    mutable QHash<qint64, int> m_rowOfId;  // otherwise: made with m_ids on a worker, or on first lookup
    bool m_waiting = false;
    mutable QHash<qint64, EventRow> m_cache;
    EventQuery::SortColumn m_sortColumn = EventQuery::SortColumn::Date;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    LatestOnWorker *m_sorting;
};

}  // namespace caseline
