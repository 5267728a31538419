#pragma once

class QCoreApplication;

namespace caseline {

// Names, version and icon shared by the app and the GUI tests (QSettings keys depend on them).
void setUpApplication(QCoreApplication &app);

}  // namespace caseline
