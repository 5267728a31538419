#include "StoryPanel.h"
#include "DisplayDate.h"

#include "CaseDocument.h"
#include "query/EventQuery.h"
#include "storage/CaseFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace caseline {

StoryPanel::StoryPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("storyPanel"));
    setAccessibleName(tr("Stories"));
    m_stories = new QComboBox(this);
    m_stories->setToolTip(tr("The story you are working on"));
    m_stories->setObjectName(QStringLiteral("storyBox"));
    m_stories->setAccessibleName(tr("Story"));
    // A long story name must not widen the whole dock.
    m_stories->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stories->setMinimumContentsLength(10);
    // Tool buttons keep the panel narrow enough to share a dock on a small screen.
    auto *newStory = new QToolButton(this);
    newStory->setText(tr("New…"));
    newStory->setToolTip(tr("Start a new story"));
    auto *deleteStory = new QToolButton(this);
    deleteStory->setText(tr("Delete"));
    deleteStory->setToolTip(tr("Delete this story (its events stay in the case)"));
    m_entries = new QListWidget(this);
    m_entries->setObjectName(QStringLiteral("storyEntries"));
    m_entries->setAccessibleName(tr("Story events"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("storyNote"));
    m_note->setPlaceholderText(tr("Your note on this event in the story"));
    m_note->setMaximumHeight(fontMetrics().height() * 4);
    m_note->setTabChangesFocus(true);
    m_only = new QCheckBox(tr("Show only this story"), this);
    m_only->setToolTip(tr("Filter the timeline and the table to this story's events"));
    m_only->setObjectName(QStringLiteral("storyOnlyCheck"));
    m_up = new QToolButton(this);
    m_up->setText(tr("Up"));
    m_down = new QToolButton(this);
    m_down->setText(tr("Down"));
    m_remove = new QToolButton(this);
    m_remove->setToolTip(tr("Remove the event from the story (it stays in the case)"));
    m_remove->setText(tr("Remove"));
    m_up->setToolTip(tr("Move the event earlier in the story (Alt+Up)"));
    m_down->setToolTip(tr("Move the event later in the story (Alt+Down)"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));

    connect(m_stories, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        showEntries();
        if (m_only->isChecked())
            emit storyOnlyChanged(currentStoryId());
    });
    connect(m_only, &QCheckBox::toggled, this, [this](bool on) { emit storyOnlyChanged(on ? currentStoryId() : 0); });
    connect(m_entries, &QListWidget::currentRowChanged, this, [this](int row) {
        m_loading = true;
        m_note->setPlainText(row >= 0 ? m_entries->item(row)->data(Qt::UserRole + 1).toString() : QString());
        m_loading = false;
        if (row >= 0)
            emit eventActivated(m_entries->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_entries->currentRow() >= 0)
            m_entries->currentItem()->setData(Qt::UserRole + 1, m_note->toPlainText());
    });
    // A note is saved (one undo step) when the user leaves the field, not on every key.
    m_note->installEventFilter(this);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentEntry(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentEntry(1); });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_entries->currentRow();
        auto story = m_document ? m_document->file().story(currentStoryId()) : std::nullopt;
        if (!story || row < 0 || row >= story->entries.size())
            return;
        story->entries.removeAt(row);
        m_document->updateStory(*story);
    });
    connect(newStory, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Story"), tr("Story name:"), QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty() && m_document) {
            Story story;
            story.name = name.trimmed();
            if (m_document->addStory(story))
                selectStory(story.name);
        }
    });
    connect(deleteStory, &QToolButton::clicked, this, [this] {
        if (m_document && currentStoryId())
            m_document->removeStory(currentStoryId());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_stories, 1);
    top->addWidget(newStory);
    top->addWidget(deleteStory);
    auto *moves = new QHBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addWidget(m_remove);
    moves->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_only);
    layout->addWidget(m_entries, 1);
    layout->addLayout(moves);
    layout->addWidget(new QLabel(tr("Note:"), this));
    layout->addWidget(m_note);
}

void StoryPanel::setDocument(CaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CaseDocument::changed, this, &StoryPanel::reload);
    reload();
}

qint64 StoryPanel::currentStoryId() const { return m_stories->currentData().toLongLong(); }

bool StoryPanel::selectStory(const QString &name)
{
    const int index = m_stories->findText(name);
    if (index < 0)
        return false;
    m_stories->setCurrentIndex(index);
    return true;
}

void StoryPanel::reload()
{
    const qint64 current = currentStoryId();
    m_loading = true;
    m_stories->clear();
    if (m_document)
        for (const Story &story : m_document->file().stories())
            m_stories->addItem(story.name, story.id);
    m_stories->setCurrentIndex(qMax(0, m_stories->findData(current)));
    m_loading = false;
    showEntries();
}

void StoryPanel::showEntries()
{
    const int row = m_entries->currentRow();
    m_loading = true;
    m_entries->clear();
    const auto story = m_document && currentStoryId() ? m_document->file().story(currentStoryId()) : std::nullopt;
    if (story) {
        EventQuery query(m_document->file());
        for (const StoryEntry &entry : story->entries) {
            const auto event = query.row(entry.eventId);
            if (!event)
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(DisplayDate::text(event->start), event->title), m_entries);
            item->setData(Qt::UserRole, entry.eventId);
            item->setData(Qt::UserRole + 1, entry.note);
            item->setToolTip(entry.note);
        }
    }
    m_entries->setCurrentRow(qMin(row, m_entries->count() - 1));
    m_note->setPlainText(m_entries->currentItem() ? m_entries->currentItem()->data(Qt::UserRole + 1).toString() : QString());
    m_loading = false;
    for (QWidget *w : {static_cast<QWidget *>(m_up), static_cast<QWidget *>(m_down), static_cast<QWidget *>(m_remove),
                       static_cast<QWidget *>(m_note)})
        w->setEnabled(story.has_value());
}

void StoryPanel::moveCurrentEntry(int delta)
{
    const int row = m_entries->currentRow();
    auto story = m_document ? m_document->file().story(currentStoryId()) : std::nullopt;
    if (!story || row < 0 || row + delta < 0 || row + delta >= story->entries.size())
        return;
    story->entries.move(row, row + delta);
    if (m_document->updateStory(*story))
        m_entries->setCurrentRow(row + delta);
}

void StoryPanel::saveNote()
{
    const int row = m_entries->currentRow();
    auto story = m_document ? m_document->file().story(currentStoryId()) : std::nullopt;
    if (!story || row < 0 || row >= story->entries.size())
        return;
    const QString note = m_note->toPlainText();
    if (story->entries[row].note == note)
        return;
    story->entries[row].note = note;
    m_document->updateStory(*story);
}

bool StoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        saveNote();
    return QWidget::eventFilter(watched, event);
}

bool StoryPanel::addEvents(const QList<qint64> &eventIds, const QString &newStoryName)
{
    if (!m_document || eventIds.isEmpty())
        return false;
    auto story = currentStoryId() ? m_document->file().story(currentStoryId()) : std::nullopt;
    if (!newStoryName.isEmpty())
        story = m_document->file().storyByName(newStoryName);
    if (!story) {
        Story created;
        created.name = newStoryName.isEmpty() ? tr("My story") : newStoryName;
        for (qint64 id : eventIds)
            created.entries.append(StoryEntry{id, {}});
        if (!m_document->addStory(created))
            return false;
        selectStory(created.name);
        return true;
    }
    for (qint64 id : eventIds)
        if (std::none_of(story->entries.begin(), story->entries.end(), [id](const StoryEntry &e) { return e.eventId == id; }))
            story->entries.append(StoryEntry{id, {}});
    if (!m_document->updateStory(*story))
        return false;
    selectStory(story->name);
    return true;
}

}  // namespace caseline
