#pragma once

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace caseline {

class CaseFile;

// An open case file as the window sees it: the file, its undo stack, and one signal that the
// models listen to instead of widgets calling each other.
class CaseDocument : public QObject {
    Q_OBJECT
public:
    explicit CaseDocument(std::unique_ptr<CaseFile> file, QObject *parent = nullptr);
    ~CaseDocument() override;

    CaseFile &file() { return *m_file; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString path() const;
    QString title() const;  // the case's own title, or the file name

signals:
    // Something in the case file changed; views re-query what they show.
    void changed();

public slots:
    void notifyChanged() { emit changed(); }

private:
    std::unique_ptr<CaseFile> m_file;
    QUndoStack m_undoStack;
};

}  // namespace caseline
