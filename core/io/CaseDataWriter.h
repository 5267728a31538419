#pragma once

#include "CaseData.h"
#include "storage/CaseChange.h"

#include <functional>

namespace caseline {

class CaseFile;

// Writes a CaseData into a case file as one transaction. Entities already present (same key;
// jurisdictions also by name and state) are updated, not duplicated, so re-importing is safe.
class CaseDataWriter {
public:
    struct Counts {
        int sources = 0, jurisdictions = 0, periods = 0, events = 0, stories = 0;
        int added = 0, updated = 0;
    };

    // Called every few hundred entities; returning false cancels: the transaction is rolled back
    // and write() throws ImportCancelled, leaving the case file as it was.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CaseDataWriter(CaseFile &file) : m_file(file) {}
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // When set, write() records how to take the import back (`undo`: remove what it added, restore
    // what it changed) and how to apply it again (`redo`: every entity as written).
    void recordChanges(CaseChange *undo, CaseChange *redo)
    {
        m_undo = undo;
        m_redo = redo;
    }
    Counts write(const CaseData &data);

private:
    void step(qint64 &done, qint64 total);
    template <typename T>
    void remember(QList<T> CaseChange::*entities, QList<qint64> CaseChange::*removals, const std::optional<T> &before,
                  const T &written);

    CaseFile &m_file;
    Progress m_progress;
    CaseChange *m_undo = nullptr;
    CaseChange *m_redo = nullptr;
};

template <typename T>
void CaseDataWriter::remember(QList<T> CaseChange::*entities, QList<qint64> CaseChange::*removals,
                              const std::optional<T> &before, const T &written)
{
    if (!m_undo || !m_redo)
        return;
    if (before)
        (m_undo->*entities).append(*before);
    else
        (m_undo->*removals).append(written.id);
    (m_redo->*entities).append(written);
}

// Thrown by CaseDataWriter::write() when its progress callback asks to stop.
struct ImportCancelled {};

}  // namespace caseline
