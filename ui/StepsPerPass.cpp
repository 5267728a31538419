#include "StepsPerPass.h"

namespace caseline {

void StepsPerPass::add(std::function<void()> step)
{
    m_steps.push(std::move(step));
    queueNext();
}

void StepsPerPass::queueNext()
{
    if (m_queued || m_steps.empty())
        return;
    m_queued = true;
    QMetaObject::invokeMethod(this, &StepsPerPass::runNext, Qt::QueuedConnection);
}

void StepsPerPass::runNext()
{
    m_queued = false;
    const std::function<void()> step = std::move(m_steps.front());
    m_steps.pop();
    step();
    queueNext();  // events the step posted run in the next pass too
}

}  // namespace caseline
