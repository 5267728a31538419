#pragma once

#include <QString>

namespace caseline {

class MainWindow;

// `caseline --grab FILE.png`: once the window has laid itself out and painted, saves a picture of
// it (at the screen's device pixel ratio) and quits with 0, or 2 when the picture cannot be
// written. Install checks use it to prove the window opens; packaging/make-screenshots.sh uses
// it for the README. `selectTitle`, when given, selects the first event whose title contains it,
// so the details panel shows something.
void grabWindowAndQuit(MainWindow &window, const QString &imagePath, const QString &selectTitle);

}  // namespace caseline
