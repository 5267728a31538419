#pragma once

#include "CaseCsvParser.h"
#include "CsvBatchQueue.h"
#include "SinkOnThread.h"

#include <thread>

namespace caseline {

// Parses Caseline CSV on a thread of its own while the calling thread writes what was read
// (CaseCsvBulkImport): parsing and SQLite then run on two cores. The sink sees the same calls
// in the same order as from CaseCsvParser directly, and errors keep their order too: every row
// before a bad one reaches the sink, then the parser's ImportError is thrown here.
class ParallelCsvParse {
public:
    // Rows cross to the writer as UTF-8 copied into batches (CsvRowBatch), which the writer
    // binds as they are.
    ParallelCsvParse(const QByteArray &data, const QString &fileName, const std::optional<InputScan> &known = std::nullopt)
        : m_parser(data, fileName, m_queue, known)
    {
    }
    ~ParallelCsvParse();
    qsizetype lineCount() const { return m_parser.lineCount(); }
    void setConsumed(CaseCsvParser::Consumed consumed) { m_parser.setConsumed(std::move(consumed)); }
    // More work beside the writer: every batch of rows, once written, goes on to `next`, which
    // gives it back to the parser; run() closes `next` after the last row (not after an error).
    // `next` must end its thread before this object is destroyed.
    void setAlongside(SinkOnThread *next);
    // Parses, handing every row to `sink` on this thread. `progress` is called here as rows are
    // written; false throws ImportCancelled.
    QList<ImportWarning> run(CaseCsvSink &sink, const CaseCsvParser::Progress &progress);

private:
    void stopAndJoin();

    CsvBatchQueue m_queue;
    CaseCsvParser m_parser;
    SinkOnThread *m_next = nullptr;
    std::thread m_thread;
};

}  // namespace caseline
