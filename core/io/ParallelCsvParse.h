#pragma once

#include "CaseCsvParser.h"
#include "CsvBatchQueue.h"

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
    // More work for the parser's thread: `alongside` sees every row there too, and `parsed` runs
    // there after the last one (not after an error), while the writer goes on.
    void setAlongside(CaseCsvSink *alongside, std::function<void()> parsed);
    // Parses, handing every row to `sink` on this thread. `progress` is called here as rows are
    // written; false throws ImportCancelled.
    QList<ImportWarning> run(CaseCsvSink &sink, const CaseCsvParser::Progress &progress);
    // Waits for the `parsed` work and throws what it threw.
    void finishAlongside();

private:
    void stopAndJoin();

    CsvBatchQueue m_queue;
    CaseCsvParser m_parser;
    std::function<void()> m_parsed;
    std::exception_ptr m_parsedError;
    std::thread m_thread;
};

}  // namespace caseline
