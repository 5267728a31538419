#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace caseline {

// Keeps clicks, keys, shortcuts, wheel turns and drops away from one window while work runs in the
// background. A window-modal progress dialog only blocks the window once it shows (after 400 ms);
// until then a second Open, an import or an edit could start inside the running one's wait, on the
// same case file. Other top-level windows (the progress dialog, a question asked meanwhile) get
// their input as usual, and closing the window still asks what to do with the work.
class WindowInputBlock : public QObject {
public:
    explicit WindowInputBlock(QWidget *window);
    ~WindowInputBlock() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
};

}  // namespace caseline
