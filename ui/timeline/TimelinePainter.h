#pragma once

#include <algorithm>

#include "TimeScale.h"
#include "TimelineGlyph.h"
#include "query/TimelineMark.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

class QPainter;

namespace caseline {

class TimelineIndex;

// Paints the timeline into any QPainter and rectangle: the widget, a PNG and a PDF page share it.
// Top to bottom: the time axis, one lane per jurisdiction (label, stance bands, event marks), and
// the legend. Only lanes inside the rectangle are read and drawn; marks come clustered from
// TimelineLaneEvents, so a frame costs the marks it shows, not the events in the case.
class TimelinePainter {
    Q_DECLARE_TR_FUNCTIONS(caseline::TimelinePainter)

public:
    struct Frame {
        QRect rect;                 // where to paint, in the painter's coordinates
        TimeScale scale;            // its width is taken from the plot width
        QList<qint64> lanes;        // jurisdiction ids, top to bottom
        double laneScroll = 0;      // pixels of lanes scrolled out above
        qint64 selectedEventId = 0;
        qint64 selectedLaneId = 0;    // the selected event's lane and first day, to find it in
        qint32 selectedFirstDay = 0;  // a cluster without searching the whole lane
        bool showLegend = true;
        QString cornerText;         // above the lane labels
    };

    // A lane as last laid out: its row and its marks with the rectangles they occupy.
    struct PaintedLane {
        qint64 jurisdictionId = 0;
        QRectF row;                      // the whole row, labels included
        std::vector<TimelineMark> marks;
        std::vector<QRectF> markRects;   // hit area of each mark
        std::vector<bool> labelled;      // a cluster with its count in a badge; else a density bar
    };

    struct Hit {
        const PaintedLane *lane = nullptr;
        int mark = -1;  // index into lane->marks; -1 when the point is on the lane but no mark
    };

    explicit TimelinePainter(TimelineIndex &index);

    void setFont(const QFont &font);
    QFont font() const { return m_font; }
    void setVectorGlyphs(bool vector) { m_glyphs.setVector(vector); }

    int laneHeight() const { return m_laneHeight; }
    // A page with room to spare draws taller lanes (never shorter than the font asks for).
    void setLaneHeight(int height) { m_laneHeight = std::max(m_laneHeight, height); }
    // On paper nothing can be clicked: the legend does not say so.
    void setPrinted(bool printed) { m_printed = printed; }
    int axisHeight() const { return m_axisHeight; }
    int labelWidth() const { return m_labelWidth; }
    double minimumMarkSpacing() const { return m_markSpacing; }
    int legendHeight(int width) const;

    QRectF lanesArea(const Frame &frame) const;  // labels and plot, between the axis and the legend
    QRectF plotRect(const Frame &frame) const;   // the part of lanesArea that shows time
    double plotWidth(int frameWidth) const { return std::max(1, frameWidth - m_labelWidth - kRightMargin); }

    void layout(const Frame &frame);  // reads the visible lanes and places their marks
    void paint(QPainter &painter, const Frame &frame);  // layout() and draw

    const std::vector<PaintedLane> &paintedLanes() const { return m_painted; }
    Hit hitTest(QPointF point) const;
    std::optional<QRectF> eventRect(qint64 eventId) const;  // a single-event mark, as painted

    static QString compactCount(qint64 count);  // 7, 999, 1.2k, 12k, 1.2M

private:
    void placeMarks(PaintedLane &lane, double plotLeft, double plotRight) const;
    void drawLanes(QPainter &p, const Frame &frame, const QRectF &plot);
    void drawMarks(QPainter &p, const Frame &frame, const QRectF &plot);
    void drawAxis(QPainter &p, const Frame &frame, const QRectF &plot);
    void drawLegend(QPainter &p, const QRectF &area);

    struct LegendItem {
        QRectF rect;
        int kind;      // 0: band, 1: glyph, 2: cluster
        int value;
        QString text;
    };
    QList<LegendItem> legendItems(double width) const;
    double legendLead(int kind) const;  // room for the swatch, glyph or badge before the text

    static constexpr int kRightMargin = 8;
    TimelineIndex &m_index;
    QFont m_font;
    QFont m_smallFont;
    int m_laneHeight = 24;
    bool m_printed = false;
    int m_axisHeight = 30;
    int m_labelWidth = 180;
    double m_markSpacing = 14;
    TimelineGlyph m_glyphs;
    TimeScale m_scale;  // of the last layout, width = plot width
    std::vector<PaintedLane> m_painted;
};

}  // namespace caseline
