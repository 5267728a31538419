#include "SinkOnThread.h"

namespace caseline {

SinkOnThread::SinkOnThread(CaseCsvSink &target, std::function<void()> afterLast)
    : m_target(target), m_afterLast(std::move(afterLast)), m_thread([this] { work(); })
{
}

SinkOnThread::~SinkOnThread()
{
    if (!m_thread.joinable())
        return;
    m_queue.stop();
    m_thread.join();
}

void SinkOnThread::work()
{
    CsvBatchQueue::Batch batch;
    while (m_queue.take(batch)) {
        if (m_error)
            continue;  // the sender goes on undisturbed; join() reports the error
        try {
            CsvBatchQueue::replay(batch, m_target);
        } catch (...) {
            m_error = std::current_exception();
        }
        m_queue.giveBack(std::move(batch));
    }
    // Stopped by the destructor: the import is being abandoned, nothing more to do.
    if (m_error || m_queue.stopped() || !m_afterLast)
        return;
    try {
        m_afterLast();
    } catch (...) {
        m_error = std::current_exception();
    }
}

void SinkOnThread::close() { m_queue.close(nullptr); }

void SinkOnThread::join()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        std::rethrow_exception(m_error);
}

}  // namespace caseline
