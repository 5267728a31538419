#pragma once

#include "query/EventFilter.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoGroup;

namespace caseline {

class CaseActions;
class CaseDocument;
class CaseFile;
class ChartPanel;
class TimelineView;
class EventDetailsView;
class EventTableModel;
class FilterPanel;
class StoryPanel;
class SourceReaderPanel;
class SourcesToCheckView;

class CaseInstanceLock;
class StepsPerPass;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Seams for tests: what the file dialog answers and where messages go.
    using OpenDialog = std::function<QString()>;
    using MessageSink = std::function<void(const QString &title, const QString &text)>;
    void setOpenDialog(OpenDialog dialog) { m_openDialog = std::move(dialog); }
    void setMessageSink(MessageSink sink) { m_messageSink = std::move(sink); }
    // Asked when the window is closed while an import or export runs; true quits (seam for tests).
    using QuitQuestion = std::function<bool(const QString &text)>;
    void setQuitQuestion(QuitQuestion question) { m_quitQuestion = std::move(question); }

    // The file named on the command line, else the last one, else the bundled sample.
    void openInitialFile(const QString &path);
    bool openFile(const QString &path);
    bool openSample();
    static QString sampleCasePath();

    CaseDocument *document() const { return m_document.get(); }
    EventTableModel *eventModel() const { return m_eventModel; }
    QTableView *eventTable() const { return m_eventTable; }
    EventDetailsView *detailsView() const { return m_details; }
    FilterPanel *filterPanel() const { return m_filters; }
    StoryPanel *storyPanel() const { return m_stories; }
    CaseActions *caseActions() const { return m_actions; }
    ChartPanel *chartPanel() const { return m_charts; }
    TimelineView *timelineView() const { return m_timeline; }
    QTabWidget *centreTabs() const { return m_tabs; }
    SourceReaderPanel *sourceReader() const { return m_reader; }
    SourcesToCheckView *sourcesToCheck() const { return m_sourcesToCheck; }
    // Shows the reader dock on a source (issue 9).
    void readSource(qint64 sourceId);

    QList<qint64> selectedEventIds() const;
    void selectEvent(qint64 eventId);
    void setFilter(const EventFilter &filter);
    // Imports a file into the open case after showing what it will do; one undo step.
    bool importFile(const QString &path);
    void setImportDialog(OpenDialog dialog) { m_importDialog = std::move(dialog); }
    // Exports through the export dialog; the save dialog is a seam for tests.
    using SaveDialog = std::function<QString(const QString &suggestedName)>;
    void setExportSaveDialog(SaveDialog dialog) { m_exportSaveDialog = std::move(dialog); }
    bool exportWithDialog();
    // Gives the filter and details docks their default share of the window's width: at a first
    // start, and for pictures of a fixed size (--grab). Docks shown in a window too narrow for
    // them keep their minimum width when the window grows.
    void fitDocksToWidth();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Opens the case file, migrating an older one on a worker thread. Throws CaseFileError.
    std::unique_ptr<CaseFile> openCaseFile(const QString &path);
    void createDocks();
    void createMenus();
    void updateRecentMenu();
    void updateStatus();
    void showError(const QString &title, const QString &text);
    void openWithDialog();
    void onTableSelectionChanged();
    void addSelectionToStory();
    void createViewActions();
    void rememberViewRange();
    static QString viewRangeKey(const QString &path);
    void goToDateWithDialog();

    std::unique_ptr<CaseDocument> m_document;
    QUndoGroup *m_undoGroup = nullptr;
    EventTableModel *m_eventModel = nullptr;
    QTableView *m_eventTable = nullptr;
    QSplitter *m_centre = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChartPanel *m_charts = nullptr;
    TimelineView *m_timeline = nullptr;
    EventDetailsView *m_details = nullptr;
    FilterPanel *m_filters = nullptr;
    StoryPanel *m_stories = nullptr;
    SourceReaderPanel *m_reader = nullptr;
    SourcesToCheckView *m_sourcesToCheck = nullptr;
    CaseActions *m_actions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    OpenDialog m_openDialog;
    OpenDialog m_importDialog;
    SaveDialog m_exportSaveDialog;
    MessageSink m_messageSink;
    // Desktop integration (issue 8): another Caseline with the same file open, quitting during work.
    void warnIfOpenElsewhere(const QString &path);
    void addOpenedToRecentFiles();
    bool closeWhileWorking();
    std::unique_ptr<CaseInstanceLock> m_instanceLock;
    StepsPerPass *m_afterOpen;  // what opening a case leaves for later passes of the event loop
    QString m_notYetRecent;     // opened, not yet in the recent files (a step of m_afterOpen)
    QuitQuestion m_quitQuestion;
    bool m_quitRequested = false;
};

}  // namespace caseline
