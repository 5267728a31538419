#pragma once

#include "TimelinePalette.h"

#include <QHash>
#include <QFont>
#include <QImage>
#include <QPointF>

class QPainter;

namespace caseline {

// Draws event glyphs and cluster badges. On screen and in PNGs they are blitted from small cached
// images (a frame can hold thousands); for PDF they are drawn as vector paths.
class TimelineGlyph {
public:
    void setVector(bool vector) { m_vector = vector; }
    void setSize(double size);
    void setFont(const QFont &font);
    double size() const { return m_size; }

    void drawGlyph(QPainter &painter, QPointF centre, EventType type);
    // A rounded badge with the count inside (or empty when text is empty), left edge at left.
    void drawBadge(QPainter &painter, const QRectF &rect, int type, const QString &text);
    double badgeWidth(const QString &text) const;  // text empty: the glyph size

    static void drawShape(QPainter &painter, QPointF centre, double size, const TimelinePalette::Glyph &glyph);

private:
    const QImage &glyphPixmap(EventType type, qreal dpr);
    const QImage &badgePixmap(int type, const QString &text, QSizeF size, qreal dpr);

    bool m_vector = false;
    double m_size = 10;
    QFont m_font;
    QHash<quint64, QImage> m_glyphs;
    QHash<QString, QImage> m_badges;
};

}  // namespace caseline
