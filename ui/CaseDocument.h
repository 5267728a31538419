#pragma once

#include "model/Event.h"
#include "model/Jurisdiction.h"
#include "model/PolicyPeriod.h"
#include "model/Source.h"
#include "model/Story.h"

#include <QList>
#include <QObject>
#include <QUndoStack>
#include <atomic>
#include <memory>

class QThread;

namespace caseline {

class CaseFile;
class EventColumns;
struct CaseChange;

// An open case file as the window sees it: the file, its undo stack, and one signal that the
// models listen to instead of widgets calling each other. Widgets change data only through the
// command functions below; each is one undo step, written to disk before it returns.
class CaseDocument : public QObject {
    Q_OBJECT
public:
    explicit CaseDocument(std::unique_ptr<CaseFile> file, QObject *parent = nullptr);
    ~CaseDocument() override;

    CaseFile &file() { return *m_file; }
    // A snapshot of the events' places in time, read on a background thread after opening and
    // after each change; none while it is being read (views then ask SQLite). Views take it at
    // their next query; columnsReady says a new one is there.
    std::shared_ptr<const EventColumns> columns() const { return m_columns; }
    bool isReadingColumns() const { return !m_columnReaders.isEmpty(); }
    // A large case's snapshot is being read: views wait for columnsReady instead of asking
    // SQLite, which would block the window for a few hundred milliseconds at a million events.
    // Small cases answer from SQLite at once, as before.
    bool isWaitingForColumns() const { return m_waitingForColumns; }
    // From how many events (by the largest id) views wait; a seam for tests, which set 0.
    static void setWaitForColumnsFrom(qint64 events);
    // Whether documents read a snapshot at all; without one (its read failed) views ask SQLite.
    // A seam for tests of that path.
    static void setReadsColumns(bool reads);
    // Whether the case counts as large (the same bound): work SQLite does over all its events
    // then takes long enough to go to a worker thread.
    bool hasManyEvents() const;
    // Whether the last change (the one `changed` announces) may have changed jurisdictions or
    // policy periods; when not, views may keep their lanes and re-read only events.
    bool lanesMayHaveChanged() const { return m_lanesMayHaveChanged; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString path() const;
    QString title() const;  // the case's own title, or the file name

    // Each returns false and emits errorOccurred when the case file refuses the change.
    bool addEvent(Event &event);  // sets event.id
    bool updateEvent(const Event &event);
    bool removeEvents(const QList<qint64> &eventIds);
    bool addJurisdiction(Jurisdiction &jurisdiction);
    bool updateJurisdiction(const Jurisdiction &jurisdiction);
    // With its events and periods; when it has any, a backup of the case file is written beside
    // it first (backupWritten), and nothing is deleted if that fails.
    bool removeJurisdiction(qint64 id);
    bool addPolicyPeriod(PolicyPeriod &period);
    bool updatePolicyPeriod(const PolicyPeriod &period);
    bool removePolicyPeriod(qint64 id);
    bool addSource(Source &source);
    bool updateSource(const Source &source);
    bool removeSource(qint64 id);
    bool addStory(Story &story);
    bool updateStory(const Story &story);
    bool removeStory(qint64 id);

    // Any edit as data; `undo` must take `redo` back (entities redo creates are handled).
    bool perform(const QString &text, CaseChange &redo, const CaseChange &undo);
    // Records an edit another connection has already written (an import), as one undo step.
    void recordApplied(const QString &text, const CaseChange &redo, const CaseChange &undo);
    // Re-reads the file after a change written elsewhere that cannot be undone.
    void reloadAfterExternalChange();

signals:
    // Something in the case file changed; views re-query what they show.
    void changed();
    void errorOccurred(const QString &message);
    // A copy of the case file was written to path before a destructive bulk action.
    void backupWritten(const QString &path);
    // The snapshot read ended: columns() is the new snapshot, or none when the read failed
    // (views then ask SQLite).
    void columnsReady();

private:
    void undoIndexChanged(int index);
    void readColumns();

    int m_undoIndex = 0;
    bool m_lanesMayHaveChanged = true;
    bool m_waitingForColumns = false;

    std::unique_ptr<CaseFile> m_file;
    QUndoStack m_undoStack;
    std::shared_ptr<const EventColumns> m_columns;
    quint64 m_columnsGeneration = 0;  // results of an older read are dropped
    std::shared_ptr<std::atomic<bool>> m_cancelColumns;
    QList<QThread *> m_columnReaders;
};

}  // namespace caseline
