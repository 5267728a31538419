#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

namespace caseline {

class CaseDocument;

// The reporter's stories: pick one, see its events in story order with notes, reorder them,
// and show only the story on the timeline.
class StoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit StoryPanel(QWidget *parent = nullptr);

    void setDocument(CaseDocument *document);
    qint64 currentStoryId() const;
    bool selectStory(const QString &name);
    QListWidget *entryList() const { return m_entries; }

    // Adds the events to the current story (or to a new one with that name when none exists).
    bool addEvents(const QList<qint64> &eventIds, const QString &newStoryName = {});

public slots:
    void reload();
    void moveCurrentEntry(int delta);

signals:
    void storyOnlyChanged(qint64 storyId);  // 0 when "show story only" is off
    void eventActivated(qint64 eventId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showEntries();
    void saveNote();

    QPointer<CaseDocument> m_document;
    QComboBox *m_stories;
    QListWidget *m_entries;
    QPlainTextEdit *m_note;
    QCheckBox *m_only;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    bool m_loading = false;
};

}  // namespace caseline
