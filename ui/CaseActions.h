#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace caseline {

class CaseDocument;

// The edit actions on a case (events, jurisdictions, policy periods, sources), each going
// through the document's undoable command functions. Dialogs run through a seam so tests can
// fill them in.
class CaseActions : public QObject {
    Q_OBJECT
public:
    using DialogRunner = std::function<bool(QDialog &dialog)>;
    using SelectionProvider = std::function<QList<qint64>()>;

    CaseActions(QWidget *window, SelectionProvider selection);

    void setDocument(CaseDocument *document);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    bool runDialog(QDialog &dialog) { return m_runDialog(dialog); }
    void updateEnabled();

    QAction *newEvent;
    QAction *editEvent;
    QAction *duplicateEvent;
    QAction *deleteEvents;
    QAction *newJurisdiction;
    QAction *editJurisdiction;
    QAction *deleteJurisdiction;
    QAction *newPolicyPeriod;
    QAction *newSource;
    QAction *manageSources;
    QAction *managePolicyPeriods;

signals:
    void eventCreated(qint64 eventId);

private:
    QAction *makeAction(const QString &text, const char *objectName, const QString &tip);
    bool run(QDialog &dialog) { return m_runDialog(dialog); }
    void createEvent(bool duplicateSelected);
    void editSelectedEvent();
    void editSelectedJurisdiction();
    qint64 selectedJurisdiction() const;

    QWidget *m_window;
    SelectionProvider m_selection;
    QPointer<CaseDocument> m_document;
    DialogRunner m_runDialog;
};

}  // namespace caseline
