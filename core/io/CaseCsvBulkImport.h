#pragma once

#include "CaseCsvParser.h"
#include "CaseDataWriter.h"
#include "ImportError.h"
#include "ImportWarning.h"

#include <QByteArray>
#include <QString>

namespace caseline {

class CaseFile;

// Imports Caseline CSV straight into a case file, row by row, in one transaction: the fast path
// for big files (a million rows), with the same result as CaseCsvReader + CaseDataWriter but
// without holding the whole case in memory. The file is parsed on a second thread
// (ParallelCsvParse) while this one writes; new events go in through prepared statements;
// indexes that nothing in the import reads are rebuilt once at the end when the file is large.
// The full-text index is built beside the writer, on a thread of its own, when a large file goes
// into a case without events (DetachedSearchIndex, SinkOnThread), else filled in one statement
// at the end.
// Re-importing updates what the file added before (content-derived keys).
//
// A caller that owns the case file for the import (the command line) may let a large import
// write through a rollback journal instead of the WAL (setRollbackJournalIfAlone): SQLite's own
// advice for transactions over about 100 MB, and it saves writing every page twice. Only when no
// other connection has the file open; the file is back in WAL mode afterwards, whatever happens.
//
// Bad input throws ImportError (FILE:LINE) and a cancelled progress callback ImportCancelled;
// either way the transaction is rolled back and the case file is as it was.
class CaseCsvBulkImport {
public:
    struct Result {
        CaseDataWriter::Counts counts;
        QList<ImportWarning> warnings;
    };

    explicit CaseCsvBulkImport(CaseFile &file) : m_file(file) {}
    void setProgress(CaseCsvParser::Progress progress) { m_progress = std::move(progress); }
    void setConsumed(CaseCsvParser::Consumed consumed) { m_consumed = std::move(consumed); }
    void setRollbackJournalIfAlone(bool allowed) { m_rollbackJournalIfAlone = allowed; }
    // The input's scan, when the caller read it already (MappedInput::scan()).
    void setInputScan(const std::optional<InputScan> &scan) { m_inputScan = scan; }
    Result import(const QByteArray &data, const QString &fileName);

private:
    CaseFile &m_file;
    CaseCsvParser::Progress m_progress;
    CaseCsvParser::Consumed m_consumed;
    bool m_rollbackJournalIfAlone = false;
    std::optional<InputScan> m_inputScan;
};

}  // namespace caseline
