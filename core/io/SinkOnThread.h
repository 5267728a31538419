#pragma once

#include "CsvBatchQueue.h"

#include <functional>
#include <thread>

namespace caseline {

// Hands batches of rows the writer is done with (ParallelCsvParse) to another sink on a thread of
// its own, in the same order, so that slow work beside the writer (the scratch full-text index of
// a large import) neither holds up the parser nor waits for the writer: the parser, the writer and
// this thread share the cores. The rows are the writer's batches, passed on rather than copied
// again by the parser. Bounded like CsvBatchQueue: the writer waits when this thread falls that
// far behind. The thread runs at a lower priority: the writer's work is what the import waits
// for, and the target can tell when it is behind (behind()) and put work off until the rows end.
class SinkOnThread {
public:
    // `afterLast` runs on the thread once close() has been called and every row was handed on.
    SinkOnThread(CaseCsvSink &target, std::function<void()> afterLast);
    // Stops the thread without running `afterLast` if close() was not called or join() not reached.
    ~SinkOnThread();

    // Where batches go once replayed, to be filled again (the parser's queue); without it they
    // are freed. `origin` must outlive this thread.
    void giveBatchesBackTo(CsvBatchQueue *origin) { m_origin = origin; }
    // A batch whose rows this thread hands on next.
    void pass(CsvBatchQueue::Batch &&batch) { m_queue.put(std::move(batch)); }
    // No more rows: the thread hands on the rest, then runs `afterLast`.
    void close();
    // Whether more than half of the rows this thread may fall behind by are waiting for it.
    bool behind() const { return m_queue.waiting() > CsvBatchQueue::kBatchesAhead / 2; }
    // Waits for the thread and throws what the target or `afterLast` threw.
    void join();

private:
    void work();

    CaseCsvSink &m_target;
    std::function<void()> m_afterLast;
    CsvBatchQueue *m_origin = nullptr;
    CsvBatchQueue m_queue;
    std::exception_ptr m_error;
    std::thread m_thread;
};

}  // namespace caseline
