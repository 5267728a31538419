#pragma once

#include "query/EventFilter.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QTimer;

namespace caseline {

class CaseDocument;
class PartialDateEdit;

// Every filter the timeline, the table and the charts share: text search, dates, types,
// jurisdictions, stance family, status and tags. Emits the whole filter on each change.
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);

    // The document's jurisdictions are listed by listJurisdictions() (thousands of items: the
    // window calls it a moment after opening a case) or on the document's next change.
    void setDocument(CaseDocument *document);
    void listJurisdictions();
    EventFilter filter() const { return m_filter; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *typeList() const { return m_types; }
    QListWidget *jurisdictionList() const { return m_jurisdictions; }

public slots:
    void clear();
    // Shows the filter in the panel's fields and applies it (a chart click, a saved view).
    void applyFilter(const EventFilter &filter);
    void setStoryOnly(qint64 storyId);  // 0: all events

signals:
    void filterChanged(const EventFilter &filter);

private:
    void collect();

    QPointer<CaseDocument> m_document;
    EventFilter m_filter;
    QLineEdit *m_search;
    PartialDateEdit *m_from;
    PartialDateEdit *m_to;
    QListWidget *m_types;
    QListWidget *m_jurisdictions;
    QList<QPair<qint64, QString>> m_shownJurisdictions;  // what m_jurisdictions lists
    QList<QCheckBox *> m_families;
    QList<QCheckBox *> m_statuses;
    QLineEdit *m_tags;
    QTimer *m_searchDelay;
    bool m_updating = false;
};

}  // namespace caseline
