#include "BackgroundTask.h"

#include "WindowInputBlock.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <atomic>

namespace caseline {

namespace {

// Runs `work` on a worker thread while the window's events (and `progress`) go on; returns when
// the work has ended.
void runOnWorker(QProgressDialog &progress, const std::function<void()> &work)
{
    const WindowInputBlock block(progress.parentWidget());
    QEventLoop loop;
    QThread *thread = QThread::create(work);
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    progress.reset();
}

}  // namespace

void runInBackground(QWidget *parent, const QString &label, const std::function<void(const TaskProgress &)> &work)
{
    QProgressDialog progress(label, QObject::tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    std::atomic<bool> cancelled{false};
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    QPointer<QProgressDialog> dialog(&progress);
    const TaskProgress report = [&cancelled, dialog](qint64 done, qint64 total) {
        const int value = total > 0 ? int(done * 1000 / total) : 0;
        QMetaObject::invokeMethod(dialog, [dialog, value] {
            if (dialog)
                dialog->setValue(value);
        }, Qt::QueuedConnection);
        return !cancelled.load();
    };
    runOnWorker(progress, [&work, &report] { work(report); });
}

void runInBackgroundToTheEnd(QWidget *parent, const QString &label, const std::function<void()> &work)
{
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setCancelButton(nullptr);
    progress.setProperty(kRunsToTheEnd, true);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    runOnWorker(progress, work);
}

}  // namespace caseline
