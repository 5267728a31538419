#pragma once

#include "io/CaseData.h"
#include "io/CaseDataWriter.h"
#include "storage/CaseChange.h"

#include <QObject>
#include <atomic>

namespace caseline {

// Writes parsed data into a case file on a worker thread, through its own connection, with
// progress and cancel. The import is one transaction: cancelled or failed, nothing is written.
class ImportJob : public QObject {
    Q_OBJECT
public:
    // Above this many events an import is not kept for undo (it would hold the whole import in
    // memory twice); a backup copy of the case file is written first instead.
    static constexpr qsizetype kUndoableEvents = 200000;

    ImportJob(QString caseFilePath, CaseData data, bool undoable);

    void cancel() { m_cancelled = true; }
    const CaseChange &undo() const { return m_undo; }
    const CaseChange &redo() const { return m_redo; }
    const CaseDataWriter::Counts &counts() const { return m_counts; }

public slots:
    void run();

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &message);

private:
    QString m_path;
    CaseData m_data;
    bool m_undoable;
    std::atomic<bool> m_cancelled{false};
    CaseChange m_undo;
    CaseChange m_redo;
    CaseDataWriter::Counts m_counts;
};

}  // namespace caseline
