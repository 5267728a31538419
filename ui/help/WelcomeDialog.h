#pragma once

#include <QDialog>
#include <functional>

class QCommandLinkButton;

namespace caseline {

class MainWindow;

// The first-run welcome: open the sample case, open a case file, or import into a new case.
// Shown once, at the first start with no file on the command line and no recent file; Help >
// Welcome shows it again.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    explicit WelcomeDialog(MainWindow *window);

    // Where the case for "Import" is created; a seam for tests (default: a save dialog).
    using PathDialog = std::function<QString()>;
    void setNewCaseDialog(PathDialog dialog) { m_newCaseDialog = std::move(dialog); }

    QCommandLinkButton *sampleButton() const { return m_sample; }
    QCommandLinkButton *openButton() const { return m_open; }
    QCommandLinkButton *importButton() const { return m_import; }

    // The QSettings key that remembers the welcome was shown, so it does not come back.
    static QString shownSettingsKey();
    static bool isDue();
    // Instead of MainWindow::openInitialFile() when isDue(): shows the welcome, then makes sure a
    // case is open (the bundled sample when nothing else was opened, as on any first start).
    static void showAtFirstStart(MainWindow &window);

private:
    void importIntoNewCase();

    MainWindow *m_window;
    QCommandLinkButton *m_sample;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_import;
    PathDialog m_newCaseDialog;
};

}  // namespace caseline
