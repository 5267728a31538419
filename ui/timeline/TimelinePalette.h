#pragma once

#include "model/EventType.h"
#include "model/Stance.h"

#include <QColor>
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
    static QList<EventType> legendOrder();  // types grouped by colour
};

}  // namespace caseline
