#include "CaseChangeCommand.h"

#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

namespace caseline {

namespace {
// Ids of entities in `change` that had none before it was applied.
template <typename T>
void collectNew(const QList<T> &before, const QList<T> &after, QList<qint64> &removals)
{
    for (int i = 0; i < before.size() && i < after.size(); ++i)
        if (before[i].id == 0)
            removals.append(after[i].id);
}
}  // namespace

CaseChangeCommand::CaseChangeCommand(CaseFile &file, const QString &text, CaseChange redo, CaseChange undo, ErrorSink errors)
    : QUndoCommand(text), m_file(file), m_redo(std::move(redo)), m_undo(std::move(undo)), m_errors(std::move(errors))
{
}

bool CaseChangeCommand::applyFirst(QString *error)
{
    const CaseChange before = m_redo;
    try {
        m_redo.apply(m_file);
    } catch (const CaseFileError &e) {
        m_redo = before;
        if (error)
            *error = e.message();
        return false;
    }
    collectNew(before.jurisdictions, m_redo.jurisdictions, m_undo.removeJurisdictions);
    collectNew(before.sources, m_redo.sources, m_undo.removeSources);
    collectNew(before.periods, m_redo.periods, m_undo.removePeriods);
    collectNew(before.events, m_redo.events, m_undo.removeEvents);
    collectNew(before.stories, m_redo.stories, m_undo.removeStories);
    m_applied = true;
    return true;
}

std::optional<QList<qint64>> CaseChangeCommand::touchedEventIds() const
{
    if (!m_redo.removeJurisdictions.isEmpty() || !m_undo.removeJurisdictions.isEmpty())
        return std::nullopt;
    QList<qint64> ids = m_redo.removeEvents + m_undo.removeEvents;
    for (const CaseChange *change : {&m_redo, &m_undo})
        for (const Event &e : change->events)
            if (e.id)
                ids.append(e.id);
    return ids;
}

bool CaseChangeCommand::touchesLanes() const
{
    for (const CaseChange *change : {&m_redo, &m_undo})
        if (!change->jurisdictions.isEmpty() || !change->removeJurisdictions.isEmpty() || !change->periods.isEmpty()
            || !change->removePeriods.isEmpty())
            return true;
    return false;
}

void CaseChangeCommand::redo()
{
    if (m_applied) {  // QUndoStack::push() calls redo(); the change is already on disk
        m_applied = false;
        return;
    }
    run(m_redo);
}

void CaseChangeCommand::undo() { run(m_undo); }

void CaseChangeCommand::run(CaseChange &change)
{
    try {
        change.apply(m_file);
    } catch (const CaseFileError &e) {
        setObsolete(true);
        if (m_errors)
            m_errors(e.message());
    }
}

}  // namespace caseline
