#pragma once

#include "CaseCsvSink.h"
#include "CsvRowBatch.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <deque>
#include <vector>

namespace caseline {

// The rows a CSV parser hands to its sink, carried from the parser's thread to the writer's in
// batches (ParallelCsvParse). Bounded: the parser waits when the writer is this many batches
// behind, so memory stays small whatever the file's size.
class CsvBatchQueue : public CaseCsvSink {
public:
    using Batch = CsvRowBatch;
    // Thrown on the parser's thread once the writer has stopped taking rows.
    struct Stopped {};

    // The parser's side.
    void addJurisdiction(const Jurisdiction &jurisdiction) override;
    void addSource(const Source &source) override;
    void addEvent(const CsvEventRow &event) override;
    void addCitation(qsizetype ordinal, const CsvCitationRow &citation) override;
    void setProgress(qint64 linesDone, qint64 lines);
    // No more rows: hands over the last batch. `error` is what stopped the parser, if anything.
    void close(std::exception_ptr error);
    // Hands over a whole batch another queue's taker is done with (SinkOnThread), waiting while
    // kBatchesAhead are waiting; dropped once stop() was called.
    void put(Batch &&batch);

    // The writer's side. False once the parser has closed the queue and every batch was taken,
    // or once stop() was called.
    bool take(Batch &batch);
    // A batch the writer is done with goes back to the parser's thread to be filled again.
    void giveBack(Batch &&batch);
    // The parser's error, after take() returned false.
    std::exception_ptr error() const;
    // The writer gives up (an error, a cancel): the parser's next hand-over throws Stopped.
    void stop();
    bool stopped() const;
    // Batches handed over and not yet taken: how far the taking side is behind.
    size_t waiting() const;
    static constexpr size_t kBatchesAhead = 8;

private:
    static constexpr size_t kBatchItems = 1024;
    // A batch of long texts goes early, so that the batches waiting stay small in memory.
    static constexpr size_t kBatchTextBytes = 4 * 1024 * 1024;

    template <typename... Row>
    void add(const Row &...row);
    void handOver();

    Batch m_filling;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::vector<Batch> m_spent;  // given back (under the mutex)
    // The parser's side: batches given back, to be filled again. No more than were ever in
    // flight at once (kBatchesAhead and a few), so memory stays bounded.
    std::vector<Batch> m_returned;
    std::vector<Batch> m_pool;
    bool m_closed = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
};

}  // namespace caseline
