#include "EventTableModel.h"
#include "DisplayDate.h"

#include "CaseDocument.h"
#include "LatestOnWorker.h"
#include "query/EventColumns.h"
#include "storage/CaseFile.h"

namespace caseline {

namespace {
constexpr int kCacheLimit = 20000;  // rows kept; a screenful is ~50

EventQuery::SortColumn sortColumnFor(int column)
{
    switch (column) {
    case EventTableModel::TitleColumn: return EventQuery::SortColumn::Title;
    case EventTableModel::TypeColumn: return EventQuery::SortColumn::Type;
    case EventTableModel::JurisdictionColumn: return EventQuery::SortColumn::Jurisdiction;
    case EventTableModel::StatusColumn: return EventQuery::SortColumn::Status;
    default: break;
    }
    return EventQuery::SortColumn::Date;
}
}  // namespace

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent), m_sorting(new LatestOnWorker(this))
{
    connect(m_sorting, &LatestOnWorker::workingChanged, this, &EventTableModel::sortingChanged);
}

void EventTableModel::setDocument(CaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (!m_ids.isEmpty()) {  // another case's rows must not stay while this one's are read
        beginResetModel();
        m_ids.clear();
        m_idsColumns.reset();
        endResetModel();
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &CaseDocument::changed, this, &EventTableModel::reload);
        // Queued twice: the timeline takes the snapshot at once and repaints in the next pass of
        // the event loop; the table follows in the pass after that (a million rows cost the
        // table's header tens of ms), so that the window answers in between.
        connect(m_document, &CaseDocument::columnsReady, this, [this] {
            QMetaObject::invokeMethod(this, &EventTableModel::columnsReady, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
    }
    reload();
}

void EventTableModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    load();  // the case is unchanged: the unfiltered list may be reused
}

void EventTableModel::reload()
{
    // An edit that moved no event leaves the snapshot, and so the list of every event by date, as it was.
    if (!m_document || !m_allByDateColumns || m_document->columns() != m_allByDateColumns) {
        m_allByDateValid = false;
        m_allByDate.clear();
        m_allByDateColumns.reset();
    }
    load();
}

void EventTableModel::columnsReady()
{
    if (m_waiting)
        load();
}

bool EventTableModel::answeredByColumns() const
{
    return m_sortColumn == EventQuery::SortColumn::Date;
}

void EventTableModel::load()
{
    // A million rows from SQLite would block the window: the rows shown stay until the snapshot
    // answers (columnsReady).
    m_waiting = m_document && m_document->isWaitingForColumns() && answeredByColumns();
    const bool allByDate = m_filter.isEmpty() && m_sortColumn == EventQuery::SortColumn::Date && m_sortOrder == Qt::AscendingOrder;
    const auto columns = m_document ? m_document->columns() : nullptr;
    if (m_document && !m_waiting && !(allByDate && m_allByDateValid) && !(columns && answeredByColumns())
        && m_document->hasManyEvents()) {
        sortOnWorker();  // the rows shown stay meanwhile
        return;
    }
    m_sorting->giveUp();
    if (m_waiting)
        return;
    if (!m_document) {
        show({}, m_sortOrder, nullptr);
    } else if (allByDate && m_allByDateValid) {
        show(m_allByDate, m_sortOrder, m_allByDateColumns);  // shared, not copied
    } else {
        const std::shared_ptr<const EventColumns> idsColumns = answeredByColumns() ? columns : nullptr;
        const QList<qint64> ids = EventQuery(m_document->file()).eventIds(m_filter, m_sortColumn, m_sortOrder, columns.get());
        if (allByDate) {
            m_allByDate = ids;
            m_allByDateValid = true;
            m_allByDateColumns = idsColumns;
        }
        show(ids, m_sortOrder, idsColumns);
    }
}

void EventTableModel::sortOnWorker()
{
    // SQLite sorts a million events by title in over a second.
    const EventFilter filter = m_filter;
    const EventQuery::SortColumn column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    struct Listed {
        QList<qint64> ids;
        QHash<qint64, int> rowOfId;  // made on the worker too: tens of ms for a million rows
    };
    m_sorting->ask<Listed>(
        m_document->path(),
        [filter, column, order](CaseFile &file) {
            Listed listed{EventQuery(file).eventIds(filter, column, order), {}};
            listed.rowOfId = rowsOf(listed.ids);
            return listed;
        },
        [this, order](const Listed &listed) { show(listed.ids, order, nullptr, listed.rowOfId); },
        [this](const QString &error) { emit message(tr("The events could not be listed: %1").arg(error)); });
}

QHash<qint64, int> EventTableModel::rowsOf(const QList<qint64> &ids)
{
    QHash<qint64, int> rows;
    rows.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i)
        rows.insert(ids[i], i);
    return rows;
}

void EventTableModel::show(const QList<qint64> &ids, Qt::SortOrder order, std::shared_ptr<const EventColumns> columns,
                           const QHash<qint64, int> &rowOfId)
{
    beginResetModel();
    m_cache.clear();
    m_rowOfId = rowOfId;
    m_ids = ids;
    m_idsOrder = order;
    m_idsColumns = std::move(columns);
    endResetModel();
}

bool EventTableModel::isSorting() const { return m_sorting->isWorking(); }

qint64 EventTableModel::eventIdAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }

int EventTableModel::rowOfEvent(qint64 eventId) const
{
    if (m_idsColumns)
        return int(m_idsColumns->positionByDate(m_ids, m_idsOrder, eventId));
    if (m_rowOfId.isEmpty() && !m_ids.isEmpty())
        m_rowOfId = rowsOf(m_ids);
    return m_rowOfId.value(eventId, -1);
}

int EventTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }
int EventTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

const EventRow *EventTableModel::rowData(int row) const
{
    const qint64 id = eventIdAt(row);
    if (!id || !m_document)
        return nullptr;
    auto it = m_cache.find(id);
    if (it == m_cache.end()) {
        if (m_cache.size() > kCacheLimit)
            m_cache.clear();
        const auto loaded = EventQuery(m_document->file()).row(id);
        if (!loaded)
            return nullptr;
        it = m_cache.insert(id, *loaded);
    }
    return &*it;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == EventIdRole)
        return eventIdAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const EventRow *r = rowData(index.row());
    if (!r)
        return {};
    switch (index.column()) {
    case DateColumn:
        return r->end.isValid() ? tr("%1 – %2").arg(DisplayDate::text(r->start), DisplayDate::text(r->end))
                                : DisplayDate::text(r->start);
    case TitleColumn: return r->title;
    case TypeColumn: return eventTypeLabel(r->type);
    case JurisdictionColumn: return r->jurisdictionName;
    case StatusColumn: return eventStatusLabel(r->status);
    case SourcesColumn: return r->citationCount;
    default: break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TitleColumn: return tr("Title");
    case TypeColumn: return tr("Type");
    case JurisdictionColumn: return tr("Jurisdiction");
    case StatusColumn: return tr("Status");
    case SourcesColumn: return tr("Cited");
    default: break;
    }
    return {};
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = sortColumnFor(column);
    if (column == SourcesColumn)
        return;  // not a sortable column
    if (sortColumn == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    load();
}

}  // namespace caseline
