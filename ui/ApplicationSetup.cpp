#include "ApplicationSetup.h"

#include <QApplication>
#include <QFont>

namespace caseline {

void setUpApplication(QCoreApplication &app)
{
    app.setApplicationName(QStringLiteral("Caseline"));
    app.setOrganizationName(QStringLiteral("Caseline"));
    app.setOrganizationDomain(QStringLiteral("caseline.org"));
    app.setApplicationVersion(QStringLiteral(CASELINE_VERSION));
    if (auto *gui = qobject_cast<QApplication *>(&app)) {
        gui->setDesktopFileName(QStringLiteral("org.caseline.Caseline"));
        // Latin ligatures ("fi", "ff") would reach PDFs as single glyphs, so "Sheriff" could not be
        // found or copied from an export. Scripts that need shaping still get it.
        QFont font = QApplication::font();
        font.setStyleStrategy(QFont::PreferNoShaping);
        QApplication::setFont(font);
    }
}

}  // namespace caseline
