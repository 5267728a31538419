#pragma once

#include "storage/CaseChange.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace caseline {

class CaseFile;

// An undoable edit: a change to apply and the change that takes it back. Entities the edit
// creates are removed again on undo without the caller having to know their new ids.
class CaseChangeCommand : public QUndoCommand {
public:
    using ErrorSink = std::function<void(const QString &)>;

    CaseChangeCommand(CaseFile &file, const QString &text, CaseChange redo, CaseChange undo, ErrorSink errors);

    // Applies the change for the first time; false (with the reason) leaves the file unchanged.
    bool applyFirst(QString *error);
    // The change was already written by someone else (an import on a worker thread).
    void markApplied() { m_applied = true; }
    const CaseChange &appliedChange() const { return m_redo; }
    // The events this command writes or removes, undone or redone; none when it may change events
    // it does not name (removing a jurisdiction removes its events with it).
    std::optional<QList<qint64>> touchedEventIds() const;
    // Whether it writes or removes jurisdictions or policy periods (the timeline's lanes and bands).
    bool touchesLanes() const;

    void redo() override;
    void undo() override;

private:
    void run(CaseChange &change);

    CaseFile &m_file;
    CaseChange m_redo;
    CaseChange m_undo;
    ErrorSink m_errors;
    bool m_applied = false;
};

}  // namespace caseline
