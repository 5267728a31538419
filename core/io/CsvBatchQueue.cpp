#include "CsvBatchQueue.h"

namespace caseline {

void CsvBatchQueue::addJurisdiction(const Jurisdiction &jurisdiction) { add(jurisdiction); }

void CsvBatchQueue::addSource(const Source &source) { add(source); }

void CsvBatchQueue::addEvent(const CsvEventRow &event) { add(event); }

void CsvBatchQueue::addCitation(qsizetype ordinal, const CsvCitationRow &citation) { add(ordinal, citation); }

template <typename... Row>
void CsvBatchQueue::add(const Row &...row)
{
    m_filling.add(row...);
    if (m_filling.size() >= kBatchItems || m_filling.textBytes() >= kBatchTextBytes)
        handOver();
}

void CsvBatchQueue::setProgress(qint64 linesDone, qint64 lines)
{
    m_filling.linesDone = linesDone;
    m_filling.lines = lines;
}

void CsvBatchQueue::handOver()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_ready.size() < kBatchesAhead; });
    if (m_stopped)
        throw Stopped{};
    const qint64 linesDone = m_filling.linesDone, lines = m_filling.lines;
    m_ready.push_back(std::move(m_filling));
    m_returned.swap(m_spent);
    lock.unlock();
    m_changed.notify_all();
    // Filled again with the storage it has grown: a new batch grows its buffers from nothing (a
    // quarter of the batches of a million-row import were new while spent ones were freed).
    for (Batch &spent : m_returned)
        m_pool.push_back(std::move(spent));
    m_returned.clear();
    if (m_pool.empty()) {
        m_filling = Batch{};
    } else {
        m_filling = std::move(m_pool.back());
        m_pool.pop_back();
        m_filling.clear();
    }
    m_filling.linesDone = linesDone;
    m_filling.lines = lines;
}

void CsvBatchQueue::put(Batch &&batch)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_ready.size() < kBatchesAhead; });
        if (m_stopped)
            return;
        m_ready.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

void CsvBatchQueue::giveBack(Batch &&batch)
{
    std::unique_lock lock(m_mutex);
    // Once the parser has finished, nobody would free it there.
    if (m_closed || m_stopped)
        return;  // `batch` is freed by its owner
    m_spent.push_back(std::move(batch));
}

void CsvBatchQueue::close(std::exception_ptr error)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_filling.isEmpty() && !m_stopped)
            m_ready.push_back(std::move(m_filling));
        m_error = std::move(error);
        m_closed = true;
    }
    m_changed.notify_all();
}

bool CsvBatchQueue::take(Batch &batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_closed || m_stopped || !m_ready.empty(); });
    if (m_stopped || m_ready.empty())
        return false;
    batch = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

std::exception_ptr CsvBatchQueue::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void CsvBatchQueue::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_ready.clear();
    }
    m_changed.notify_all();
}

bool CsvBatchQueue::stopped() const
{
    std::lock_guard lock(m_mutex);
    return m_stopped;
}

size_t CsvBatchQueue::waiting() const
{
    std::lock_guard lock(m_mutex);
    return m_ready.size();
}

}  // namespace caseline
