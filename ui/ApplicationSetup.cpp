#include "ApplicationSetup.h"

#include "DisplayDate.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace caseline {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}  // namespace

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

QString languageSetting() { return QSettings().value(kLanguageKey).toString(); }

void setLanguageSetting(const QString &languageCode)
{
    QSettings settings;
    if (languageCode.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, languageCode);
}

QLocale interfaceLocale()
{
    const QString chosen = languageSetting();
    if (chosen == QLatin1String("es"))
        return QLocale(QLocale::Spanish, QLocale::UnitedStates);
    if (chosen == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

void installTranslations(QCoreApplication &app)
{
    // Called again (a test switching languages), it replaces what it installed before.
    for (QTranslator *old : app.findChildren<QTranslator *>(QStringLiteral("caselineTranslator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = interfaceLocale();
    QLocale::setDefault(locale);
    DisplayDate::setLocale(locale);
    const auto install = [&app, &locale](const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(QStringLiteral("caselineTranslator"));
        if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator))
            return;
        delete translator;
    };
    // Qt's own texts are English already; Caseline's English file holds only plural forms.
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QStringLiteral("caseline"), QStringLiteral(":/i18n"));
}

}  // namespace caseline
