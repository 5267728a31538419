#include "LatestOnWorker.h"

#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"
#include "storage/StatementCancel.h"

#include <QThread>

namespace caseline {

LatestOnWorker::~LatestOnWorker()
{
    if (!m_thread)
        return;
    m_stop->store(true);
    m_thread->wait();
    delete m_thread;
}

void LatestOnWorker::askFor(Question question)
{
    ++m_generation;
    m_next = std::move(question);
    if (!m_thread) {
        start();
        emit workingChanged(true);
        return;
    }
    m_stop->store(true);  // superseded: the new question starts as soon as this one has stopped
}

void LatestOnWorker::giveUp()
{
    ++m_generation;
    m_next.reset();
    if (m_thread)
        m_stop->store(true);
}

void LatestOnWorker::start()
{
    Question question = *std::exchange(m_next, std::nullopt);
    const quint64 generation = m_generation;
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stop = stop;
    auto failure = std::make_shared<QString>();
    // Its own connection: the window's stays free, and WAL lets both read.
    m_thread = QThread::create([path = question.path, work = question.work, stop, failure] {
        try {
            auto file = CaseFile::open(path);
            const StatementCancel cancel(file->database(), [stop] { return !stop->load(); });
            work(*file);
        } catch (const CaseFileError &error) {
            if (!stop->load())
                *failure = error.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this, generation, failure, question = std::move(question)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_next) {
            start();
            return;
        }
        emit workingChanged(false);
        if (generation != m_generation)
            return;
        if (!failure->isEmpty())
            question.failed(*failure);
        else
            question.deliver();
    });
    m_thread->start(QThread::LowPriority);
}

}  // namespace caseline
