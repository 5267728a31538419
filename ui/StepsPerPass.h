#pragma once

#include <QObject>
#include <functional>
#include <queue>

namespace caseline {

// Work that can wait a moment, done one step per pass of the event loop so that the window
// answers keys and clicks between steps (opening a case: file I/O that can take tens of ms
// while its snapshot is read, thousands of list items).
class StepsPerPass : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Runs `step` in a later pass than any step added before it.
    void add(std::function<void()> step);

private:
    void queueNext();
    void runNext();

    std::queue<std::function<void()>> m_steps;
    bool m_queued = false;  // runNext() is posted
};

}  // namespace caseline
