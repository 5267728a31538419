#include "LanguageMenu.h"

#include "ApplicationSetup.h"

#include <QActionGroup>

namespace caseline {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("La&nguage"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    setToolTipsVisible(true);
    auto *group = new QActionGroup(this);
    // Language names are written in their own language, so anyone can find theirs.
    const struct {
        QString code;
        QString label;
        const char *name;
    } choices[] = {
        {QString(), tr("&System Default"), "actionLanguageSystem"},
        {QStringLiteral("en"), QStringLiteral("&English"), "actionLanguageEnglish"},
        {QStringLiteral("es"), QStringLiteral("Es&pañol"), "actionLanguageSpanish"},
    };
    const QString current = languageSetting();
    for (const auto &choice : choices) {
        QAction *action = addAction(choice.label);
        action->setObjectName(QLatin1String(choice.name));
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        action->setToolTip(tr("Use this language from the next start"));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] { choose(code); });
    }
}

void LanguageMenu::choose(const QString &languageCode)
{
    if (languageCode == languageSetting())
        return;
    setLanguageSetting(languageCode);
    emit languageChosen(tr("The new language is used from the next start of Caseline."));
}

}  // namespace caseline
