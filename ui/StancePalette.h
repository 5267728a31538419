#pragma once

#include "model/Stance.h"

#include <QColor>

namespace caseline {

// The colours of the stance families, shared by the timeline's bands, the legends and the charts
// so a reader learns them once. Okabe–Ito colours: distinct for the common colour-vision
// deficiencies, and dark enough for text contrast on white.
QColor stanceFamilyColour(StanceFamily family);
// The same hue, light, for bands drawn behind events.
QColor stanceFamilyBandColour(StanceFamily family);

}  // namespace caseline
