#include "TimelinePainter.h"

#include "TimeAxisTicks.h"
#include "TimelinePalette.h"
#include "query/TimelineIndex.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace caseline {

namespace {
const QColor kGrid = TimelinePalette::grid();
const QColor kSeparator = TimelinePalette::separator();
const QColor kStripe = TimelinePalette::stripe();
const QColor kLabelBackground = TimelinePalette::labelBackground();
const QColor kMutedText = TimelinePalette::mutedText();
const QColor kAxisText = TimelinePalette::text();

// A band's hatching where its family has one (see TimelinePalette::bandPattern).
void fillBandPattern(QPainter &p, const QRectF &rect, StanceFamily family)
{
    const Qt::BrushStyle pattern = TimelinePalette::bandPattern(family);
    if (pattern == Qt::NoBrush)
        return;
    p.save();
    p.setBrushOrigin(0, 0);  // hatching lines up across lanes and frames
    p.fillRect(rect, QBrush(TimelinePalette::bandPatternColour(family), pattern));
    p.restore();
}
}  // namespace

TimelinePainter::TimelinePainter(TimelineIndex &index) : m_index(index)
{
    setFont(QFont());
}

void TimelinePainter::setFont(const QFont &font)
{
    m_font = font;
    m_smallFont = font;
    m_smallFont.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    const QFontMetricsF fm(m_font);
    // Sizes follow the font, so a PDF page and a high-DPI screen keep the proportions.
    m_laneHeight = int(std::ceil(std::max(22.0, fm.height() * 1.75)));
    m_axisHeight = int(std::ceil(fm.height() + 16));
    m_labelWidth = int(std::ceil(fm.averageCharWidth() * 30 + 16));  // "San Bernardino County, CA" and a count
    const double glyph = std::round(std::max(9.0, fm.height() * 0.7));
    m_glyphs.setSize(glyph);
    m_glyphs.setFont(m_smallFont);
    m_markSpacing = glyph + 5;
}

QString TimelinePainter::compactCount(qint64 count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QStringLiteral("%1k").arg(QString::number(count / 1000.0, 'f', 1));
    if (count < 1000000)
        return QStringLiteral("%1k").arg(count / 1000);
    return QStringLiteral("%1M").arg(QString::number(count / 1000000.0, 'f', 1));
}

// ---- geometry ----

QRectF TimelinePainter::lanesArea(const Frame &frame) const
{
    const QRectF r = frame.rect;
    const double legend = frame.showLegend ? legendHeight(frame.rect.width()) : 0;
    return QRectF(r.left(), r.top() + m_axisHeight, r.width(), std::max(0.0, r.height() - m_axisHeight - legend));
}

QRectF TimelinePainter::plotRect(const Frame &frame) const
{
    const QRectF lanes = lanesArea(frame);
    return QRectF(lanes.left() + m_labelWidth, lanes.top(), plotWidth(frame.rect.width()), lanes.height());
}

void TimelinePainter::layout(const Frame &frame)
{
    m_painted.clear();
    const QRectF area = lanesArea(frame);
    const QRectF plot = plotRect(frame);
    m_scale = frame.scale;
    m_scale.setWidth(plot.width());
    if (frame.lanes.isEmpty() || area.height() <= 0)
        return;
    const int first = std::max(0, int(std::floor(frame.laneScroll / m_laneHeight)));
    const int last = std::min(int(frame.lanes.size()) - 1, int(std::floor((frame.laneScroll + area.height()) / m_laneHeight)));
    for (int row = first; row <= last; ++row) {
        PaintedLane lane;
        lane.jurisdictionId = frame.lanes[row];
        lane.row = QRectF(area.left(), area.top() + row * m_laneHeight - frame.laneScroll, area.width(), m_laneHeight);
        lane.marks = m_index.events(lane.jurisdictionId).marks(m_scale.window(), m_markSpacing);
        placeMarks(lane, plot.left(), plot.right());
        m_painted.push_back(std::move(lane));
    }
}

void TimelinePainter::placeMarks(PaintedLane &lane, double plotLeft, double plotRight) const
{
    const double g = m_glyphs.size();
    const double cy = lane.row.center().y();
    const double dayPx = m_scale.pixelsPerDay();
    lane.markRects.resize(lane.marks.size());
    lane.labelled.assign(lane.marks.size(), false);
    int maxCount = 2;
    for (const TimelineMark &m : lane.marks)
        maxCount = std::max(maxCount, m.count);
    // One way of drawing clusters per lane: badges when every count fits, else density bars.
    bool badges = true;
    for (size_t i = 0; i < lane.marks.size() && badges; ++i) {
        const TimelineMark &m = lane.marks[i];
        if (m.count == 1)
            continue;
        const double start = plotLeft + m.x + std::min(dayPx, g) / 2 - g / 2;
        const double next = i + 1 < lane.marks.size() ? plotLeft + lane.marks[i + 1].x : plotRight;
        badges = m_glyphs.badgeWidth(compactCount(m.count)) <= next - start - 2;
    }
    for (size_t i = 0; i < lane.marks.size(); ++i) {
        const TimelineMark &m = lane.marks[i];
        const double left = plotLeft + m.x, right = plotLeft + m.xEnd;
        if (m.count == 1) {
            if (m.lastDay > m.firstDay && right - left > g) {
                // A span (a range, or a date known only to the month or year): the bar is the mark.
                lane.markRects[i] = QRectF(left, cy - g / 2, right - left, g);
            } else {
                const double cx = (left + right) / 2;
                lane.markRects[i] = QRectF(cx - g / 2 - 1, cy - g / 2 - 1, g + 2, g + 2);
            }
            continue;
        }
        // A cluster: a badge with its count, starting at the middle of its first day, when the
        // count fits before the next mark. Where it does not (a crowded lane at coarse zoom) the
        // cluster becomes a density bar filling its slot, taller and darker the more events it
        // holds: the lane reads as a histogram instead of a row of identical dots.
        const double start = left + std::min(dayPx, g) / 2 - g / 2;
        const double next = i + 1 < lane.marks.size() ? plotLeft + lane.marks[i + 1].x : plotRight;
        const double room = next - start - 2;
        const double wide = m_glyphs.badgeWidth(compactCount(m.count));
        lane.labelled[i] = badges;
        if (badges) {
            lane.markRects[i] = QRectF(start, cy - g / 2 - 1, wide, g + 2);
        } else {
            const double level = std::min(1.0, std::log2(double(m.count)) / std::log2(double(maxCount)));
            // At most half the row: the stance band stays visible above and below.
            const double h = std::round(lane.row.height() * (0.2 + 0.3 * level));
            const double w = std::max(2.0, std::min(room + 1, m_markSpacing - 1));
            lane.markRects[i] = QRectF(start, cy - h / 2, w, h);
        }
    }
}

TimelinePainter::Hit TimelinePainter::hitTest(QPointF point) const
{
    Hit hit;
    for (const PaintedLane &lane : m_painted) {
        if (!lane.row.contains(point))
            continue;
        hit.lane = &lane;
        // Last drawn is on top; allow a little slack around small glyphs.
        double best = 1e9;
        for (int i = int(lane.marks.size()) - 1; i >= 0; --i) {
            const QRectF r = lane.markRects[size_t(i)].adjusted(-2, -3, 2, 3);
            if (!r.contains(point))
                continue;
            const double distance = std::abs(r.center().x() - point.x());
            if (r.width() < 4 * m_glyphs.size() ? distance < best : best > 1e8) {
                best = distance;
                hit.mark = i;
            }
        }
        break;
    }
    return hit;
}

std::optional<QRectF> TimelinePainter::eventRect(qint64 eventId) const
{
    for (const PaintedLane &lane : m_painted)
        for (size_t i = 0; i < lane.marks.size(); ++i)
            if (lane.marks[i].eventId == eventId && lane.marks[i].count == 1)
                return lane.markRects[i];
    return std::nullopt;
}

// ---- drawing ----

void TimelinePainter::paint(QPainter &p, const Frame &frame)
{
    layout(frame);
    const QRectF plot = plotRect(frame);
    p.save();
    p.setFont(m_font);
    p.fillRect(frame.rect, TimelinePalette::background());
    drawLanes(p, frame, plot);
    drawMarks(p, frame, plot);
    drawAxis(p, frame, plot);
    if (frame.showLegend) {
        const double h = legendHeight(frame.rect.width());
        drawLegend(p, QRectF(frame.rect.left(), frame.rect.bottom() + 1 - h, frame.rect.width(), h));
    }
    p.restore();
}

void TimelinePainter::drawLanes(QPainter &p, const Frame &frame, const QRectF &plot)
{
    const QRectF area = lanesArea(frame);
    p.save();
    p.setClipRect(area);
    const QFontMetricsF fm(m_font);
    const QFontMetricsF small(m_smallFont);
    // Light vertical grid at the axis' major ticks, behind everything else.
    const TimeAxisTicks::Result ticks = TimeAxisTicks::compute(m_scale, fm);
    for (const PaintedLane &lane : m_painted) {
        const TimelineLane *info = m_index.lane(lane.jurisdictionId);
        const int index = int(std::lround((lane.row.top() - area.top() + frame.laneScroll) / m_laneHeight));
        if (index % 2)
            p.fillRect(QRectF(plot.left(), lane.row.top(), plot.width() + kRightMargin, lane.row.height()), kStripe);
        if (!info)
            continue;
        // Stance bands: open-ended periods run to the right edge.
        for (const TimelineBand &band : info->bands) {
            const QColor colour = TimelinePalette::bandColour(band.family);
            if (!colour.isValid())
                continue;
            const double x0 = std::max(plot.left(), plot.left() + m_scale.x(band.firstDay));
            const double x1 = band.lastDay ? std::min(plot.right() + kRightMargin, plot.left() + m_scale.x(*band.lastDay + 1.0))
                                           : plot.right() + kRightMargin;
            if (x1 <= x0)
                continue;
            p.fillRect(QRectF(x0, lane.row.top() + 1, x1 - x0, lane.row.height() - 2), colour);
            fillBandPattern(p, QRectF(x0, lane.row.top() + 1, x1 - x0, lane.row.height() - 2), band.family);
            const double start = plot.left() + m_scale.x(band.firstDay);
            if (start >= plot.left()) {  // where the stance begins
                QColor edge = TimelinePalette::swatchColour(band.family);
                edge.setAlpha(170);
                p.fillRect(QRectF(start, lane.row.top() + 1, 2, lane.row.height() - 2), edge);
            }
        }
    }
    p.setPen(QPen(kGrid, 1));
    const double lanesBottom = std::min(area.bottom(), area.top() + frame.lanes.size() * m_laneHeight - frame.laneScroll);
    for (const TimeTick &tick : ticks.major) {
        const double x = std::round(plot.left() + tick.x) + 0.5;
        if (x >= plot.left() && x <= plot.right())
            p.drawLine(QPointF(x, area.top()), QPointF(x, lanesBottom));
    }
    // Labels column and separators.
    p.fillRect(QRectF(area.left(), area.top(), m_labelWidth, area.height()), kLabelBackground);
    for (const PaintedLane &lane : m_painted) {
        const TimelineLane *info = m_index.lane(lane.jurisdictionId);
        p.setPen(QPen(kSeparator, 1));
        const double y = std::round(lane.row.bottom()) - 0.5;
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        if (!info)
            continue;
        const QRectF labelRect(area.left() + 8, lane.row.top(), m_labelWidth - 16, lane.row.height());
        QString count;
        double countWidth = 0;
        if (info->eventCount > 0) {
            count = compactCount(info->eventCount);
            countWidth = small.horizontalAdvance(count) + 6;
            p.setFont(m_smallFont);
            p.setPen(kMutedText);
            p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, count);
        }
        QFont nameFont = m_font;
        nameFont.setBold(frame.selectedEventId && lane.jurisdictionId == frame.selectedLaneId);
        p.setFont(nameFont);
        p.setPen(kAxisText);
        const QString name = QFontMetricsF(nameFont).elidedText(info->label, Qt::ElideRight, labelRect.width() - countWidth);
        p.drawText(labelRect.adjusted(0, 0, -countWidth, 0), Qt::AlignLeft | Qt::AlignVCenter, name);
    }
    p.setPen(QPen(kSeparator, 1));
    p.drawLine(QPointF(area.left() + m_labelWidth - 0.5, area.top()), QPointF(area.left() + m_labelWidth - 0.5, area.bottom()));
    p.restore();
}

void TimelinePainter::drawMarks(QPainter &p, const Frame &frame, const QRectF &plot)
{
    p.save();
    p.setClipRect(plot.intersected(lanesArea(frame)).adjusted(0, 0, kRightMargin, 0));
    const double g = m_glyphs.size();
    for (const PaintedLane &lane : m_painted) {
        const double cy = lane.row.center().y();
        int selectedIndex = -1;  // where the selected event sits in this lane, if it does
        if (frame.selectedEventId && lane.jurisdictionId == frame.selectedLaneId)
            selectedIndex = m_index.events(lane.jurisdictionId).indexOf(frame.selectedEventId, frame.selectedFirstDay);
        for (size_t i = 0; i < lane.marks.size(); ++i) {
            const TimelineMark &m = lane.marks[i];
            const QRectF &r = lane.markRects[i];
            const QColor colour = TimelinePalette::clusterColour(m.type);
            if (m.count == 1) {
                if (r.width() > g + 2) {
                    // Span bar, with the glyph in the middle of its visible part.
                    QColor fill = colour;
                    fill.setAlpha(110);
                    const QRectF bar(r.left(), cy - 3, r.width(), 6);
                    p.fillRect(bar, fill);
                    p.fillRect(QRectF(bar.left(), bar.top(), bar.width(), 1), colour);
                    p.fillRect(QRectF(bar.left(), bar.bottom() - 1, bar.width(), 1), colour);
                    const double visibleLeft = std::max(r.left(), plot.left()), visibleRight = std::min(r.right(), plot.right());
                    m_glyphs.drawGlyph(p, QPointF((visibleLeft + visibleRight) / 2, cy), EventType(std::max(0, m.type)));
                } else {
                    m_glyphs.drawGlyph(p, r.center(), EventType(std::max(0, m.type)));
                }
            } else {
                if (!lane.labelled[i]) {
                    // Density bar: opacity grows with the bar's height (that is, the count).
                    QColor fill = m.type >= 0 ? colour : QColor(0x3A, 0x3A, 0x3A);
                    fill.setAlpha(std::clamp(int(70 + 130 * (r.height() / lane.row.height() - 0.2) / 0.3), 50, 200));
                    p.fillRect(r, fill);
                } else {
                    // A cluster whose events spread beyond its badge: a thin line shows how far.
                    const double end = plot.left() + m.xEnd;
                    if (end > r.right() + 1) {
                        QColor line = colour;
                        line.setAlpha(140);
                        p.fillRect(QRectF(r.right(), cy - 1, end - r.right(), 2), line);
                    }
                    m_glyphs.drawBadge(p, r, m.type, compactCount(m.count));
                }
            }
            const bool selected = frame.selectedEventId
                && ((m.count == 1 && m.eventId == frame.selectedEventId)
                    || (selectedIndex >= m.firstIndex && selectedIndex < m.firstIndex + m.count));
            if (selected) {
                p.save();
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(QPen(TimelinePalette::selection(), 2));
                p.setBrush(Qt::NoBrush);
                const QRectF ring = r.width() > g + 2 || m.count > 1 ? r.adjusted(-3, -3, 3, 3)
                                                      : QRectF(r.center().x() - g / 2 - 4, cy - g / 2 - 4, g + 8, g + 8);
                p.drawRoundedRect(ring, 3, 3);
                p.restore();
            }
        }
    }
    p.restore();
}

void TimelinePainter::drawAxis(QPainter &p, const Frame &frame, const QRectF &plot)
{
    const QRectF axis(frame.rect.left(), frame.rect.top(), frame.rect.width(), m_axisHeight);
    p.save();
    p.fillRect(axis, Qt::white);
    p.setPen(QPen(kSeparator, 1));
    p.drawLine(QPointF(axis.left(), axis.bottom() - 0.5), QPointF(axis.right(), axis.bottom() - 0.5));
    if (!frame.cornerText.isEmpty()) {
        p.setFont(m_smallFont);
        p.setPen(kMutedText);
        p.drawText(QRectF(axis.left() + 8, axis.top(), m_labelWidth - 16, axis.height() - 4),
                   Qt::AlignLeft | Qt::AlignBottom, frame.cornerText);
    }
    p.setClipRect(QRectF(plot.left(), axis.top(), plot.width() + kRightMargin, axis.height()));
    const QFontMetricsF fm(m_font);
    const TimeAxisTicks::Result ticks = TimeAxisTicks::compute(m_scale, fm);
    const double bottom = axis.bottom() - 0.5;
    p.setPen(QPen(kMutedText, 1));
    for (const TimeTick &tick : ticks.minor) {
        const double x = std::round(plot.left() + tick.x) + 0.5;
        p.drawLine(QPointF(x, bottom - 4), QPointF(x, bottom));
    }
    p.setFont(m_font);
    const double baseline = bottom - 9 - fm.descent() - 1;
    // The month and year at the left edge, for day labels; tick labels keep clear of it.
    QFont contextFont = m_font;
    contextFont.setBold(true);
    const QFontMetricsF contextMetrics(contextFont);
    const double labelsFrom = plot.left() + (ticks.context.isEmpty() ? 0 : 3 + contextMetrics.horizontalAdvance(ticks.context) + 10);
    for (const TimeTick &tick : ticks.major) {
        const double x = std::round(plot.left() + tick.x) + 0.5;
        p.setPen(QPen(kMutedText, 1));
        p.drawLine(QPointF(x, bottom - 9), QPointF(x, bottom));
        p.setPen(kAxisText);
        const double labelX = x + 3;
        // A label that would be cut at either edge is left out: its neighbours name the time.
        if (labelX < labelsFrom || labelX + fm.horizontalAdvance(tick.label) > plot.right() + kRightMargin)
            continue;
        p.drawText(QPointF(labelX, baseline), tick.label);
    }
    if (!ticks.context.isEmpty()) {
        p.setFont(contextFont);
        p.setPen(kAxisText);
        p.drawText(QPointF(plot.left() + 3, baseline), ticks.context);
        p.setFont(m_font);
    }
    p.restore();
}

QList<TimelinePainter::LegendItem> TimelinePainter::legendItems(double width) const
{
    QList<LegendItem> items;
    const QFontMetricsF fm(m_smallFont);
    const double swatch = m_glyphs.size() + 6;
    const double rowHeight = std::max(fm.height(), swatch) + 6;
    double x = 8, y = 6;
    const auto add = [&](int kind, int value, const QString &text) {
        const double w = legendLead(kind) + 5 + fm.horizontalAdvance(text) + 14;
        if (x + w > width - 8 && x > 8) {
            x = 8;
            y += rowHeight;
        }
        items.append({QRectF(x, y, w - 14, rowHeight - 6), kind, value, text});
        x += w;
    };
    add(0, int(StanceFamily::LimitsCooperation), tr("Limits cooperation (sanctuary, welcoming city, detainer limits)"));
    add(0, int(StanceFamily::Agreement287g), tr("287(g) agreement"));
    add(2, -1, m_printed ? tr("Several events (a bar where crowded, taller for more)")
                         : tr("Several events (a bar where crowded, taller for more; click to zoom in)"));
    for (EventType type : TimelinePalette::legendOrder())
        add(1, int(type), eventTypeLabel(type));
    return items;
}

double TimelinePainter::legendLead(int kind) const
{
    return kind == 2 ? m_glyphs.badgeWidth(QStringLiteral("12")) - 2 : m_glyphs.size() + 6;
}

int TimelinePainter::legendHeight(int width) const
{
    const QList<LegendItem> items = legendItems(width);
    if (items.isEmpty())
        return 0;
    return int(std::ceil(items.last().rect.bottom() + 8));
}

void TimelinePainter::drawLegend(QPainter &p, const QRectF &area)
{
    p.save();
    p.fillRect(area, TimelinePalette::legendBackground());
    p.setPen(QPen(kSeparator, 1));
    p.drawLine(QPointF(area.left(), area.top() + 0.5), QPointF(area.right(), area.top() + 0.5));
    p.setFont(m_smallFont);
    const double g = m_glyphs.size();
    for (const LegendItem &item : legendItems(area.width())) {
        const QRectF r = item.rect.translated(area.topLeft());
        const QRectF sw(r.left(), r.center().y() - (g + 6) / 2, g + 6, g + 6);
        if (item.kind == 0) {
            p.fillRect(sw, TimelinePalette::bandColour(StanceFamily(item.value)));
            fillBandPattern(p, sw, StanceFamily(item.value));
            QColor edge = TimelinePalette::swatchColour(StanceFamily(item.value));
            edge.setAlpha(170);
            p.fillRect(QRectF(sw.left(), sw.top(), 2, sw.height()), edge);
        } else if (item.kind == 1) {
            m_glyphs.drawGlyph(p, sw.center(), EventType(item.value));
        } else {
            m_glyphs.drawBadge(p, QRectF(sw.left() - 2, sw.center().y() - g / 2 - 1, m_glyphs.badgeWidth(QStringLiteral("12")), g + 2),
                               -1, QStringLiteral("12"));
        }
        p.setPen(kAxisText);
        const double textLeft = r.left() + legendLead(item.kind) + 5;
        p.drawText(QRectF(textLeft, r.top(), r.right() - textLeft + 20, r.height()), Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }
    p.restore();
}

}  // namespace caseline
