#include "CaseActions.h"

#include "CaseDocument.h"
#include "editors/EventEditorDialog.h"
#include "editors/JurisdictionDialog.h"
#include "editors/PolicyPeriodListDialog.h"
#include "editors/SourceListDialog.h"
#include "editors/PolicyPeriodDialog.h"
#include "editors/SourceDialog.h"
#include "storage/CaseFile.h"

#include <QAction>
#include <QDialog>
#include <QMessageBox>
#include <QWidget>

namespace caseline {

CaseActions::CaseActions(QWidget *window, SelectionProvider selection)
    : QObject(window), m_window(window), m_selection(std::move(selection)),
      m_runDialog([](QDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
{
    newEvent = makeAction(tr("&New Event…"), "actionNewEvent", tr("Add an event to a jurisdiction's lane"));
    newEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    editEvent = makeAction(tr("&Edit Event…"), "actionEditEvent", tr("Edit the selected event and its citations"));
    editEvent->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    duplicateEvent = makeAction(tr("Dup&licate Event…"), "actionDuplicateEvent", tr("Start a new event from a copy of the selected one"));
    duplicateEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    deleteEvents = makeAction(tr("&Delete Event"), "actionDeleteEvents", tr("Delete the selected events (undo brings them back)"));
    deleteEvents->setShortcut(QKeySequence::Delete);
    newJurisdiction = makeAction(tr("New &Jurisdiction…"), "actionNewJurisdiction", tr("Add a city, county, state or agency lane"));
    editJurisdiction = makeAction(tr("Edit J&urisdiction…"), "actionEditJurisdiction", tr("Edit the selected event's jurisdiction"));
    deleteJurisdiction = makeAction(tr("Delete Jurisdiction"), "actionDeleteJurisdiction",
                                    tr("Delete the selected event's jurisdiction with all its events and periods"));
    newPolicyPeriod = makeAction(tr("New &Policy Period…"), "actionNewPolicyPeriod", tr("Record a jurisdiction's stance over a period"));
    newSource = makeAction(tr("New Sourc&e…"), "actionNewSource", tr("Add an article, document or dataset to cite"));
    manageSources = makeAction(tr("Sour&ces…"), "actionManageSources", tr("List, edit and delete the case's sources"));
    managePolicyPeriods = makeAction(tr("Policy Peri&ods…"), "actionManagePolicyPeriods",
                                     tr("List, edit and delete stances: of the selected event's jurisdiction, or all"));

    connect(newEvent, &QAction::triggered, this, [this] { createEvent(false); });
    connect(duplicateEvent, &QAction::triggered, this, [this] { createEvent(true); });
    connect(editEvent, &QAction::triggered, this, &CaseActions::editSelectedEvent);
    connect(deleteEvents, &QAction::triggered, this, [this] {
        if (m_document && !m_selection().isEmpty())
            m_document->removeEvents(m_selection());
    });
    connect(newJurisdiction, &QAction::triggered, this, [this] {
        JurisdictionDialog dialog(Jurisdiction{}, m_window);
        if (m_document && run(dialog)) {
            Jurisdiction j = dialog.jurisdiction();
            m_document->addJurisdiction(j);
        }
    });
    connect(editJurisdiction, &QAction::triggered, this, &CaseActions::editSelectedJurisdiction);
    connect(deleteJurisdiction, &QAction::triggered, this, [this] {
        const qint64 id = selectedJurisdiction();
        if (!id)
            return;
        const auto j = m_document->file().jurisdiction(id);
        const auto answer = QMessageBox::question(m_window, tr("Delete Jurisdiction"),
                                                  tr("Delete %1 with all its events and policy periods? You can undo this.")
                                                      .arg(j ? j->displayName() : QString()));
        if (answer == QMessageBox::Yes)
            m_document->removeJurisdiction(id);
    });
    connect(newPolicyPeriod, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        PolicyPeriod p;
        p.jurisdictionId = selectedJurisdiction();
        PolicyPeriodDialog dialog(m_document->file(), p, m_window);
        if (run(dialog)) {
            p = dialog.period();
            m_document->addPolicyPeriod(p);
        }
    });
    connect(newSource, &QAction::triggered, this, [this] {
        SourceDialog dialog(Source{}, m_window);
        if (m_document && run(dialog)) {
            Source s = dialog.source();
            m_document->addSource(s);
        }
    });
    connect(manageSources, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        SourceListDialog dialog(*m_document, *this, m_window);
        dialog.exec();
    });
    connect(managePolicyPeriods, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        PolicyPeriodListDialog dialog(*m_document, *this, selectedJurisdiction(), m_window);
        dialog.exec();
    });
    updateEnabled();
}

QAction *CaseActions::makeAction(const QString &text, const char *objectName, const QString &tip)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QLatin1String(objectName));
    action->setToolTip(tip);
    action->setStatusTip(tip);
    m_window->addAction(action);
    return action;
}

void CaseActions::setDocument(CaseDocument *document)
{
    m_document = document;
    updateEnabled();
}

void CaseActions::updateEnabled()
{
    const bool open = m_document;
    const int selected = open ? int(m_selection().size()) : 0;
    for (QAction *a : {newEvent, newJurisdiction, newPolicyPeriod, newSource, manageSources, managePolicyPeriods})
        a->setEnabled(open);
    editEvent->setEnabled(selected == 1);
    duplicateEvent->setEnabled(selected == 1);
    deleteEvents->setEnabled(selected > 0);
    editJurisdiction->setEnabled(selected == 1);
    deleteJurisdiction->setEnabled(selected == 1);
}

void CaseActions::createEvent(bool duplicateSelected)
{
    if (!m_document)
        return;
    Event draft;
    if (duplicateSelected) {
        const auto selected = m_selection();
        if (selected.size() != 1)
            return;
        draft = m_document->file().event(selected.first()).value_or(Event{});
        draft.id = 0;
        draft.key.clear();
    } else {
        draft.jurisdictionId = selectedJurisdiction();
    }
    EventEditorDialog dialog(m_document->file(), draft, m_window);
    if (!run(dialog))
        return;
    Event event = dialog.event();
    event.id = 0;
    event.key.clear();
    if (m_document->addEvent(event))
        emit eventCreated(event.id);
}

void CaseActions::editSelectedEvent()
{
    const auto selected = m_selection();
    if (!m_document || selected.size() != 1)
        return;
    const auto event = m_document->file().event(selected.first());
    if (!event)
        return;
    EventEditorDialog dialog(m_document->file(), *event, m_window);
    if (run(dialog)) {
        const Event edited = dialog.event();
        if (!(edited == *event))
            m_document->updateEvent(edited);
    }
}

qint64 CaseActions::selectedJurisdiction() const
{
    const auto selected = m_selection();
    if (!m_document || selected.isEmpty())
        return 0;
    const auto event = m_document->file().event(selected.first());
    return event ? event->jurisdictionId : 0;
}

void CaseActions::editSelectedJurisdiction()
{
    const qint64 id = selectedJurisdiction();
    const auto j = id ? m_document->file().jurisdiction(id) : std::nullopt;
    if (!j)
        return;
    JurisdictionDialog dialog(*j, m_window);
    if (run(dialog))
        m_document->updateJurisdiction(dialog.jurisdiction());
}

}  // namespace caseline
