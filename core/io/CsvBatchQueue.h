#pragma once

#include "CaseCsvSink.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <deque>
#include <variant>
#include <vector>

namespace caseline {

// The rows a CSV parser hands to its sink, carried from the parser's thread to the writer's in
// batches (ParallelCsvParse). Bounded: the parser waits when the writer is this many batches
// behind, so memory stays small whatever the file's size.
class CsvBatchQueue : public CaseCsvSink {
public:
    struct CitationRow {
        qsizetype ordinal;
        CaseData::LinkedCitation citation;
    };
    using Item = std::variant<Jurisdiction, Source, CaseData::LinkedEvent, CitationRow>;
    struct Batch {
        std::vector<Item> items;
        qint64 linesDone = 0;  // as the parser last reported it (0: not yet)
        qint64 lines = 0;
    };
    // Thrown on the parser's thread once the writer has stopped taking rows.
    struct Stopped {};

    // The parser's side. `alongside`, if set, sees every row first, on the parser's thread.
    void setAlongside(CaseCsvSink *alongside) { m_alongside = alongside; }
    void addJurisdiction(const Jurisdiction &jurisdiction) override;
    void addSource(const Source &source) override;
    void addEvent(CaseData::LinkedEvent &&event) override;
    void addCitation(qsizetype ordinal, const CaseData::LinkedCitation &citation) override;
    void setProgress(qint64 linesDone, qint64 lines);
    // No more rows: hands over the last batch. `error` is what stopped the parser, if anything.
    void close(std::exception_ptr error);

    // The writer's side. False once the parser has closed the queue and every batch was taken,
    // or once stop() was called.
    bool take(Batch &batch);
    // A batch the writer is done with goes back to be freed on the parser's thread, where its
    // text was allocated: freeing it here would contend for the allocator with the parser.
    void giveBack(Batch &&batch);
    // The parser's error, after take() returned false.
    std::exception_ptr error() const;
    // The writer gives up (an error, a cancel): the parser's next hand-over throws Stopped.
    void stop();
    bool stopped() const;
    // Batches handed over and not yet taken: how far the taking side is behind.
    size_t waiting() const;
    static constexpr size_t kBatchesAhead = 8;
    // Replays a batch's rows into a sink, in the order the parser gave them.
    static void replay(Batch &batch, CaseCsvSink &sink);

private:
    static constexpr size_t kBatchItems = 1024;

    void add(Item &&item);
    void handOver();

    CaseCsvSink *m_alongside = nullptr;
    Batch m_filling;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::vector<Batch> m_spent;  // given back, not yet freed
    bool m_closed = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
};

}  // namespace caseline
