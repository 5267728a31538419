#include "WelcomeDialog.h"

#include "ApplicationIcon.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

namespace caseline {

WelcomeDialog::WelcomeDialog(MainWindow *window) : QDialog(window), m_window(window)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Caseline"));
    auto *icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 4;
    icon->setPixmap(applicationIcon().pixmap(iconSize, iconSize));
    auto *intro = new QLabel(tr("<h2>Welcome to Caseline</h2>"
                                "<p>Caseline lays out events on one lane per city or county, with each place's policy "
                                "stance drawn behind its lane, and traces every event to its source.</p>"
                                "<p>How would you like to start?</p>"),
                             this);
    intro->setWordWrap(true);

    m_sample = new QCommandLinkButton(tr("Open the &Sample Case"),
                                      tr("A case built from five news articles on Lawrence, Chicago, San Diego and Los "
                                         "Angeles, every event quoted from its source."),
                                      this);
    m_sample->setObjectName(QStringLiteral("welcomeSampleButton"));
    m_open = new QCommandLinkButton(tr("&Open a Case File…"), tr("Continue with a .caseline file you already have."), this);
    m_open->setObjectName(QStringLiteral("welcomeOpenButton"));
    m_import = new QCommandLinkButton(tr("&Import into a New Case…"),
                                      tr("Start a new case file from ICE's 287(g) list, a detainer-policy list, a "
                                         "TimelineJS timeline or a Caseline CSV or JSON file."),
                                      this);
    m_import->setObjectName(QStringLiteral("welcomeImportButton"));
    // Each choice closes the welcome first, so the file dialogs that follow are not behind it.
    connect(m_sample, &QCommandLinkButton::clicked, this, [this] {
        accept();
        m_window->openSample();
    });
    connect(m_open, &QCommandLinkButton::clicked, this, [this] {
        accept();
        if (auto *open = m_window->findChild<QAction *>(QStringLiteral("actionOpen")))
            open->trigger();
    });
    connect(m_import, &QCommandLinkButton::clicked, this, [this] {
        accept();
        importIntoNewCase();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(intro, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_sample);
    layout->addWidget(m_open);
    layout->addWidget(m_import);
    layout->addStretch();
    layout->addWidget(buttons);
    m_sample->setFocus();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    resize(em * 38, sizeHint().height());
}

QString WelcomeDialog::shownSettingsKey() { return QStringLiteral("onboarding/welcomeShown"); }

bool WelcomeDialog::isDue()
{
    return !QSettings().value(shownSettingsKey(), false).toBool() && RecentFiles::list().isEmpty();
}

void WelcomeDialog::showAtFirstStart(MainWindow &window)
{
    // Remembered before it shows: whatever happens next, it is not shown again.
    QSettings().setValue(shownSettingsKey(), true);
    WelcomeDialog welcome(&window);
    welcome.exec();
    if (!window.document())
        window.openSample();
}

void WelcomeDialog::importIntoNewCase()
{
    QString path = m_newCaseDialog ? m_newCaseDialog()
                                   : QFileDialog::getSaveFileName(m_window, tr("New Case File for the Import"),
                                                                  QDir::home().filePath(tr("My case") + QStringLiteral(".caseline")),
                                                                  tr("Case files (*.caseline)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".caseline"), Qt::CaseInsensitive))
        path += QStringLiteral(".caseline");
    try {
        const auto created = CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing);  // closed again at once
    } catch (const CaseFileError &error) {
        QMessageBox::warning(m_window, tr("Cannot create the case file"), error.message());
        return;
    }
    if (!m_window->openFile(path))
        return;
    if (auto *import = m_window->findChild<QAction *>(QStringLiteral("actionImport")))
        import->trigger();
}

}  // namespace caseline
