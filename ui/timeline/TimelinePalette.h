#pragma once

#include "model/EventType.h"
#include "model/Stance.h"

#include <QColor>
#include <Qt>
#include <QList>

namespace caseline {

// Colours and glyph shapes of the timeline, from the Okabe-Ito palette so they stay apart for
// colour-blind readers. Every event type has its own pair of shape and colour: types of one kind
// share a colour (enforcement, cooperation with federal agents, local government, courts, public
// voice, other) and differ by shape, so the legend tells all fifteen apart even in greyscale.
class TimelinePalette {
public:
    enum class Shape { Circle, Square, Diamond, TriangleUp, TriangleDown, Hexagon, Plus };

    struct Glyph {
        Shape shape = Shape::Circle;
        QColor colour;
    };

    static Glyph glyph(EventType type);
    static QColor bandColour(StanceFamily family);    // translucent; invalid for Neither (no band)
    static QColor swatchColour(StanceFamily family);  // the same hue as the legend shows it
    static QColor clusterColour(int type);            // type's colour, or dark grey for a mix
    static QColor textOn(const QColor &fill);          // black or white, whichever reads better
    static QColor outline() { return QColor(0x22, 0x22, 0x22); }
    static QColor selection() { return QColor(0x00, 0x00, 0x00); }
    // Bands differ by pattern as well as hue, so they read apart in greyscale and for colour-blind
    // readers: limits-cooperation bands are plain, 287(g) bands are hatched.
    static Qt::BrushStyle bandPattern(StanceFamily family);
    static QColor bandPatternColour(StanceFamily family);

    // The surfaces and inks of the timeline (checked against each other for WCAG contrast).
    static QColor background() { return QColor(Qt::white); }
    static QColor stripe() { return QColor(0xF6, 0xF7, 0xF8); }           // every other lane
    static QColor labelBackground() { return QColor(0xF1, 0xF2, 0xF4); }  // the lane-name column
    static QColor legendBackground() { return QColor(0xFA, 0xFA, 0xFA); }
    static QColor grid() { return QColor(0xE2, 0xE2, 0xE2); }
    static QColor separator() { return QColor(0xD4, 0xD4, 0xD4); }
    static QColor text() { return QColor(0x20, 0x20, 0x20); }
    static QColor mutedText() { return QColor(0x5A, 0x5A, 0x5A); }
    static QList<EventType> legendOrder();  // types grouped by colour
};

}  // namespace caseline
