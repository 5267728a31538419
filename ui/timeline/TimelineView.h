#pragma once

#include "TimeScale.h"
#include "TimelinePainter.h"
#include "model/PartialDate.h"
#include "query/EventFilter.h"
#include "query/TimelineLaneOrder.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <memory>
#include <optional>

namespace caseline {

class CaseDocument;
class TimelineIndex;

// The timeline: one lane per jurisdiction, stance bands behind, events as glyphs (clustered with
// their count where they crowd). Ctrl+wheel, +/- (with or without Ctrl) zoom; 0 fits everything;
// dragging and the scroll bars pan over the data; Left/Right move the selection to the previous or
// next event of the selected event's lane (a lane is one jurisdiction's story), Up/Down to the
// event nearest in time in the lane above or below, Home/End to the lane's first or last event;
// Enter activates, Escape clears, the Menu key opens the lane's context menu. A click on a cluster zooms
// into it, or lists its events when they share one day.
class TimelineView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setDocument(CaseDocument *document);  // nullptr: nothing open
    CaseDocument *document() const { return m_document; }
    TimelineIndex *index() const { return m_index.get(); }

    void setFilter(const EventFilter &filter);
    EventFilter filter() const { return m_filter; }

    void setLaneOrder(TimelineLaneOrder order);
    TimelineLaneOrder laneOrder() const { return m_order; }
    void setHiddenLanes(const QSet<qint64> &jurisdictionIds);
    QSet<qint64> hiddenLanes() const { return m_hidden; }
    QList<qint64> laneIds() const { return m_lanes; }  // shown, top to bottom
    qint64 laneAt(const QPoint &viewportPos);  // the jurisdiction under the point, or 0

    qint64 selectedEvent() const { return m_selected; }
    const TimeScale &scale() const { return m_scale; }
    qint32 firstVisibleDay() const { return m_scale.window().firstDay(); }
    qint32 lastVisibleDay() const { return m_scale.window().lastDay(); }
    void showDays(double firstDay, double endDay);  // fits [firstDay, endDay) to the width
    // The same (or fitAll() without a range) now, or once a large case's events are read.
    void showDaysWhenLoaded(std::optional<std::pair<double, double>> days);
    // Lanes and counts wait for the case's snapshot (CaseDocument::isWaitingForColumns).
    bool isWaitingForColumns() const;

    // Geometry in viewport coordinates, as last laid out.
    QRectF plotRect() const;
    std::optional<QRect> eventRect(qint64 eventId);  // the event's own glyph or bar, when not clustered
    std::optional<QRect> laneRect(qint64 jurisdictionId);
    const TimelinePainter *timelinePainter() const { return m_painter.get(); }

    // The current lanes and time span, re-laid out for an image of that size (legend included).
    QImage renderToImage(QSize size);

public slots:
    void fitAll();
    void zoomIn();
    void zoomOut();
    void goToDate(const PartialDate &date);
    void setSelectedEvent(qint64 eventId);  // scrolls it into view; does not emit eventSelected
    void selectNextEvent();
    void selectPreviousEvent();
    void selectInLaneBelow();
    void selectInLaneAbove();
    void selectLaneEnd(int direction);  // first (-1) or last (+1) event of the selected event's lane

signals:
    void eventSelected(qint64 eventId);   // by a click or a key; 0 when a click clears it
    void eventActivated(qint64 eventId);  // double-click or Enter on an event
    void visibleRangeChanged(qint32 firstDay, qint32 lastDay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    TimelinePainter::Frame frame() const;
    void reloadDocument();
    // What is not yet shown, each including the ones before it.
    enum class Stale { Nothing, Filter, Events, Lanes };
    void catchUp();  // builds the index, or re-counts as m_stale says
    void buildIndex();
    void rebuildLanes();
    std::pair<double, double> scrollExtent() const;  // [first, end) days the scroll bar spans
    void constrainScale();
    void syncScrollBars();
    void viewChanged();  // after any change of scale or lanes: clamp, scroll bars, repaint, signal
    void zoomAt(double plotX, double factor);
    void clickAt(QPointF pos);
    void openCluster(qint64 jurisdictionId, const TimelineMark &mark, QPoint globalPos);
    void select(qint64 eventId, bool emitSignal);
    void ensureSelectionVisible();
    void describeSelection();
    void stepInLane(int direction);
    void stepAcrossLanes(int direction);
    QString toolTipAt(QPointF pos, QRect *area);

    QPointer<CaseDocument> m_document;
    QString m_usage;  // the keys, for the accessible description
    std::unique_ptr<TimelineIndex> m_index;
    std::unique_ptr<TimelinePainter> m_painter;
    Stale m_stale = Stale::Nothing;
    bool m_hasRangeWhenLoaded = false;
    std::optional<std::pair<double, double>> m_rangeWhenLoaded;  // none: fit all
    EventFilter m_filter;
    TimelineLaneOrder m_order = TimelineLaneOrder::EventCount;
    QSet<qint64> m_hidden;
    QList<qint64> m_lanes;
    TimeScale m_scale;
    qint64 m_selected = 0;
    qint64 m_selectedLane = 0;
    qint32 m_selectedFirstDay = 0;
    qint32 m_selectedLastDay = 0;
    bool m_syncing = false;
    QPoint m_pressPos;
    double m_pressLeftDay = 0;
    int m_pressScroll = 0;
    bool m_pressed = false;
    bool m_dragging = false;
    std::pair<qint32, qint32> m_lastEmittedRange{0, 0};
};

}  // namespace caseline
