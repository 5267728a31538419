#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace caseline {

// Names, version and icon shared by the app and the GUI tests (QSettings keys depend on them).
void setUpApplication(QCoreApplication &app);

// The language the user chose in View > Language: "en", "es", or empty to follow the system.
QString languageSetting();
void setLanguageSetting(const QString &languageCode);
// The window's locale: the chosen language (US conventions), else the system's.
QLocale interfaceLocale();

// Loads Caseline's translation and Qt's own (dialog buttons, context menus) for interfaceLocale(),
// replacing any loaded before, and shows dates and numbers in that locale. Only for the window:
// the command line stays in English so scripts can rely on its output.
void installTranslations(QCoreApplication &app);

}  // namespace caseline
