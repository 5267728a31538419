#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace caseline {

// Long work off the UI thread: runs `work` on a worker thread while a progress dialog with Cancel
// shows, and returns when it ends. `work` receives a progress callback (done, total) that
// answers false once the user has cancelled; it keeps its own result.
using TaskProgress = std::function<bool(qint64 done, qint64 total)>;
void runInBackground(QWidget *parent, const QString &label, const std::function<void(const TaskProgress &)> &work);
// The same for work that can be neither cancelled nor measured: a busy indicator, no Cancel. Its
// dialog carries the property kRunsToTheEnd, so that quitting waits instead of cancelling.
void runInBackgroundToTheEnd(QWidget *parent, const QString &label, const std::function<void()> &work);
inline constexpr char kRunsToTheEnd[] = "caselineRunsToTheEnd";

}  // namespace caseline
