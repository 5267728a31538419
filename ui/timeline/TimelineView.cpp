#include "TimelineView.h"
#include "DisplayDate.h"

#include "CaseDocument.h"
#include "model/EventType.h"
#include "query/TimelineIndex.h"
#include "storage/CaseFile.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <cmath>
#include <utility>

namespace caseline {

namespace {
constexpr double kZoomStep = 1.5;         // one key press or one wheel notch (120 units) zooms 1.5x
constexpr double kMinimumSpanDays = 30;   // the widest zoom-out shows at least a month
constexpr double kFitMargin = 0.03;       // of the span, on each side, when fitting
}  // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Events by jurisdiction over time, with each jurisdiction's stance behind its lane. "
                                "Plus and minus zoom, arrow keys move between events, Home and End go to the first and last event of a lane, "
                                "Enter opens the selected event."));
    m_usage = accessibleDescription();
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setObjectName(QStringLiteral("timelineHorizontalScrollBar"));
    verticalScrollBar()->setObjectName(QStringLiteral("timelineVerticalScrollBar"));
    m_scale = TimeScale(0, 1, 100);
}

TimelineView::~TimelineView() = default;

// ---- document, filter, lanes ----

void TimelineView::setDocument(CaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_painter.reset();
    m_index.reset();
    m_document = document;
    m_selected = m_selectedLane = 0;
    m_lanes.clear();
    m_stale = Stale::Nothing;
    m_hasRangeWhenLoaded = false;
    if (document) {
        connect(document, &CaseDocument::changed, this, &TimelineView::reloadDocument);
        connect(document, &CaseDocument::columnsReady, this, [this] {
            if (!m_index || m_stale != Stale::Nothing)
                catchUp();  // what waited for the snapshot
            else  // used from the next filter change on; what is shown is the same either way
                m_index->setColumns(m_document->columns());
        });
        // The index reads the document's file: drop it with the document.
        connect(document, &QObject::destroyed, this, [this] {
            m_painter.reset();
            m_index.reset();
            m_lanes.clear();
            viewport()->update();
        });
        if (!isWaitingForColumns())
            buildIndex();
    }
    viewChanged();
}

bool TimelineView::isWaitingForColumns() const
{
    return m_document && m_document->isWaitingForColumns();
}

void TimelineView::buildIndex()
{
    m_stale = Stale::Nothing;
    m_index = std::make_unique<TimelineIndex>(m_document->file(), m_document->columns(), m_filter);
    m_painter = std::make_unique<TimelinePainter>(*m_index);
    m_painter->setFont(font());
    rebuildLanes();
    verticalScrollBar()->setValue(0);
    const bool restore = std::exchange(m_hasRangeWhenLoaded, false);
    if (restore && m_rangeWhenLoaded)
        showDays(m_rangeWhenLoaded->first, m_rangeWhenLoaded->second);
    else
        fitAll();
}

void TimelineView::showDaysWhenLoaded(std::optional<std::pair<double, double>> days)
{
    if (m_document && !m_index) {
        m_hasRangeWhenLoaded = true;
        m_rangeWhenLoaded = days;
        return;
    }
    if (days)
        showDays(days->first, days->second);
    else
        fitAll();
}

void TimelineView::reloadDocument()
{
    m_stale = std::max(m_stale, m_document->lanesMayHaveChanged() ? Stale::Lanes : Stale::Events);
    if (isWaitingForColumns())
        return;  // what is shown stays until the snapshot is read
    catchUp();
}

void TimelineView::catchUp()
{
    if (!m_document)
        return;
    if (!m_index) {
        buildIndex();
        return;
    }
    const Stale stale = std::exchange(m_stale, Stale::Nothing);
    m_index->setColumns(m_document->columns());
    switch (stale) {
    case Stale::Nothing: return;
    case Stale::Filter: m_index->setFilter(m_filter); break;
    case Stale::Events: m_index->reloadEvents(m_filter); break;
    case Stale::Lanes: m_index->reload(m_filter); break;
    }
    rebuildLanes();
    if (m_selected && stale != Stale::Filter) {
        const auto where = m_index->locate(m_selected);
        if (where) {
            m_selectedLane = where->jurisdictionId;
            m_selectedFirstDay = where->firstDay;
            m_selectedLastDay = where->lastDay;
        } else {
            m_selected = m_selectedLane = 0;  // deleted
        }
    }
    viewChanged();
}

void TimelineView::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    if (!m_document)
        return;
    m_stale = std::max(m_stale, Stale::Filter);
    if (isWaitingForColumns()) {
        viewport()->update();
        return;
    }
    catchUp();
}

void TimelineView::setLaneOrder(TimelineLaneOrder order)
{
    m_order = order;
    rebuildLanes();
    viewChanged();
}

void TimelineView::setHiddenLanes(const QSet<qint64> &jurisdictionIds)
{
    m_hidden = jurisdictionIds;
    rebuildLanes();
    viewChanged();
}

void TimelineView::rebuildLanes()
{
    m_lanes = m_index ? m_index->orderedLaneIds(m_order, m_hidden) : QList<qint64>();
}

// ---- scale and scroll bars ----

TimelinePainter::Frame TimelineView::frame() const
{
    TimelinePainter::Frame f;
    f.rect = viewport()->rect();
    f.scale = m_scale;
    f.lanes = m_lanes;
    f.laneScroll = verticalScrollBar()->value();
    f.selectedEventId = m_selected;
    f.selectedLaneId = m_selectedLane;
    f.selectedFirstDay = m_selectedFirstDay;
    f.cornerText = tr("%n lane(s)", nullptr, int(m_lanes.size()));
    return f;
}

QRectF TimelineView::plotRect() const { return m_painter ? m_painter->plotRect(frame()) : QRectF(viewport()->rect()); }

std::pair<double, double> TimelineView::scrollExtent() const
{
    const auto extent = m_index ? m_index->dayExtent() : std::nullopt;
    if (!extent) {
        const double today = double(PartialDate::year(2020).firstJulianDay());
        return {today, today + 366};
    }
    double first = extent->first, end = extent->second + 1.0;
    if (end - first < kMinimumSpanDays) {
        const double middle = (first + end) / 2;
        first = middle - kMinimumSpanDays / 2;
        end = middle + kMinimumSpanDays / 2;
    }
    const double margin = (end - first) * kFitMargin;
    return {first - margin, end + margin};
}

void TimelineView::constrainScale()
{
    if (m_painter)
        m_scale.setWidth(m_painter->plotWidth(viewport()->width()));
    const auto [first, end] = scrollExtent();
    // Zooming out stops at one and a half times the data, so it never shrinks to a dot.
    const double minPixelsPerDay = m_scale.width() / ((end - first) * 1.5);
    if (m_scale.pixelsPerDay() < minPixelsPerDay)
        m_scale.setPixelsPerDay(minPixelsPerDay);
    const double visible = m_scale.visibleDays();
    if (visible >= end - first)
        m_scale.setLeftDay((first + end) / 2 - visible / 2);
    else
        m_scale.setLeftDay(std::clamp(m_scale.leftDay(), first, end - visible));
}

void TimelineView::syncScrollBars()
{
    m_syncing = true;
    const auto [first, end] = scrollExtent();
    const double ppd = m_scale.pixelsPerDay();
    const double content = (end - first) * ppd;
    QScrollBar *h = horizontalScrollBar();
    const int hMax = int(std::max(0.0, std::round(content - m_scale.width())));
    h->setRange(0, hMax);
    h->setPageStep(int(m_scale.width()));
    h->setSingleStep(std::max(1, int(m_scale.width() / 20)));
    h->setValue(int(std::round((m_scale.leftDay() - first) * ppd)));
    QScrollBar *v = verticalScrollBar();
    const int lanesHeight = m_painter ? int(m_painter->lanesArea(frame()).height()) : viewport()->height();
    const int laneHeight = m_painter ? m_painter->laneHeight() : 24;
    v->setRange(0, std::max(0, int(m_lanes.size()) * laneHeight - lanesHeight));
    v->setPageStep(std::max(laneHeight, lanesHeight - laneHeight));
    v->setSingleStep(laneHeight);
    m_syncing = false;
}

void TimelineView::viewChanged()
{
    constrainScale();
    syncScrollBars();
    viewport()->update();
    const std::pair<qint32, qint32> range{firstVisibleDay(), lastVisibleDay()};
    if (range != m_lastEmittedRange) {
        m_lastEmittedRange = range;
        emit visibleRangeChanged(range.first, range.second);
    }
}

void TimelineView::scrollContentsBy(int, int)
{
    if (m_syncing)
        return;
    // The scroll bar moved: its value is the pixel offset from the start of the extent.
    const auto [first, end] = scrollExtent();
    if (horizontalScrollBar()->maximum() > 0)
        m_scale.setLeftDay(first + horizontalScrollBar()->value() / m_scale.pixelsPerDay());
    viewChanged();
}

void TimelineView::showDays(double firstDay, double endDay)
{
    constrainScale();  // sets the width
    m_scale.fit(firstDay, endDay);
    viewChanged();
}

void TimelineView::fitAll()
{
    const auto extent = m_index ? m_index->dayExtent() : std::nullopt;
    const auto [first, end] = scrollExtent();
    if (!extent) {
        showDays(first, end);
        return;
    }
    showDays(first, end);
}

void TimelineView::zoomAt(double plotX, double factor)
{
    constrainScale();
    m_scale.zoomAround(plotX, factor);
    viewChanged();
}

void TimelineView::zoomIn()
{
    // Around the selected event when it is on screen, else around the middle.
    double x = m_scale.width() / 2;
    if (m_selected) {
        const double sx = m_scale.x((m_selectedFirstDay + m_selectedLastDay + 1.0) / 2);
        if (sx >= 0 && sx <= m_scale.width())
            x = sx;
    }
    zoomAt(x, kZoomStep);
}

void TimelineView::zoomOut() { zoomAt(m_scale.width() / 2, 1 / kZoomStep); }

void TimelineView::goToDate(const PartialDate &date)
{
    if (!date.isValid())
        return;
    constrainScale();
    const double first = double(date.firstJulianDay()), end = double(date.lastJulianDay()) + 1;
    if (end - first > m_scale.visibleDays() * 0.9)
        m_scale.fit(first - (end - first) * 0.05, end + (end - first) * 0.05);
    else
        m_scale.centreOn((first + end) / 2);
    viewChanged();
}

// ---- selection ----

void TimelineView::select(qint64 eventId, bool emitSignal)
{
    const qint64 before = m_selected;
    m_selected = 0;
    m_selectedLane = 0;
    if (eventId && m_index) {
        if (const auto where = m_index->locate(eventId)) {
            m_selected = eventId;
            m_selectedLane = where->jurisdictionId;
            m_selectedFirstDay = where->firstDay;
            m_selectedLastDay = where->lastDay;
        }
    }
    viewport()->update();
    if (m_selected != before)
        describeSelection();
    if (emitSignal && m_selected != before)
        emit eventSelected(m_selected);
}

void TimelineView::describeSelection()
{
    // Screen readers read the description: it names the selected event, then how to move.
    QString text = m_usage;
    if (m_selected && m_index) {
        if (const auto event = m_index->file().event(m_selected)) {
            const TimelineLane *lane = m_index->lane(m_selectedLane);
            text = tr("Selected: %1, %2, %3, %4.").arg(event->title, DisplayDate::range(event->start, event->end),
                                                     eventTypeLabel(event->type), lane ? lane->label : QString())
                + QLatin1Char(' ') + m_usage;
        }
    }
    setAccessibleDescription(text);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

void TimelineView::setSelectedEvent(qint64 eventId)
{
    select(eventId, false);
    ensureSelectionVisible();
}

void TimelineView::ensureSelectionVisible()
{
    if (!m_selected || !m_painter)
        return;
    const int row = int(m_lanes.indexOf(m_selectedLane));
    if (row >= 0) {
        const int laneHeight = m_painter->laneHeight();
        const int height = int(m_painter->lanesArea(frame()).height());
        QScrollBar *v = verticalScrollBar();
        if (row * laneHeight < v->value())
            v->setValue(row * laneHeight);
        else if ((row + 1) * laneHeight > v->value() + height)
            v->setValue((row + 1) * laneHeight - height);
    }
    constrainScale();
    const double first = m_selectedFirstDay, end = m_selectedLastDay + 1.0;
    const double margin = m_painter->minimumMarkSpacing() / m_scale.pixelsPerDay();
    if (first < m_scale.leftDay() + margin || end > m_scale.rightDay() - margin) {
        if (end - first > m_scale.visibleDays() * 0.8)
            m_scale.fit(first - (end - first) * 0.1, end + (end - first) * 0.1);
        else
            m_scale.centreOn((first + end) / 2);
    }
    viewChanged();
}

void TimelineView::selectNextEvent() { stepInLane(+1); }
void TimelineView::selectPreviousEvent() { stepInLane(-1); }
void TimelineView::selectInLaneBelow() { stepAcrossLanes(+1); }

void TimelineView::selectLaneEnd(int direction)
{
    if (!m_index || m_lanes.isEmpty())
        return;
    // The selected event's lane, else the top lane that has events.
    qint64 laneId = m_selected && m_lanes.contains(m_selectedLane) ? m_selectedLane : 0;
    for (int r = 0; !laneId && r < m_lanes.size(); ++r)
        if (const TimelineLane *lane = m_index->lane(m_lanes[r]); lane && lane->eventCount > 0)
            laneId = m_lanes[r];
    if (!laneId)
        return;
    const TimelineLaneEvents &events = m_index->events(laneId);
    if (events.size() == 0)
        return;
    select(events.id(direction < 0 ? 0 : events.size() - 1), true);
    ensureSelectionVisible();
}
void TimelineView::selectInLaneAbove() { stepAcrossLanes(-1); }

void TimelineView::stepInLane(int direction)
{
    if (!m_index || m_lanes.isEmpty())
        return;
    if (!m_selected || !m_lanes.contains(m_selectedLane)) {
        // Nothing selected yet: start from the first event in view, in the topmost lane showing one.
        m_painter->layout(frame());
        for (const TimelinePainter::PaintedLane &lane : m_painter->paintedLanes()) {
            for (const TimelineMark &mark : lane.marks) {
                if (mark.x >= 0) {
                    const TimelineLaneEvents &events = m_index->events(lane.jurisdictionId);
                    select(events.id(direction > 0 ? mark.firstIndex : mark.firstIndex + mark.count - 1), true);
                    ensureSelectionVisible();
                    return;
                }
            }
        }
        return;
    }
    const TimelineLaneEvents &events = m_index->events(m_selectedLane);
    const int i = events.indexOf(m_selected, m_selectedFirstDay);
    const int j = i + direction;
    if (i < 0 || j < 0 || j >= events.size())
        return;  // the lane's first or last event: stay
    select(events.id(j), true);
    ensureSelectionVisible();
}

void TimelineView::stepAcrossLanes(int direction)
{
    if (!m_index || !m_selected)
        return;
    const int row = int(m_lanes.indexOf(m_selectedLane));
    if (row < 0)
        return;
    const qint32 day = m_selectedFirstDay;
    for (int r = row + direction; r >= 0 && r < m_lanes.size(); r += direction) {
        const TimelineLane *lane = m_index->lane(m_lanes[r]);
        if (!lane || lane->eventCount == 0)
            continue;
        const TimelineLaneEvents &events = m_index->events(m_lanes[r]);
        // The event nearest in time to the current one.
        int k = events.lowerBound(day);
        if (k >= events.size() || (k > 0 && day - events.firstDay(k - 1) <= events.firstDay(k) - day))
            k = k > 0 ? k - 1 : k;
        select(events.id(k), true);
        ensureSelectionVisible();
        return;
    }
}

// ---- geometry for callers ----

std::optional<QRect> TimelineView::eventRect(qint64 eventId)
{
    if (!m_painter)
        return std::nullopt;
    m_painter->layout(frame());
    const auto r = m_painter->eventRect(eventId);
    if (!r || !plotRect().intersects(*r))
        return std::nullopt;
    return r->intersected(plotRect()).toAlignedRect();
}

qint64 TimelineView::laneAt(const QPoint &viewportPos)
{
    for (qint64 id : laneIds()) {
        const auto rect = laneRect(id);
        if (rect && rect->top() <= viewportPos.y() && viewportPos.y() <= rect->bottom())
            return id;
    }
    return 0;
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    // From the keyboard (Menu key, Shift+F10) the menu is about the selected event's lane.
    const bool fromKeyboard = event->reason() == QContextMenuEvent::Keyboard;
    const qint64 lane = fromKeyboard ? m_selectedLane : laneAt(event->pos());
    if (lane && m_index) {
        const TimelineLane *info = m_index->lane(lane);
        menu.addAction(tr("Hide Lane “%1”").arg(info ? info->label : QString()), this, [this, lane] {
            QSet<qint64> hidden = m_hidden;
            hidden.insert(lane);
            setHiddenLanes(hidden);
        });
    }
    QAction *showAll = menu.addAction(tr("Show All Lanes"), this, [this] { setHiddenLanes({}); });
    showAll->setEnabled(!m_hidden.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Fit All"), this, &TimelineView::fitAll);
    menu.addAction(tr("Zoom In"), this, &TimelineView::zoomIn);
    menu.addAction(tr("Zoom Out"), this, &TimelineView::zoomOut);
    menu.exec(event->globalPos());
}

std::optional<QRect> TimelineView::laneRect(qint64 jurisdictionId)
{
    if (!m_painter)
        return std::nullopt;
    m_painter->layout(frame());
    for (const auto &lane : m_painter->paintedLanes())
        if (lane.jurisdictionId == jurisdictionId)
            return lane.row.toAlignedRect();
    return std::nullopt;
}

QImage TimelineView::renderToImage(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (!m_index)
        return image;
    TimelinePainter painter(*m_index);
    painter.setFont(font());
    TimelinePainter::Frame f = frame();
    f.rect = image.rect();
    f.scale.setWidth(painter.plotWidth(size.width()));
    f.scale.fit(m_scale.leftDay(), m_scale.rightDay());
    QPainter p(&image);
    painter.paint(p, f);
    return image;
}

// ---- events ----

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    if (!m_painter) {
        p.fillRect(viewport()->rect(), palette().base());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, m_document ? tr("Reading the case’s events…") : tr("No case file is open."));
        return;
    }
    m_painter->paint(p, frame());
    if (hasFocus()) {
        // Keyboard focus must be visible: a frame in the highlight colour around the view.
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    }
    if (m_lanes.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(m_painter->lanesArea(frame()), Qt::AlignCenter,
                   m_filter.isEmpty() ? tr("This case has no jurisdictions yet.") : tr("No events match the filter."));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // Keep the same days in view when the width changes.
    if (m_painter) {
        const double first = m_scale.leftDay(), end = m_scale.rightDay();
        m_scale.setWidth(m_painter->plotWidth(viewport()->width()));
        m_scale.fit(first, end);
    }
    viewChanged();
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange && m_painter) {
        m_painter->setFont(font());
        viewChanged();
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double notches = event->angleDelta().y() / 120.0;
        if (notches != 0)
            zoomAt(event->position().x() - plotRect().left(), std::pow(kZoomStep, notches));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressLeftDay = m_scale.leftDay();
    m_pressScroll = verticalScrollBar()->value();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton)) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->position().toPoint() - m_pressPos;
    if (!m_dragging && delta.manhattanLength() < QApplication::startDragDistance())
        return;
    if (!m_dragging) {
        m_dragging = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    m_scale.setLeftDay(m_pressLeftDay - delta.x() / m_scale.pixelsPerDay());
    verticalScrollBar()->setValue(m_pressScroll - delta.y());
    viewChanged();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        viewport()->unsetCursor();
    } else {
        clickAt(event->position());
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_painter || event->button() != Qt::LeftButton)
        return;
    m_painter->layout(frame());
    const TimelinePainter::Hit hit = m_painter->hitTest(event->position());
    if (hit.lane && hit.mark >= 0 && hit.lane->marks[size_t(hit.mark)].count == 1)
        emit eventActivated(hit.lane->marks[size_t(hit.mark)].eventId);
}

void TimelineView::clickAt(QPointF pos)
{
    if (!m_painter)
        return;
    m_painter->layout(frame());
    const TimelinePainter::Hit hit = m_painter->hitTest(pos);
    if (!hit.lane || hit.mark < 0) {
        if (plotRect().contains(pos))
            select(0, true);  // a click on empty time clears the selection
        return;
    }
    const TimelineMark mark = hit.lane->marks[size_t(hit.mark)];
    if (mark.count == 1) {
        select(mark.eventId, true);
        return;
    }
    openCluster(hit.lane->jurisdictionId, mark, viewport()->mapToGlobal(pos.toPoint()));
}

void TimelineView::openCluster(qint64 jurisdictionId, const TimelineMark &mark, QPoint globalPos)
{
    const double span = mark.lastDay + 1.0 - mark.firstDay;
    const bool separable = mark.lastDay > mark.firstDay && m_scale.pixelsPerDay() < TimeScale::kMaxPixelsPerDay;
    if (separable) {
        // Zoom so the cluster's days fill most of the width; its events then come apart.
        showDays(mark.firstDay - span * 0.15, mark.lastDay + 1.0 + span * 0.15);
        return;
    }
    // Events of one day never come apart by zooming: list them.
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("timelineClusterMenu"));
    const TimelineLaneEvents &events = m_index->events(jurisdictionId);
    constexpr int kMaxItems = 30;
    QList<qint64> ids;
    for (int i = mark.firstIndex; i < mark.firstIndex + mark.count && ids.size() < kMaxItems; ++i)
        ids.append(events.id(i));
    for (qint64 id : ids) {
        const auto event = m_index->file().event(id);
        if (!event)
            continue;
        QAction *action = menu.addAction(QStringLiteral("%1 — %2").arg(DisplayDate::text(event->start), event->title));
        connect(action, &QAction::triggered, this, [this, id] { select(id, true); });
    }
    if (mark.count > kMaxItems)
        menu.addAction(tr("… and %n more", nullptr, mark.count - kMaxItems))->setEnabled(false);
    menu.exec(globalPos);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Right:
        selectNextEvent();
        return;
    case Qt::Key_Left:
        selectPreviousEvent();
        return;
    case Qt::Key_Down:
        if (m_selected) {
            selectInLaneBelow();
            return;
        }
        break;
    case Qt::Key_Up:
        if (m_selected) {
            selectInLaneAbove();
            return;
        }
        break;
    case Qt::Key_Home:
        selectLaneEnd(-1);
        return;
    case Qt::Key_End:
        selectLaneEnd(+1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected) {
            emit eventActivated(m_selected);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_selected) {
            select(0, true);
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QRect area;
        const QString text = toolTipAt(help->pos(), &area);
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport(), area);
        }
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(gesture->position().x() - plotRect().left(), 1 + gesture->value());
            return true;
        }
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::toolTipAt(QPointF pos, QRect *area)
{
    if (!m_painter)
        return {};
    m_painter->layout(frame());
    const TimelinePainter::Hit hit = m_painter->hitTest(pos);
    if (!hit.lane)
        return {};
    const TimelineLane *lane = m_index->lane(hit.lane->jurisdictionId);
    if (!lane)
        return {};
    const QRectF plot = plotRect();
    if (hit.mark >= 0) {
        const TimelineMark &mark = hit.lane->marks[size_t(hit.mark)];
        *area = hit.lane->markRects[size_t(hit.mark)].toAlignedRect();
        if (mark.count > 1) {
            const QString from = DisplayDate::text(PartialDate::fromJulianDay(mark.firstDay, PartialDate::Precision::Day));
            const QString to = DisplayDate::text(PartialDate::fromJulianDay(mark.lastDay, PartialDate::Precision::Day));
            const QString kind = mark.type >= 0 ? eventTypeLabel(EventType(mark.type)) : tr("mixed types");
            return tr("<b>%1 events</b> (%2) in %3<br>%4 – %5<br><i>%6</i>")
                .arg(QLocale().toString(mark.count), kind.toHtmlEscaped(), lane->label.toHtmlEscaped(), from, to,
                     mark.lastDay > mark.firstDay ? tr("Click to zoom in") : tr("Click to list them"));
        }
        // The full event is read only now, for the one under the pointer.
        const auto event = m_index->file().event(mark.eventId);
        if (!event)
            return {};
        QString date = DisplayDate::text(event->start);
        if (event->end.isValid())
            date += QStringLiteral(" – ") + DisplayDate::text(event->end);
        QString text = QStringLiteral("<b>%1</b><br>%2 · %3<br>%4")
                           .arg(event->title.toHtmlEscaped(), date, eventTypeLabel(event->type).toHtmlEscaped(),
                                lane->label.toHtmlEscaped());
        if (!event->citations.isEmpty()) {
            if (const auto source = m_index->file().source(event->citations.first().sourceId))
                text += QStringLiteral("<br>") + tr("Source: %1").arg(source->title.toHtmlEscaped());
        }
        return text;
    }
    if (pos.x() < plot.left()) {
        *area = QRectF(hit.lane->row.left(), hit.lane->row.top(), plot.left() - hit.lane->row.left(), hit.lane->row.height()).toAlignedRect();
        return tr("<b>%1</b><br>%n matching event(s)", nullptr, int(lane->eventCount)).arg(lane->label.toHtmlEscaped());
    }
    // Over a stance band.
    const double day = m_scale.dayAt(pos.x() - plot.left());
    QStringList stances;
    for (const TimelineBand &band : lane->bands) {
        if (day >= band.firstDay && (!band.lastDay || day < *band.lastDay + 1.0)) {
            // Dates in the window's locale, read for the one band under the pointer.
            const auto period = m_index->file().policyPeriod(band.periodId);
            const QString from = period ? DisplayDate::text(period->start) : band.startText;
            const QString until = !band.lastDay ? tr("in force") : period ? DisplayDate::text(period->end) : band.endText;
            stances << tr("%1 (%2), %3 – %4").arg(stanceLabel(band.stance).toHtmlEscaped(),
                                                  stanceFamilyLabel(band.family).toHtmlEscaped(), from, until);
        }
    }
    if (stances.isEmpty())
        return {};
    *area = hit.lane->row.toAlignedRect();
    return QStringLiteral("<b>%1</b><br>%2").arg(lane->label.toHtmlEscaped(), stances.join(QStringLiteral("<br>")));
}

}  // namespace caseline
