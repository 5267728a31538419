#include "ParallelCsvParse.h"

#include "CaseDataWriter.h"

#include <QScopeGuard>

namespace caseline {

ParallelCsvParse::~ParallelCsvParse() { stopAndJoin(); }

void ParallelCsvParse::stopAndJoin()
{
    if (!m_thread.joinable())
        return;
    m_queue.stop();
    m_thread.join();
}

void ParallelCsvParse::setAlongside(SinkOnThread *next)
{
    m_next = next;
    if (m_next)
        m_next->giveBatchesBackTo(&m_queue);
}

QList<ImportWarning> ParallelCsvParse::run(CaseCsvSink &sink, const CaseCsvParser::Progress &progress)
{
    m_parser.setProgress([this](qint64 linesDone, qint64 lines) {
        m_queue.setProgress(linesDone, lines);
        return true;
    });
    QList<ImportWarning> warnings;
    m_thread = std::thread([this, &warnings] {
        std::exception_ptr error;
        try {
            warnings = m_parser.parse();
        } catch (const CsvBatchQueue::Stopped &) {
            error = std::make_exception_ptr(CsvBatchQueue::Stopped{});  // the writer throws its own reason
        } catch (...) {
            error = std::current_exception();
        }
        m_queue.close(error);
    });
    // On the way out with an error of the writer's: the parser must not outlive this call.
    auto stop = qScopeGuard([this] { stopAndJoin(); });
    CsvBatchQueue::Batch batch;
    qint64 reported = 0;
    while (m_queue.take(batch)) {
        batch.replay(sink);
        const qint64 linesDone = batch.linesDone, lines = batch.lines;
        if (m_next)
            m_next->pass(std::move(batch));
        else
            m_queue.giveBack(std::move(batch));
        if (progress && linesDone > 0 && !progress(linesDone, lines))
            throw ImportCancelled{};
        reported = qMax(reported, linesDone);
    }
    if (const std::exception_ptr error = m_queue.error())
        std::rethrow_exception(error);
    if (m_next)
        m_next->close();
    // Every row is written: said once, also when the parser last counted a few hundred rows before
    // the end (it counts every 512 rows). What comes after (index builds) is measured against this.
    if (progress && reported < lineCount() && !progress(lineCount(), lineCount()))
        throw ImportCancelled{};
    stop.dismiss();
    return warnings;  // written before the queue closed, which take() has seen
}

}  // namespace caseline
