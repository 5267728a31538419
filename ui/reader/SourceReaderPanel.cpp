#include "SourceReaderPanel.h"

#include "BackgroundTask.h"
#include "CaseActions.h"
#include "CaseDocument.h"
#include "DocumentFile.h"
#include "SourceTextView.h"
#include "analysis/PassageEvent.h"
#include "analysis/SourcePages.h"
#include "analysis/SourceMatch.h"
#include "editors/EventEditorDialog.h"
#include "editors/SourceDialog.h"
#include "storage/CaseFile.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace caseline {

namespace {
constexpr int HasTextRole = Qt::UserRole + 1;
}  // namespace

SourceReaderPanel::SourceReaderPanel(CaseActions *actions, QWidget *parent) : QWidget(parent), m_actions(actions)
{
    setObjectName(QStringLiteral("sourceReader"));
    m_sources = new QComboBox(this);
    m_sources->setObjectName(QStringLiteral("readerSourceBox"));
    m_sources->setAccessibleName(tr("Source to read"));
    m_sources->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sources->setMinimumContentsLength(16);
    m_view = new SourceTextView(this);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("readerFind"));
    m_find->setPlaceholderText(tr("Find in the text"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in the source's text"));
    m_page = new QLabel(this);
    m_page->setObjectName(QStringLiteral("readerPageLabel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("readerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_addDocument = new QAction(tr("Add &Document…"), this);
    m_addDocument->setObjectName(QStringLiteral("actionAddDocument"));
    m_addDocument->setToolTip(tr("Store a document's text (.txt, .md, .html, or .pdf with a text layer) as a new source"));
    m_attachDocument = new QAction(tr("A&ttach Text…"), this);
    m_attachDocument->setObjectName(QStringLiteral("actionAttachDocument"));
    m_attachDocument->setToolTip(tr("Keep a document's text with this source, which has none, so its quotes can be checked"));
    m_fromSelection = new QAction(tr("New Event from Se&lection…"), this);
    m_fromSelection->setObjectName(QStringLiteral("actionNewEventFromSelection"));
    m_fromSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_fromSelection->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_fromSelection->setToolTip(tr("Make an event citing the selected passage, with a date, lane and type suggested from it"));
    m_fromSelection->setEnabled(false);
    addAction(m_fromSelection);

    auto *addButton = new QToolButton(this);
    addButton->setDefaultAction(m_addDocument);
    m_attachButton = new QToolButton(this);
    m_attachButton->setDefaultAction(m_attachDocument);
    auto *eventButton = new QToolButton(this);
    eventButton->setDefaultAction(m_fromSelection);
    eventButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *top = new QHBoxLayout;
    top->addWidget(m_sources, 1);
    top->addWidget(m_attachButton);
    top->addWidget(addButton);
    m_findNote = new QLabel(this);
    m_findNote->setObjectName(QStringLiteral("readerFindNote"));
    m_findNote->setTextFormat(Qt::PlainText);
    m_findNote->setWordWrap(true);
    m_findNote->hide();
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_page);  // beside the text's top, where it stays readable in a narrow dock
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(eventButton);
    bottom->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(findRow);
    layout->addWidget(m_findNote);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    connect(m_addDocument, &QAction::triggered, this, [this] {
        const QString path = m_openDialog ? m_openDialog()
                                          : QFileDialog::getOpenFileName(this, tr("Add Document"), QString(), DocumentFile::dialogFilter());
        if (!path.isEmpty())
            addDocument(path);
    });
    connect(m_attachDocument, &QAction::triggered, this, [this] {
        const QString path = m_openDialog ? m_openDialog()
                                          : QFileDialog::getOpenFileName(this, tr("Attach Text"), QString(), DocumentFile::dialogFilter());
        if (!path.isEmpty())
            attachDocument(path);
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(m_find->text()); });
    connect(m_fromSelection, &QAction::triggered, this, &SourceReaderPanel::createEventFromSelection);
    connect(m_sources, &QComboBox::activated, this, [this](int index) { loadSource(m_sources->itemData(index).toLongLong()); });
    connect(m_view, &QPlainTextEdit::selectionChanged, this, [this] {
        const auto [begin, end] = m_view->selectedRange();
        m_fromSelection->setEnabled(m_document && m_sourceId && end > begin);
    });
    connect(m_view, &SourceTextView::markClicked, this, [this](int index) {
        const CitedPassage &p = m_passages.at(index);
        if (!p.eventId)
            return;
        m_eventId = p.eventId;
        m_view->setCurrentMark(index);
        emit eventSelected(p.eventId);
    });
    connect(m_view, &QPlainTextEdit::cursorPositionChanged, this, &SourceReaderPanel::updatePageLabel);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &SourceReaderPanel::updatePageLabel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = m_view->createStandardContextMenu(at);
        menu->insertAction(menu->actions().value(0), m_fromSelection);
        menu->insertSeparator(menu->actions().value(1));
        menu->exec(m_view->viewport()->mapToGlobal(at));
        delete menu;
    });
    setDocument(nullptr);
}

void SourceReaderPanel::setDocument(CaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_sourceId = 0;
    m_eventId = 0;
    if (m_document)
        connect(m_document, &CaseDocument::changed, this, &SourceReaderPanel::reload);
    m_addDocument->setEnabled(m_document);
    // Hidden (as it starts), the sources are listed when it is shown: a case with many sources
    // and citations opens sooner.
    m_openFirstWithText = true;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    reloadNow();
}

void SourceReaderPanel::message(const QString &text)
{
    if (m_messageSink)
        m_messageSink(text);
    else
        QMessageBox::warning(this, tr("Reader"), text);
}

void SourceReaderPanel::fillSourceBox()
{
    const QSignalBlocker block(m_sources);
    m_sources->clear();
    if (!m_document)
        return;
    for (const SourceMatch &s : SourceMatch::all(m_document->file())) {
        m_sources->addItem(s.hasText ? s.title : tr("%1 (no text)").arg(s.title), s.sourceId);
        m_sources->setItemData(m_sources->count() - 1, s.hasText, HasTextRole);
    }
    m_sources->setCurrentIndex(m_sources->findData(m_sourceId));
}

void SourceReaderPanel::reload()
{
    // Hidden (as it starts), it catches up when shown: a case with thousands of sources then
    // pays nothing per edit.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    reloadNow();
}

void SourceReaderPanel::catchUp()
{
    if (m_stale)
        reloadNow();
}

void SourceReaderPanel::reloadNow()
{
    m_stale = false;
    // Sources may have been added, edited or removed, and citations changed.
    fillSourceBox();
    if (std::exchange(m_openFirstWithText, false)) {
        // A case just opened: on the first source that has a text to read.
        const int withText = m_sources->findData(true, HasTextRole);
        loadSource(m_sources->itemData(qMax(0, withText)).toLongLong());
        return;
    }
    if (m_sourceId && m_sources->findData(m_sourceId) < 0)
        m_sourceId = 0;
    const qint64 id = m_sourceId ? m_sourceId : (m_sources->count() ? m_sources->itemData(0).toLongLong() : 0);
    const auto source = id && m_document ? m_document->file().source(id) : std::nullopt;
    if (id != m_sourceId || !source || source->text != m_text) {
        loadSource(id);
        return;
    }
    updateMarks();
}

void SourceReaderPanel::showSource(qint64 sourceId)
{
    catchUp();
    if (sourceId != m_sourceId)
        loadSource(sourceId);
}

void SourceReaderPanel::loadSource(qint64 sourceId)
{
    const auto source = sourceId && m_document ? m_document->file().source(sourceId) : std::nullopt;
    m_sourceId = source ? sourceId : 0;
    m_text = source ? source->text : QString();
    m_normalText = QuoteVerifier::Text(m_text);
    {
        const QSignalBlocker block(m_sources);
        m_sources->setCurrentIndex(m_sources->findData(m_sourceId));
    }
    m_view->setSourceText(m_text);
    if (!source)
        m_view->setPlaceholderText(m_document ? tr("The case has no sources yet: add a document.") : QString());
    else if (m_text.trimmed().isEmpty())
        m_view->setPlaceholderText(tr("This source keeps no text, so its quotes cannot be checked: Attach Text reads it from "
                                      "a document file, or paste it in the source (Case > Sources…)."));
    updateMarks();
    emit sourceShown(m_sourceId);
}

void SourceReaderPanel::updateMarks()
{
    m_passages = m_sourceId && m_document ? CitedPassage::ofSource(m_document->file(), m_sourceId, m_normalText)
                                          : QList<CitedPassage>();
    QList<SourceTextView::Mark> marks;
    int current = -1;
    for (int i = 0; i < m_passages.size(); ++i) {
        const CitedPassage &p = m_passages.at(i);
        if (!p.isLocated())
            continue;
        marks.append({p.begin, p.end, i});
        if (current < 0 && m_eventId && p.eventId == m_eventId)
            current = i;
    }
    m_view->setMarks(marks);
    m_view->setCurrentMark(current);
    updateStatus();
    updatePageLabel();
}

void SourceReaderPanel::updateStatus()
{
    const bool canAttach = m_document && m_sourceId && m_text.trimmed().isEmpty();
    m_attachDocument->setEnabled(canAttach);
    m_attachButton->setVisible(canAttach);
    if (!m_sourceId) {
        m_status->clear();
        return;
    }
    int verified = 0, mismatched = 0;
    for (const CitedPassage &p : m_passages) {
        verified += p.status == QuoteVerifier::Status::Verified;
        mismatched += p.status == QuoteVerifier::Status::Mismatch;
    }
    QString text = tr("%n quote(s) cite this source", nullptr, int(m_passages.size()));
    if (m_text.trimmed().isEmpty() && !m_passages.isEmpty())
        text += tr("; none can be checked without its text.");
    else if (!m_passages.isEmpty())
        text += tr(": %1 found in the text, %2 not found.").arg(verified).arg(mismatched);
    m_status->setText(text);
}

void SourceReaderPanel::updatePageLabel()
{
    const SourcePages pages(m_text);
    if (!pages.hasPages()) {
        m_page->clear();
        return;
    }
    // The page at the top of the view, or the cursor's when it is the one being moved.
    const int top = m_view->cursorForPosition(QPoint(0, 0)).position();
    m_page->setText(tr("Page %1 of %2").arg(pages.pageAt(top).value_or(1)).arg(pages.pageCount()));
}

bool SourceReaderPanel::findNext(const QString &words)
{
    catchUp();
    m_findNote->clear();
    m_findNote->hide();
    if (words.trimmed().isEmpty())
        return false;
    // From the cursor on, then once more from the top.
    const auto findHere = [this, &words] {
        return m_view->find(words) || (m_view->moveCursor(QTextCursor::Start), m_view->find(words));
    };
    if (findHere()) {
        m_find->setStyleSheet(QString());
        return true;
    }
    // Not here: the full-text index says which other sources hold the words.
    QList<SourceMatch> elsewhere = m_document ? SourceMatch::find(m_document->file(), words) : QList<SourceMatch>();
    elsewhere.removeIf([this](const SourceMatch &m) { return m.sourceId == m_sourceId; });
    // The index matches words anywhere in a text or title; the reader needs them together as typed.
    const qint64 started = m_sourceId;
    for (qsizetype i = 0; i < qMin<qsizetype>(elsewhere.size(), 5); ++i) {
        loadSource(elsewhere.at(i).sourceId);
        if (findHere()) {
            m_find->setStyleSheet(QString());
            m_findNote->setText(tr("Not in the previous source; found in “%1” (%n source(s) hold these words).", nullptr,
                                   int(elsewhere.size()))
                                    .arg(elsewhere.at(i).title));
            m_findNote->show();
            return true;
        }
    }
    if (m_sourceId != started)
        loadSource(started);
    m_find->setStyleSheet(QStringLiteral("QLineEdit { background: #ffd6d6; color: black; }"));
    m_findNote->setText(elsewhere.isEmpty() ? tr("No source holds these words.")
                                            : tr("%n source(s) hold these words, but not together as typed.", nullptr,
                                                 int(elsewhere.size())));
    m_findNote->show();
    return false;
}

void SourceReaderPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reloadNow();
        showEvent(m_eventId);
    }
}

void SourceReaderPanel::showEvent(qint64 eventId)
{
    m_eventId = eventId;
    if (!isVisible()) {  // placed on the event when shown
        m_stale = true;
        return;
    }
    if (!m_document || !eventId) {
        m_view->setCurrentMark(-1);
        return;
    }
    const auto event = m_document->file().event(eventId);
    if (!event) {
        m_view->setCurrentMark(-1);
        return;
    }
    // The current source when the event cites it; otherwise the first cited source with text.
    qint64 target = 0;
    for (const Citation &c : event->citations)
        if (c.sourceId == m_sourceId)
            target = m_sourceId;
    for (int i = 0; !target && i < event->citations.size(); ++i) {
        const auto source = m_document->file().source(event->citations.at(i).sourceId);
        if (source && !source->text.trimmed().isEmpty())
            target = source->id;
    }
    if (!target) {
        m_view->setCurrentMark(-1);
        return;
    }
    if (target != m_sourceId)
        loadSource(target);
    for (int i = 0; i < m_passages.size(); ++i) {
        const CitedPassage &p = m_passages.at(i);
        if (p.eventId == eventId && p.isLocated()) {
            m_view->setCurrentMark(i);
            m_view->showRange(p.begin, p.end);
            return;
        }
    }
    m_view->setCurrentMark(-1);
}

DocumentFile SourceReaderPanel::readInBackground(const QString &path)
{
    // A long PDF takes a while: read it off the UI thread, with progress and Cancel.
    DocumentFile doc;
    runInBackground(window(), tr("Reading %1…").arg(QFileInfo(path).fileName()),
                    [&](const TaskProgress &progress) { doc = DocumentFile::read(path, progress); });
    return doc;
}

bool SourceReaderPanel::addDocument(const QString &path)
{
    if (!m_document)
        return false;
    const DocumentFile doc = readInBackground(path);
    if (!doc.isOk()) {
        message(tr("%1: %2").arg(QFileInfo(path).fileName(), doc.error));
        return false;
    }
    Source draft;
    draft.title = QFileInfo(path).completeBaseName();
    draft.kind = doc.kind;
    draft.text = doc.text;
    SourceDialog dialog(draft, window());
    dialog.setWindowTitle(tr("Add Document"));
    // The text is the file's, kept exactly (page breaks included): shown, not edited here.
    if (auto *text = dialog.findChild<QPlainTextEdit *>())
        text->setReadOnly(true);
    if (!m_actions->runDialog(dialog))
        return false;
    Source source = dialog.source();
    source.text = doc.text;
    if (!m_document->addSource(source))
        return false;
    loadSource(source.id);
    if (!doc.notes.isEmpty())
        message(tr("%1: %2").arg(QFileInfo(path).fileName(), doc.notes.join(QLatin1Char('\n'))));
    return true;
}

bool SourceReaderPanel::attachDocument(const QString &path)
{
    const auto source = m_document && m_sourceId ? m_document->file().source(m_sourceId) : std::nullopt;
    if (!source)
        return false;
    if (!source->text.trimmed().isEmpty()) {
        message(tr("“%1” already keeps a text.").arg(source->title));
        return false;
    }
    const DocumentFile doc = readInBackground(path);
    if (!doc.isOk()) {
        message(tr("%1: %2").arg(QFileInfo(path).fileName(), doc.error));
        return false;
    }
    Source withText = *source;
    withText.text = doc.text;
    if (!m_document->updateSource(withText))  // one undo step; reload() shows the text
        return false;
    if (!doc.notes.isEmpty())
        message(tr("%1: %2").arg(QFileInfo(path).fileName(), doc.notes.join(QLatin1Char('\n'))));
    return true;
}

bool SourceReaderPanel::createEventFromSelection()
{
    catchUp();
    const auto [begin, end] = m_view->selectedRange();
    if (!m_document || !m_sourceId || end <= begin) {
        message(tr("Select a passage of the source's text first."));
        return false;
    }
    const auto source = m_document->file().source(m_sourceId);
    if (!source)
        return false;
    const PassageEvent draft = PassageEvent::draft(*source, begin, end, m_document->file().jurisdictions());
    if (!draft.isValid()) {
        message(tr("The selection holds only white space."));
        return false;
    }
    EventEditorDialog dialog(m_document->file(), draft.event, window());
    dialog.setWindowTitle(tr("New Event from Selection"));
    if (!m_actions->runDialog(dialog))
        return false;
    Event event = dialog.event();
    event.id = 0;
    event.key.clear();
    if (!m_document->addEvent(event))
        return false;
    m_eventId = event.id;
    updateMarks();
    emit eventCreated(event.id);
    return true;
}

}  // namespace caseline
