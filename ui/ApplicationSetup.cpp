#include "ApplicationSetup.h"

#include <QApplication>

namespace caseline {

void setUpApplication(QCoreApplication &app)
{
    app.setApplicationName(QStringLiteral("Caseline"));
    app.setOrganizationName(QStringLiteral("Caseline"));
    app.setOrganizationDomain(QStringLiteral("caseline.org"));
    app.setApplicationVersion(QStringLiteral(CASELINE_VERSION));
    if (auto *gui = qobject_cast<QApplication *>(&app))
        gui->setDesktopFileName(QStringLiteral("org.caseline.Caseline"));
}

}  // namespace caseline
