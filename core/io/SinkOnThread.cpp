#include "SinkOnThread.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace caseline {

namespace {

// Below the writer and the parser (0), above idle work (19).
[[maybe_unused]] constexpr int kNice = 10;

}  // namespace

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
#ifdef Q_OS_LINUX
    // Linux gives each thread its own nice value; raising it needs no privilege. Failing only
    // costs speed.
    setpriority(PRIO_PROCESS, gettid(), kNice);
#endif
    CsvBatchQueue::Batch batch;
    while (m_queue.take(batch)) {
        // After an error the sender goes on undisturbed; join() reports it.
        if (!m_error) {
            try {
                batch.replay(m_target);
            } catch (...) {
                m_error = std::current_exception();
            }
        }
        if (m_origin)
            m_origin->giveBack(std::move(batch));
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
