#include "MainWindow.h"

#include "CaseActions.h"
#include "CaseDocument.h"
#include "charts/ChartPanel.h"
#include "timeline/TimeScale.h"
#include "timeline/TimelineView.h"
#include "EventDetailsView.h"
#include "EventTableModel.h"
#include "FilterPanel.h"
#include "BackgroundTask.h"
#include "ExportDialog.h"
#include "RecentFiles.h"
#include "StepsPerPass.h"
#include "LanguageMenu.h"
#include "desktop/CaseInstanceLock.h"
#include "help/AboutDialog.h"
#include "help/PoliciesDialog.h"
#include "help/WelcomeDialog.h"
#include "io/CaseWriter.h"
#include "io/CaseWriterRegistry.h"
#include "import/ImportDialog.h"
#include "io/CaseCsvBulkImport.h"
#include "io/CaseDataWriter.h"
#include "storage/CaseChange.h"
#include "StoryPanel.h"
#include "reader/SourceReaderPanel.h"
#include "reader/SourcesToCheckView.h"
#include "io/SampleCase.h"
#include "query/EventColumns.h"
#include "query/EventQuery.h"
#include "storage/CaseBackup.h"
#include "storage/CaseFile.h"
#include "util/Clock.h"
#include "storage/CaseFileError.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QSaveFile>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>

#include <optional>

namespace caseline {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Caseline"));
    setAcceptDrops(true);
    m_undoGroup = new QUndoGroup(this);
    m_afterOpen = new StepsPerPass(this);
    m_eventModel = new EventTableModel(this);
    m_eventTable = new QTableView(this);
    m_eventTable->setObjectName(QStringLiteral("eventTable"));
    m_eventTable->setModel(m_eventModel);
    m_eventTable->setSortingEnabled(true);
    m_eventTable->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_eventTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventTable->setAlternatingRowColors(true);
    m_eventTable->setTabKeyNavigation(false);  // Tab leaves the table; arrows move within it
    m_eventTable->verticalHeader()->setVisible(false);
    m_eventTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // The title gets the room; status is in the details panel and can be shown from the header menu.
    QHeaderView *header = m_eventTable->horizontalHeader();
    header->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_eventTable->setColumnWidth(EventTableModel::DateColumn, digit * 12);
    m_eventTable->setColumnWidth(EventTableModel::TypeColumn, digit * 14);
    m_eventTable->setColumnWidth(EventTableModel::JurisdictionColumn, digit * 17);
    m_eventTable->setColumnWidth(EventTableModel::SourcesColumn, digit * 7);
    m_eventTable->setColumnHidden(EventTableModel::StatusColumn, true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
        if (column == EventTableModel::TitleColumn)
            continue;
        auto *toggle = new QAction(m_eventModel->headerData(column, Qt::Horizontal).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(!m_eventTable->isColumnHidden(column));
        connect(toggle, &QAction::toggled, this, [this, column](bool on) { m_eventTable->setColumnHidden(column, !on); });
        header->addAction(toggle);
    }
    m_eventTable->setAccessibleName(tr("Events"));
    m_eventTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onTableSelectionChanged);
    // A model reset (filter, sort, edit) drops the selection; the details follow.
    connect(m_eventModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_eventModel, &EventTableModel::sortingChanged, this, &MainWindow::updateStatus);
    connect(m_eventModel, &EventTableModel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_eventTable, &QTableView::doubleClicked, this, [this] { m_actions->editEvent->trigger(); });

    m_timeline = new TimelineView(this);
    // The timeline and the table share one selection; setSelectedEvent() does not echo back.
    connect(m_timeline, &TimelineView::eventSelected, this, &MainWindow::selectEvent);
    connect(m_timeline, &TimelineView::eventActivated, this, [this](qint64 id) {
        selectEvent(id);
        m_actions->editEvent->trigger();
    });
    m_centre = new QSplitter(Qt::Vertical, this);
    m_centre->setObjectName(QStringLiteral("centreSplitter"));
    m_centre->addWidget(m_timeline);
    m_centre->addWidget(m_eventTable);
    m_centre->setStretchFactor(0, 3);
    m_centre->setStretchFactor(1, 2);
    m_charts = new ChartPanel(this);
    connect(m_charts, &ChartPanel::filterRequested, this, [this](const EventFilter &filter) {
        m_filters->applyFilter(filter);
        m_tabs->setCurrentIndex(0);
    });
    connect(m_charts, &ChartPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centreTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_centre, tr("&Timeline"));
    m_tabs->addTab(m_charts, tr("Cha&rts"));  // Alt+H is the Help menu
    setCentralWidget(m_tabs);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("eventCountLabel"));
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    m_actions = new CaseActions(this, [this] { return selectedEventIds(); });
    connect(m_actions, &CaseActions::eventCreated, this, &MainWindow::selectEvent);
    createDocks();
    createMenus();
    // First start: a comfortable size that fits the screen (1024×768 included).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(1200, available.width() * 19 / 20), qMin(800, available.height() * 19 / 20));
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    // The centre keeps most of the width, unless a saved layout says otherwise.
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray()))
        fitDocksToWidth();
    m_centre->restoreState(settings.value(QStringLiteral("mainWindow/centre")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Views hold pointers into the document: detach them before it goes.
    m_eventModel->setDocument(nullptr);
    m_timeline->setDocument(nullptr);
}

void MainWindow::createDocks()
{
    const auto dock = [this](QWidget *content, const QString &title, const char *name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    m_filters = new FilterPanel(this);
    connect(m_filters, &FilterPanel::filterChanged, this, &MainWindow::setFilter);
    auto *filterScroll = new QScrollArea(this);
    filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    filterScroll->setWidget(m_filters);
    filterScroll->setWidgetResizable(true);
    dock(filterScroll, tr("Filters"), "filterDock", Qt::LeftDockWidgetArea);

    m_details = new EventDetailsView(this);
    QDockWidget *details = dock(m_details, tr("Details"), "detailsDock", Qt::RightDockWidgetArea);
    // The source reader sits beside the details (split before the details get tabs); hidden
    // until a source is opened in it.
    m_reader = new SourceReaderPanel(m_actions, this);
    connect(m_reader, &SourceReaderPanel::eventSelected, this, &MainWindow::selectEvent);
    connect(m_reader, &SourceReaderPanel::eventCreated, this, &MainWindow::selectEvent);
    QDockWidget *reader = dock(m_reader, tr("Reader"), "readerDock", Qt::RightDockWidgetArea);
    splitDockWidget(details, reader, Qt::Horizontal);
    reader->hide();
    m_stories = new StoryPanel(this);
    connect(m_stories, &StoryPanel::storyOnlyChanged, m_filters, &FilterPanel::setStoryOnly);
    connect(m_stories, &StoryPanel::eventActivated, this, &MainWindow::selectEvent);
    QDockWidget *stories = dock(m_stories, tr("Stories"), "storyDock", Qt::RightDockWidgetArea);
    auto *undoView = new QUndoView(m_undoGroup, this);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<opened>"));
    QDockWidget *history = dock(undoView, tr("History"), "historyDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(details, stories);
    tabifyDockWidget(stories, history);
    m_sourcesToCheck = new SourcesToCheckView(this);
    connect(m_sourcesToCheck, &SourcesToCheckView::eventActivated, this, &MainWindow::selectEvent);
    connect(m_sourcesToCheck, &SourcesToCheckView::sourceActivated, this, &MainWindow::readSource);
    QDockWidget *toCheck = dock(m_sourcesToCheck, tr("Sources to Check"), "sourcesToCheckDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(history, toCheck);
    // Four tabs do not fit a side panel on a laptop screen: the history and the quotes to check
    // start closed (View menu) until the user opens them; the saved layout keeps their choice.
    history->hide();
    toCheck->hide();
    details->raise();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a case file"));
    QAction *sample = fileMenu->addAction(tr("Open &Sample Case"), this, [this] { openSample(); });
    QAction *import = fileMenu->addAction(tr("&Import…"), this, [this] {
        const QString path = m_importDialog ? m_importDialog()
                                            : QFileDialog::getOpenFileName(this, tr("Import into the Case"), QString(),
                                                                           tr("Importable files (*.csv *.json *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(tr("Import events and stances: Caseline CSV/JSON, TimelineJS, ICE's 287(g) list, detainer-policy lists"));
    QAction *exportAction = fileMenu->addAction(tr("&Export…"), this, [this] { exportWithDialog(); });
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setToolTip(tr("Write the case, the filtered events or a story as CSV, JSON, TimelineJS, Markdown, HTML or iCalendar"));
    sample->setObjectName(QStringLiteral("actionOpenSample"));
    sample->setToolTip(tr("Open the bundled sample case, built from five news articles"));
    // Another window or process may write to the same case file; every view re-reads it.
    QAction *reload = fileMenu->addAction(tr("Re&load"), this, [this] {
        if (!m_document)
            return;
        m_document->reloadAfterExternalChange();
        statusBar()->showMessage(tr("Reloaded %1").arg(QDir::toNativeSeparators(m_document->path())), 5000);
    });
    reload->setObjectName(QStringLiteral("actionReload"));
    reload->setShortcut(QKeySequence::Refresh);
    reload->setToolTip(tr("Show changes another window or program made to this case file"));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setToolTip(tr("Close Caseline; every change is already saved"));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setToolTip(tr("Undo the last change to the case"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setToolTip(tr("Redo the change just undone"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    for (QAction *a : {m_actions->newEvent, m_actions->editEvent, m_actions->duplicateEvent, m_actions->deleteEvents})
        editMenu->addAction(a);
    QAction *toStory = editMenu->addAction(tr("Add to &Story…"), this, &MainWindow::addSelectionToStory);
    toStory->setObjectName(QStringLiteral("actionAddToStory"));
    toStory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    toStory->setToolTip(tr("Add the selected events to the current story"));
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(tr("&Find…"), this, [this] {
        m_filters->searchEdit()->setFocus();
        m_filters->searchEdit()->selectAll();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Search the events’ titles, summaries and quotes"));
    QAction *clear = editMenu->addAction(tr("&Clear Filters"), m_filters, &FilterPanel::clear);
    clear->setObjectName(QStringLiteral("actionClearFilters"));
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    clear->setToolTip(tr("Show every event again"));

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    for (QAction *a : {m_actions->newJurisdiction, m_actions->editJurisdiction, m_actions->deleteJurisdiction})
        caseMenu->addAction(a);
    caseMenu->addSeparator();
    caseMenu->addAction(m_actions->newPolicyPeriod);
    caseMenu->addAction(m_actions->managePolicyPeriods);
    caseMenu->addSeparator();
    caseMenu->addAction(m_actions->newSource);
    caseMenu->addAction(m_actions->manageSources);
    caseMenu->addAction(m_reader->addDocumentAction());
    connect(m_reader->addDocumentAction(), &QAction::triggered, this, [this] { readSource(m_reader->sourceId()); });
    QAction *read = caseMenu->addAction(tr("&Read Sources"), this, [this] { readSource(m_reader->sourceId()); });
    read->setObjectName(QStringLiteral("actionReadSources"));
    read->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    read->setToolTip(tr("Open the reader: a source's text with every cited passage highlighted"));
    caseMenu->addAction(m_reader->eventFromSelectionAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    createViewActions();
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    auto *languages = new LanguageMenu(m_viewMenu);
    connect(languages, &LanguageMenu::languageChosen, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_viewMenu->addMenu(languages);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *policies = helpMenu->addAction(tr("About the &Policies"), this, [this] { PoliciesDialog(this).exec(); });
    policies->setObjectName(QStringLiteral("actionAboutPolicies"));
    policies->setShortcut(QKeySequence::HelpContents);
    policies->setToolTip(tr("Sanctuary ordinances, welcoming cities, detainers, 287(g) and Secure Communities in plain words"));
    QAction *welcome = helpMenu->addAction(tr("&Welcome…"), this, [this] { WelcomeDialog(this).exec(); });
    welcome->setObjectName(QStringLiteral("actionWelcome"));
    welcome->setToolTip(tr("Open the sample case, a case file, or import into a new case"));
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Caseline"), this, [this] { AboutDialog(this).exec(); });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);

    for (QAction *a : {m_actions->editEvent, m_actions->duplicateEvent, m_actions->deleteEvents, toStory})
        m_eventTable->addAction(a);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(open);
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(m_actions->newEvent);
    toolBar->addAction(m_actions->editEvent);
    toolBar->addAction(clear);
}

void MainWindow::createViewActions()
{
    const auto add = [this](const QString &text, const char *name, const QKeySequence &keys, auto slot) {
        QAction *action = m_viewMenu->addAction(text, this, slot);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        return action;
    };
    add(tr("Zoom &In"), "actionZoomIn", QKeySequence::ZoomIn, [this] { m_timeline->zoomIn(); });
    add(tr("Zoom &Out"), "actionZoomOut", QKeySequence::ZoomOut, [this] { m_timeline->zoomOut(); });
    add(tr("&Fit All"), "actionFitAll", QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_timeline->fitAll(); });
    add(tr("&Go to Date…"), "actionGoToDate", QKeySequence(Qt::CTRL | Qt::Key_G), [this] { goToDateWithDialog(); });
    for (const auto &[name, tip] : {std::pair{"actionZoomIn", tr("Show less time, in more detail (+ in the timeline)")},
                                    std::pair{"actionZoomOut", tr("Show more time (− in the timeline)")},
                                    std::pair{"actionFitAll", tr("Show every event of the case (0 in the timeline)")},
                                    std::pair{"actionGoToDate", tr("Centre the timeline on a year, month or day")}})
        findChild<QAction *>(QLatin1String(name))->setToolTip(tip);
    QMenu *order = m_viewMenu->addMenu(tr("Order &Lanes By"));
    auto *group = new QActionGroup(order);
    const std::pair<QString, TimelineLaneOrder> orders[] = {
        {tr("&Name"), TimelineLaneOrder::Name},
        {tr("&State"), TimelineLaneOrder::State},
        {tr("&Event Count"), TimelineLaneOrder::EventCount},
        {tr("S&tance"), TimelineLaneOrder::Stance},
    };
    for (const auto &[label, value] : orders) {
        QAction *action = order->addAction(label, this, [this, value = value] { m_timeline->setLaneOrder(value); });
        action->setCheckable(true);
        action->setChecked(value == m_timeline->laneOrder());
        group->addAction(action);
    }
    QAction *showAll = m_viewMenu->addAction(tr("Show &Hidden Lanes"), this, [this] { m_timeline->setHiddenLanes({}); });
    showAll->setObjectName(QStringLiteral("actionShowHiddenLanes"));
    showAll->setToolTip(tr("Show the lanes hidden from the timeline’s context menu"));
    QAction *fullScreen = m_viewMenu->addAction(tr("F&ull Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
}

void MainWindow::readSource(qint64 sourceId)
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("readerDock"));
    if (!dock->isVisible()) {
        dock->show();
        resizeDocks({dock}, {qMax(dock->sizeHint().width(), width() / 3)}, Qt::Horizontal);
    }
    dock->raise();
    if (sourceId)
        m_reader->showSource(sourceId);
}

void MainWindow::goToDateWithDialog()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to Date"), tr("Date (YYYY, YYYY-MM or YYYY-MM-DD):"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    QString why;
    const PartialDate date = PartialDate::parse(text, &why);
    if (!date.isValid()) {
        showError(tr("Go to Date"), why);
        return;
    }
    m_tabs->setCurrentIndex(0);
    m_timeline->goToDate(date);
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

std::unique_ptr<CaseFile> MainWindow::openCaseFile(const QString &path)
{
    if (!CaseFile::needsUpgrade(path))
        return CaseFile::open(path);
    // A backup, then the schema's steps and a compaction (from version 4, a million events take
    // about 20 s): on a worker thread, so that the window keeps painting.
    std::unique_ptr<CaseFile> file;
    std::optional<CaseFileError> failure;
    runInBackgroundToTheEnd(this, tr("Upgrading %1 for this version of Caseline…").arg(QFileInfo(path).fileName()), [&] {
        try {
            file = CaseFile::open(path);
        } catch (const CaseFileError &error) {
            failure = error;
        }
    });
    if (failure)
        throw *failure;
    return file;
}

bool MainWindow::openFile(const QString &path)
{
    rememberViewRange();
    std::unique_ptr<CaseFile> file;
    try {
        file = openCaseFile(path);
    } catch (const CaseFileError &error) {
        showError(tr("Cannot open the case file"), error.message());
        RecentFiles::remove(path);
        updateRecentMenu();
        return false;
    }
    if (!file->backupPath().isEmpty())
        statusBar()->showMessage(tr("Upgraded the case file; the original was kept as %1").arg(file->backupPath()), 15000);
    m_eventModel->setDocument(nullptr);
    m_details->setDocument(nullptr);
    m_reader->setDocument(nullptr);
    m_sourcesToCheck->setDocument(nullptr);
    m_filters->setDocument(nullptr);
    m_stories->setDocument(nullptr);
    m_charts->setDocument(nullptr);
    m_timeline->setDocument(nullptr);
    m_actions->setDocument(nullptr);
    m_document = std::make_unique<CaseDocument>(std::move(file));
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &CaseDocument::changed, this, &MainWindow::updateStatus);
    connect(m_document.get(), &CaseDocument::errorOccurred, this,
            [this](const QString &message) { showError(tr("The change was not saved"), message); });
    connect(m_document.get(), &CaseDocument::backupWritten, this, [this](const QString &backup) {
        statusBar()->showMessage(tr("A backup of the case as it was is kept in %1").arg(QDir::toNativeSeparators(backup)), 30000);
    });
    m_filters->clear();
    m_eventModel->setDocument(m_document.get());
    m_details->setDocument(m_document.get());
    m_reader->setDocument(m_document.get());
    m_sourcesToCheck->setDocument(m_document.get());
    m_filters->setDocument(m_document.get());
    m_stories->setDocument(m_document.get());
    m_charts->setDocument(m_document.get());
    m_timeline->setDocument(m_document.get());
    m_actions->setDocument(m_document.get());
    setWindowFilePath(path);
    // Edits are saved as they happen, so [*] does not mean "unsaved": it marks a case changed since
    // it was opened, and goes away when Undo takes every change back.
    setWindowTitle(tr("%1[*] — Caseline").arg(QFileInfo(path).fileName()));
    setWindowModified(false);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    // In later passes of the event loop, one at a time: thousands of list items, and file I/O
    // that can take tens of ms while the snapshot is read; opening a large case has enough to do
    // in this one.
    m_afterOpen->add([this] { m_filters->listJurisdictions(); });
    m_afterOpen->add([this, path] {
        if (m_document && windowFilePath() == path)  // not another case opened meanwhile
            warnIfOpenElsewhere(path);
    });
    m_notYetRecent = path;
    m_afterOpen->add([this] { addOpenedToRecentFiles(); });
    updateStatus();
    // Back to the range last shown for this file, or fit everything; once the window has its
    // final size (on first show the layout is not settled yet).
    const QVariantList range = QSettings().value(viewRangeKey(path)).toList();
    QTimer::singleShot(0, m_timeline, [this, range] {
        if (range.size() == 2 && range[0].toDouble() < range[1].toDouble())
            m_timeline->showDaysWhenLoaded(std::pair(range[0].toDouble(), range[1].toDouble()));
        else
            m_timeline->showDaysWhenLoaded(std::nullopt);
    });
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

void MainWindow::setFilter(const EventFilter &filter)
{
    const qint64 selected = selectedEventIds().value(0);
    m_eventModel->setFilter(filter);
    m_details->setHighlight(filter.searchText);
    m_timeline->setFilter(filter);
    m_charts->setFilter(filter);
    if (selected)
        selectEvent(selected);
}

QList<qint64> MainWindow::selectedEventIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_eventTable->selectionModel()->selectedRows())
        ids << m_eventModel->eventIdAt(index.row());
    return ids;
}

void MainWindow::selectEvent(qint64 eventId)
{
    m_timeline->setSelectedEvent(eventId);
    const int row = m_eventModel->rowOfEvent(eventId);
    if (row < 0) {
        m_eventTable->clearSelection();
        m_details->showEvent(eventId);
        m_reader->showEvent(eventId);
        return;
    }
    const QModelIndex index = m_eventModel->index(row, EventTableModel::TitleColumn);
    m_eventTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_eventTable->scrollTo(index);
}

void MainWindow::onTableSelectionChanged()
{
    const QList<qint64> ids = selectedEventIds();
    m_details->showEvent(ids.size() == 1 ? ids.first() : 0);
    m_reader->showEvent(ids.size() == 1 ? ids.first() : 0);
    if (ids.size() == 1)
        m_timeline->setSelectedEvent(ids.first());
    m_actions->updateEnabled();
}

void MainWindow::addSelectionToStory()
{
    const QList<qint64> ids = selectedEventIds();
    if (ids.isEmpty() || !m_document)
        return;
    QString name;
    if (!m_stories->currentStoryId()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("New Story"), tr("Story name:"), QLineEdit::Normal, tr("My story"), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
    }
    if (m_stories->addEvents(ids, name.trimmed()))
        statusBar()->showMessage(tr("Added %n event(s) to the story", nullptr, int(ids.size())), 5000);
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_countLabel->clear();
        m_pathLabel->clear();
        return;
    }
    // The snapshot holds every event: no count over a million index entries after each edit,
    // nor while a large case is being read (its count comes with the snapshot).
    const auto columns = m_document->columns();
    if (m_document->isWaitingForColumns()) {
        m_countLabel->setText(tr("Reading the events…"));
    } else if (m_eventModel->isSorting()) {
        m_countLabel->setText(tr("Listing the events…"));
    } else {
        const qint64 total = columns ? columns->size() : m_document->file().eventCount();
        const qint64 shown = m_eventModel->rowCount();
        const QLocale locale;
        m_countLabel->setText(shown == total ? tr("%1 events").arg(locale.toString(total))
                                             : tr("%1 of %2 events").arg(locale.toString(shown), locale.toString(total)));
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_document->path()));
    m_actions->updateEnabled();
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Quitting: a cancelled import or export is expected, not something to stop and confirm.
    if (m_quitRequested) {
        qWarning("%s: %s", qPrintable(title), qPrintable(text));
        return;
    }
    if (m_messageSink)
        m_messageSink(title, text);
    else
        QMessageBox::warning(this, title, text);
}

bool MainWindow::importFile(const QString &path)
{
    if (!m_document) {
        showError(tr("Import"), tr("Open or create a case first."));
        return false;
    }
    ImportDialog dialog(path, this);
    if (!m_actions->runDialog(dialog) || !dialog.isReadable())
        return false;
    const CaseData &data = dialog.data();
    // Above this many events an import is not kept for undo (it would hold the import in memory
    // twice); a backup copy of the case file is written first instead.
    constexpr qsizetype kUndoableEvents = 200000;
    const bool undoable = data.events.size() <= kUndoableEvents;
    QString note;
    if (!undoable) {
        QString backup;
        try {
            backup = CaseBackup::write(m_document->file(), QStringLiteral("before-import"), Clock::system());
        } catch (const CaseFileError &error) {
            showError(tr("Import"), error.message());
            return false;
        }
        note = tr(" This import is too large to undo; the case as it was is kept in %1.").arg(backup);
    }

    // The import runs on a worker thread with its own connection; the window stays responsive.
    QString failure;
    CaseChange undo, redo;
    CaseDataWriter::Counts counts;
    const QString casePath = m_document->path();
    runInBackground(this, tr("Importing %1…").arg(QFileInfo(path).fileName()), [&](const TaskProgress &progress) {
        try {
            auto file = CaseFile::open(casePath);
            // Too large to undo and Caseline CSV: the streaming path, several times faster.
            if (!undoable && dialog.formatKey() == QLatin1String("csv")) {
                CaseCsvBulkImport bulk(*file);
                bulk.setProgress(progress);
                counts = bulk.import(dialog.bytes(), path).counts;
                return;
            }
            CaseDataWriter writer(*file);
            writer.setProgress(progress);
            if (undoable)
                writer.recordChanges(&undo, &redo);
            counts = writer.write(data);
        } catch (const ImportError &error) {
            failure = error.toString();
        } catch (const ImportCancelled &) {
            failure = tr("The import was cancelled; the case file is unchanged.");
        } catch (const CaseFileError &error) {
            failure = error.message();
        }
    });
    if (!failure.isEmpty()) {
        showError(tr("Import"), failure);
        return false;
    }
    if (undoable)
        m_document->recordApplied(tr("Import %1").arg(QFileInfo(path).fileName()), redo, undo);
    else {
        m_document->reloadAfterExternalChange();
        m_document->undoStack()->resetClean();  // changed, and no undo step says so
    }
    statusBar()->showMessage(tr("Imported %1: %2 added, %3 updated (%4 events, %5 policy periods).%6")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(counts.added)
                                 .arg(counts.updated)
                                 .arg(counts.events)
                                 .arg(counts.periods)
                                 .arg(note),
                             15000);
    return true;
}

bool MainWindow::exportWithDialog()
{
    if (!m_document)
        return false;
    const EventFilter current = m_filters->filter();
    ExportDialog dialog(m_document->file(), current != EventFilter(), this);
    if (!m_actions->runDialog(dialog))
        return false;
    const CaseWriter *writer = CaseWriterRegistry::byKey(dialog.formatKey());
    if (!writer)
        return false;
    EventFilter filter;
    if (dialog.scope() == ExportDialog::Scope::CurrentFilter)
        filter = current;
    else if (dialog.scope() == ExportDialog::Scope::Story)
        filter.storyId = dialog.storyId();
    const QString suggested = QFileInfo(m_document->path()).completeBaseName() + QLatin1Char('.') + writer->fileSuffix();
    const QString path = m_exportSaveDialog ? m_exportSaveDialog(suggested)
                                            : QFileDialog::getSaveFileName(this, tr("Export"), suggested,
                                                                           tr("%1 (*.%2)").arg(writer->formatName(), writer->fileSuffix()));
    if (path.isEmpty())
        return false;
    // The export reads through its own connection on a worker thread and writes beside the
    // target, renaming only when complete.
    QString failure;
    ExportSummary summary;
    const QString casePath = m_document->path();
    runInBackground(this, tr("Exporting to %1…").arg(QFileInfo(path).fileName()), [&](const TaskProgress &progress) {
        try {
            auto file = CaseFile::open(casePath);
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly)) {
                failure = tr("%1: cannot write (%2)").arg(path, out.errorString());
                return;
            }
            ExportOptions options;
            options.progress = progress;
            const auto result = writer->write(*file, filter, options, out);
            if (const auto *error = std::get_if<ExportError>(&result)) {
                failure = error->message;
                out.cancelWriting();
                return;
            }
            summary = std::get<ExportSummary>(result);
            if (!out.commit())
                failure = tr("%1: cannot write (%2)").arg(path, out.errorString());
        } catch (const CaseFileError &error) {
            failure = error.message();
        }
    });
    if (!failure.isEmpty()) {
        showError(tr("Export"), failure);
        return false;
    }
    statusBar()->showMessage(tr("Exported %n event(s) to %1", nullptr, int(summary.events)).arg(path), 10000);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    // A case file opens; anything else is offered for import into the open case.
    if (path.endsWith(QStringLiteral(".caseline"), Qt::CaseInsensitive))
        QTimer::singleShot(0, this, [this, path] { openFile(path); });
    else
        QTimer::singleShot(0, this, [this, path] { importFile(path); });
}

QString MainWindow::viewRangeKey(const QString &path)
{
    // Keyed by file: each case reopens where it was left.
    return QStringLiteral("viewRange/") + QString::fromLatin1(QFileInfo(path).absoluteFilePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

void MainWindow::rememberViewRange()
{
    if (!m_document)
        return;
    QSettings().setValue(viewRangeKey(m_document->path()),
                         QVariantList{m_timeline->scale().leftDay(), m_timeline->scale().rightDay()});
}

void MainWindow::warnIfOpenElsewhere(const QString &path)
{
    m_instanceLock.reset();
    m_instanceLock = std::make_unique<CaseInstanceLock>(path);
    // Two windows of one process are deliberate (tests, a future "new window"); warn about other processes.
    if (m_instanceLock->isHeld() || m_instanceLock->otherProcessId() == QCoreApplication::applicationPid())
        return;
    const QString text = tr("“%1” is already open in another Caseline (process %2 on %3).\n\n"
                            "Both can edit it safely: every change is written at once. Use File > Reload to see "
                            "changes made in the other window.")
                             .arg(QFileInfo(path).fileName())
                             .arg(m_instanceLock->otherProcessId())
                             .arg(m_instanceLock->otherHostName());
    statusBar()->showMessage(tr("Also open in another Caseline (process %1)").arg(m_instanceLock->otherProcessId()));
    // Not modal: the file is usable, and the warning must not stop a start from the command line.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Case File Already Open"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openElsewhereWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);  // QMessageBox is application-modal unless told otherwise
    box->show();
}

bool MainWindow::closeWhileWorking()
{
    // runInBackground() shows a progress dialog on this window for as long as an import or
    // export runs on its worker thread.
    auto *progress = findChild<QProgressDialog *>();
    if (!progress)
        return false;
    const bool runsToTheEnd = progress->property(kRunsToTheEnd).toBool();
    if (!m_quitRequested) {
        const QString text = runsToTheEnd
            ? tr("%1\n\nQuit once it has finished? It cannot stop halfway; the case file is either upgraded "
                 "whole or left as it was.").arg(progress->labelText())
            : tr("%1\n\nQuit anyway? The work is cancelled cleanly: a cancelled import leaves the case "
                 "file unchanged and a cancelled export writes no file.").arg(progress->labelText());
        const bool quit = m_quitQuestion ? m_quitQuestion(text)
                                         : QMessageBox::question(this, tr("Quit Caseline"), text,
                                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                                               == QMessageBox::Yes;
        if (!quit)
            return true;
        m_quitRequested = true;
        progress = findChild<QProgressDialog *>();  // the work may have ended while the question was open
        if (!progress)
            return false;
        if (!runsToTheEnd)
            emit progress->canceled();
    }
    // The worker stops at its next progress report (or, for work that runs to the end, when it
    // ends); close for real once it has.
    QTimer::singleShot(50, this, &QWidget::close);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (closeWhileWorking()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/centre"), m_centre->saveState());
    rememberViewRange();
    addOpenedToRecentFiles();  // closed before the step that does it had its turn
    event->accept();
}

void MainWindow::fitDocksToWidth()
{
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("filterDock")), findChild<QDockWidget *>(QStringLiteral("detailsDock"))},
                {qBound(200, width() / 5, 240), qBound(200, width() / 5, 300)}, Qt::Horizontal);
}

void MainWindow::addOpenedToRecentFiles()
{
    if (m_notYetRecent.isEmpty())
        return;
    RecentFiles::add(m_notYetRecent);
    m_notYetRecent.clear();
    updateRecentMenu();
}

}  // namespace caseline
