#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace caseline {

class CaseFile;

// The answer to the last of a series of questions that take SQLite seconds in a large case (a
// chart filtered on status without a snapshot, a million events sorted by title), worked out on a
// worker thread with its own connection to the case file, so the window keeps its event loop.
// A newer question stops the one under way (at SQLite's next progress check, StatementCancel) and
// starts once it has stopped; an answer overtaken by a newer question or by giveUp() is dropped.
class LatestOnWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~LatestOnWorker() override;  // stops the worker and waits for it

    // `work` runs on the worker with its own connection to the case file at `path`; `deliver` is
    // then called on this object's thread with its answer. A CaseFileError goes to `failed`.
    template <typename Answer>
    void ask(const QString &path, std::function<Answer(CaseFile &)> work, std::function<void(const Answer &)> deliver,
             std::function<void(const QString &message)> failed)
    {
        auto answer = std::make_shared<std::optional<Answer>>();
        askFor({path, [work, answer](CaseFile &file) { *answer = work(file); },
                [deliver, answer] {
                    if (*answer)
                        deliver(**answer);
                },
                std::move(failed)});
    }

    // Drops the question waiting and the answer of the one under way (stopping it): the caller
    // has answered at once, or its case is gone.
    void giveUp();
    bool isWorking() const { return m_thread != nullptr; }

signals:
    void workingChanged(bool working);

private:
    struct Question {
        QString path;
        std::function<void(CaseFile &)> work;
        std::function<void()> deliver;
        std::function<void(const QString &)> failed;
    };
    void askFor(Question question);
    void start();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
    std::optional<Question> m_next;  // asked while another was worked out
    quint64 m_generation = 0;        // of the last question; older answers are dropped
};

}  // namespace caseline
