#pragma once

#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QTableView;

namespace caseline {

class CaseDocument;
class EventTableModel;

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

    // The file named on the command line, else the last one, else the bundled sample.
    void openInitialFile(const QString &path);
    bool openFile(const QString &path);
    bool openSample();
    CaseDocument *document() const { return m_document.get(); }
    EventTableModel *eventModel() const { return m_eventModel; }
    QTableView *eventTable() const { return m_eventTable; }
    static QString sampleCasePath();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateRecentMenu();
    void updateStatus();
    void showError(const QString &title, const QString &text);
    void openWithDialog();

    std::unique_ptr<CaseDocument> m_document;
    EventTableModel *m_eventModel = nullptr;
    QTableView *m_eventTable = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    OpenDialog m_openDialog;
    MessageSink m_messageSink;
};

}  // namespace caseline
