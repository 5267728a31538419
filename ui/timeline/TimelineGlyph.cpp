#include "TimelineGlyph.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace caseline {

namespace {
QPainterPath shapePath(TimelinePalette::Shape shape, QPointF c, double size)
{
    const double r = size / 2;
    QPainterPath path;
    switch (shape) {
    case TimelinePalette::Shape::Circle:
        path.addEllipse(c, r, r);
        break;
    case TimelinePalette::Shape::Square:
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case TimelinePalette::Shape::Diamond:
        path.moveTo(c.x(), c.y() - r * 1.15);
        path.lineTo(c.x() + r * 1.15, c.y());
        path.lineTo(c.x(), c.y() + r * 1.15);
        path.lineTo(c.x() - r * 1.15, c.y());
        path.closeSubpath();
        break;
    case TimelinePalette::Shape::TriangleUp:
        path.moveTo(c.x(), c.y() - r * 1.1);
        path.lineTo(c.x() + r * 1.1, c.y() + r * 0.85);
        path.lineTo(c.x() - r * 1.1, c.y() + r * 0.85);
        path.closeSubpath();
        break;
    case TimelinePalette::Shape::TriangleDown:
        path.moveTo(c.x(), c.y() + r * 1.1);
        path.lineTo(c.x() + r * 1.1, c.y() - r * 0.85);
        path.lineTo(c.x() - r * 1.1, c.y() - r * 0.85);
        path.closeSubpath();
        break;
    case TimelinePalette::Shape::Hexagon:
        for (int i = 0; i < 6; ++i) {
            const double a = M_PI / 3 * i;
            const QPointF p(c.x() + r * 1.05 * std::cos(a), c.y() + r * 1.05 * std::sin(a));
            i == 0 ? path.moveTo(p) : path.lineTo(p);
        }
        path.closeSubpath();
        break;
    case TimelinePalette::Shape::Plus: {
        const double t = r * 0.38;  // half the arm thickness
        path.addRect(QRectF(c.x() - r, c.y() - t, 2 * r, 2 * t));
        path.addRect(QRectF(c.x() - t, c.y() - r, 2 * t, 2 * r));
        path.setFillRule(Qt::WindingFill);
        path = path.simplified();
        break;
    }
    }
    return path;
}
}  // namespace

void TimelineGlyph::setSize(double size)
{
    if (size != m_size) {
        m_size = size;
        m_glyphs.clear();
        m_badges.clear();
    }
}

void TimelineGlyph::setFont(const QFont &font)
{
    m_font = font;
    m_badges.clear();
}

void TimelineGlyph::drawShape(QPainter &painter, QPointF centre, double size, const TimelinePalette::Glyph &glyph)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // A white halo then a dark outline: the glyph stays visible on any band and over bars.
    const QPainterPath path = shapePath(glyph.shape, centre, size);
    painter.setPen(QPen(Qt::white, 2.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(QPen(TimelinePalette::outline(), 0.8));
    painter.setBrush(glyph.colour);
    painter.drawPath(path);
    painter.restore();
}

const QImage &TimelineGlyph::glyphPixmap(EventType type, qreal dpr)
{
    const quint64 key = quint64(type) | (quint64(qRound(dpr * 100)) << 8);
    auto it = m_glyphs.find(key);
    if (it == m_glyphs.end()) {
        const int side = int(std::ceil(m_size * 1.5 + 4));
        QImage pixmap(QSize(side, side) * dpr, QImage::Format_ARGB32_Premultiplied);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        drawShape(p, QPointF(side / 2.0, side / 2.0), m_size, TimelinePalette::glyph(type));
        p.end();
        it = m_glyphs.insert(key, pixmap);
    }
    return *it;
}

void TimelineGlyph::drawGlyph(QPainter &painter, QPointF centre, EventType type)
{
    if (m_vector) {
        drawShape(painter, centre, m_size, TimelinePalette::glyph(type));
        return;
    }
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QImage &pixmap = glyphPixmap(type, dpr);
    const QSizeF s = pixmap.deviceIndependentSize();
    painter.drawImage(QPointF(std::round(centre.x() - s.width() / 2), std::round(centre.y() - s.height() / 2)), pixmap);
}

double TimelineGlyph::badgeWidth(const QString &text) const
{
    if (text.isEmpty())
        return m_size + 2;
    return std::max(m_size + 4, QFontMetricsF(m_font).horizontalAdvance(text) + 8);
}

static void paintBadge(QPainter &p, const QRectF &rect, int type, const QString &text, const QFont &font)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = TimelinePalette::clusterColour(type);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(fill);
    const double radius = rect.height() / 2;
    p.drawRoundedRect(rect, radius, radius);
    p.setPen(QPen(TimelinePalette::outline(), 0.8));
    p.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), radius - 0.75, radius - 0.75);
    if (!text.isEmpty()) {
        p.setFont(font);
        p.setPen(TimelinePalette::textOn(fill));
        p.drawText(rect, Qt::AlignCenter, text);
    }
    p.restore();
}

const QImage &TimelineGlyph::badgePixmap(int type, const QString &text, QSizeF size, qreal dpr)
{
    const QString key = QStringLiteral("%1|%2|%3x%4|%5").arg(type).arg(text).arg(size.width()).arg(size.height()).arg(dpr);
    auto it = m_badges.find(key);
    if (it == m_badges.end()) {
        if (m_badges.size() > 4000)
            m_badges.clear();  // counts vary without bound; keep the cache small
        QImage pixmap((size * dpr).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        paintBadge(p, QRectF(QPointF(0, 0), size), type, text, m_font);
        p.end();
        it = m_badges.insert(key, pixmap);
    }
    return *it;
}

void TimelineGlyph::drawBadge(QPainter &painter, const QRectF &rect, int type, const QString &text)
{
    if (m_vector) {
        paintBadge(painter, rect, type, text, m_font);
        return;
    }
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QSizeF size(std::round(rect.width()), std::round(rect.height()));
    painter.drawImage(QPointF(std::round(rect.left()), std::round(rect.top())), badgePixmap(type, text, size, dpr));
}

}  // namespace caseline
