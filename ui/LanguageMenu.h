#pragma once

#include <QMenu>

namespace caseline {

// View > Language: System Default, English, Español. The choice is stored in the settings and
// takes effect at the next start (every window and dialog is built in one language).
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    void languageChosen(const QString &message);  // what to tell the user, in the current language

private:
    void choose(const QString &languageCode);
};

}  // namespace caseline
