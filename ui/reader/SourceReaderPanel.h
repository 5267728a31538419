#pragma once

#include "DocumentFile.h"
#include "analysis/CitedPassage.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace caseline {

class CaseActions;
class CaseDocument;
class SourceTextView;

// The reader: a source's text beside the timeline. Every cited passage is highlighted and
// linked to its event; clicking one selects the event, and selecting an event scrolls to its
// passage. A passage selected here becomes a new event with its quote, page, and a suggested
// date, lane and type (one undo step). Documents (.txt .md .html .pdf) are added from here.
class SourceReaderPanel : public QWidget {
    Q_OBJECT
public:
    SourceReaderPanel(CaseActions *actions, QWidget *parent = nullptr);

    void setDocument(CaseDocument *document);
    // Seams for tests: the file a document is added from, and where messages go.
    void setOpenDialog(std::function<QString()> dialog) { m_openDialog = std::move(dialog); }
    void setMessageSink(std::function<void(const QString &)> sink) { m_messageSink = std::move(sink); }

    qint64 sourceId() const { return m_sourceId; }
    void showSource(qint64 sourceId);
    // Shows the passage the event cites (switching source when the current one is not cited).
    void showEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }

    // Reads a document file and stores it as a new source, after the source dialog; one undo step.
    bool addDocument(const QString &path);
    // Keeps a document's text with the shown source, when it has none yet; one undo step.
    bool attachDocument(const QString &path);
    // Opens the event editor on a draft made from the selected passage; true when it was added.
    bool createEventFromSelection();
    // Selects the next place the words occur in the text (wrapping to the top); when they are not
    // there, opens the source the full-text index ranks first for them. False if nowhere.
    bool findNext(const QString &words);

    SourceTextView *textView() const { return m_view; }
    QComboBox *sourceBox() const { return m_sources; }
    QLabel *statusLabel() const { return m_status; }
    const QList<CitedPassage> &passages() const { return m_passages; }
    QAction *addDocumentAction() const { return m_addDocument; }
    QAction *attachDocumentAction() const { return m_attachDocument; }
    QAction *eventFromSelectionAction() const { return m_fromSelection; }

signals:
    void eventSelected(qint64 eventId);
    void eventCreated(qint64 eventId);
    void sourceShown(qint64 sourceId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void reloadNow();
    void catchUp();  // a reload deferred while hidden, done now
    DocumentFile readInBackground(const QString &path);
    void fillSourceBox();
    void loadSource(qint64 sourceId);
    void updateMarks();
    void updateStatus();
    void updatePageLabel();
    void message(const QString &text);

    CaseActions *m_actions;
    QPointer<CaseDocument> m_document;
    QComboBox *m_sources;
    QLineEdit *m_find;
    SourceTextView *m_view;
    QLabel *m_page;
    QLabel *m_status;
    QLabel *m_findNote;
    QAction *m_addDocument;
    QAction *m_attachDocument;
    QToolButton *m_attachButton;
    QAction *m_fromSelection;
    qint64 m_sourceId = 0;
    bool m_stale = false;  // the case changed while hidden
    bool m_openFirstWithText = false;  // a case was opened while hidden
    qint64 m_eventId = 0;
    QString m_text;  // the source's text as stored
    QuoteVerifier::Text m_normalText;
    QList<CitedPassage> m_passages;
    std::function<QString()> m_openDialog;
    std::function<void(const QString &)> m_messageSink;
};

}  // namespace caseline
