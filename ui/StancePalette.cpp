#include "StancePalette.h"

namespace caseline {

QColor stanceFamilyColour(StanceFamily family)
{
    switch (family) {
    case StanceFamily::LimitsCooperation: return QColor(0x00, 0x72, 0xB2);  // blue
    case StanceFamily::Agreement287g: return QColor(0xD5, 0x5E, 0x00);      // vermillion
    case StanceFamily::Neither: break;
    }
    return QColor(0x6E, 0x6E, 0x6E);  // grey
}

QColor stanceFamilyBandColour(StanceFamily family)
{
    QColor colour = stanceFamilyColour(family);
    colour.setAlpha(family == StanceFamily::Neither ? 0 : 56);
    return colour;
}

}  // namespace caseline
