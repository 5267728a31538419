#include "MainWindow.h"

#include "CaseDocument.h"
#include "EventTableModel.h"
#include "RecentFiles.h"
#include "io/SampleCase.h"
#include "query/EventQuery.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace caseline {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Caseline"));
    m_eventModel = new EventTableModel(this);
    m_eventTable = new QTableView(this);
    m_eventTable->setObjectName(QStringLiteral("eventTable"));
    m_eventTable->setModel(m_eventModel);
    m_eventTable->setSortingEnabled(true);
    m_eventTable->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_eventTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventTable->setAlternatingRowColors(true);
    m_eventTable->verticalHeader()->setVisible(false);
    m_eventTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_eventTable->horizontalHeader()->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
    m_eventTable->setColumnWidth(EventTableModel::DateColumn, 110);
    m_eventTable->setColumnWidth(EventTableModel::TypeColumn, 150);
    m_eventTable->setColumnWidth(EventTableModel::JurisdictionColumn, 170);
    m_eventTable->setAccessibleName(tr("Events"));
    setCentralWidget(m_eventTable);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("eventCountLabel"));
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    resize(1100, 700);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a case file"));
    QAction *sample = fileMenu->addAction(tr("Open &Sample Case"), this, [this] { openSample(); });
    sample->setObjectName(QStringLiteral("actionOpenSample"));
    sample->setToolTip(tr("Open the bundled sample case, built from five news articles"));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Caseline"), this, [this] {
        QMessageBox::about(this, tr("About Caseline"),
                           tr("Caseline %1\nA case-timeline viewer for local immigration-enforcement policy.")
                               .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(open);
    toolBar->addAction(sample);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        action->setToolTip(path);
        action->setData(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString MainWindow::sampleCasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Sample case.caseline"));
}

void MainWindow::openInitialFile(const QString &path)
{
    if (!path.isEmpty()) {
        openFile(path);
        return;
    }
    const QStringList recent = RecentFiles::list();
    if (!recent.isEmpty() && openFile(recent.first()))
        return;
    openSample();
}

bool MainWindow::openSample()
{
    const QString path = sampleCasePath();
    if (QFileInfo::exists(path))
        return openFile(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    try {
        auto file = CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing);
        SampleCase::writeTo(*file);
    } catch (const CaseFileError &error) {
        QFile::remove(path);
        showError(tr("Cannot create the sample case"), error.message());
        return false;
    }
    return openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    std::unique_ptr<CaseFile> file;
    try {
        file = CaseFile::open(path);
    } catch (const CaseFileError &error) {
        showError(tr("Cannot open the case file"), error.message());
        RecentFiles::remove(path);
        updateRecentMenu();
        return false;
    }
    if (!file->backupPath().isEmpty())
        statusBar()->showMessage(tr("Upgraded the case file; the original was kept as %1").arg(file->backupPath()), 15000);
    m_eventModel->setDocument(nullptr);
    m_document = std::make_unique<CaseDocument>(std::move(file));
    connect(m_document.get(), &CaseDocument::changed, this, &MainWindow::updateStatus);
    m_eventModel->setDocument(m_document.get());
    setWindowFilePath(path);
    setWindowTitle(QStringLiteral("%1 — Caseline").arg(QFileInfo(path).fileName()));
    RecentFiles::add(path);
    updateRecentMenu();
    updateStatus();
    return true;
}

void MainWindow::openWithDialog()
{
    const QString path = m_openDialog ? m_openDialog()
                                      : QFileDialog::getOpenFileName(this, tr("Open Case File"), QString(),
                                                                     tr("Case files (*.caseline);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_countLabel->clear();
        m_pathLabel->clear();
        return;
    }
    const qint64 total = m_document->file().eventCount();
    const qint64 shown = m_eventModel->rowCount();
    const QLocale locale;
    m_countLabel->setText(shown == total ? tr("%1 events").arg(locale.toString(total))
                                         : tr("%1 of %2 events").arg(locale.toString(shown), locale.toString(total)));
    m_pathLabel->setText(QDir::toNativeSeparators(m_document->path()));
}

void MainWindow::showError(const QString &title, const QString &text)
{
    if (m_messageSink)
        m_messageSink(title, text);
    else
        QMessageBox::warning(this, title, text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

}  // namespace caseline
