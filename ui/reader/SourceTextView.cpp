#include "SourceTextView.h"

#include <QMouseEvent>
#include <QTextBlock>

namespace caseline {

SourceTextView::SourceTextView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("sourceText"));
    setAccessibleName(tr("Source text"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void SourceTextView::setSourceText(const QString &text)
{
    QString shown = text;
    // One character for one: offsets stay those of the stored text.
    for (QChar &c : shown)
        if (c == QLatin1Char('\f') || c == QLatin1Char('\r') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char('\n');
    m_marks.clear();
    m_current = -1;
    setPlainText(shown);
    updateHighlights();
}

void SourceTextView::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    updateHighlights();
}

void SourceTextView::setCurrentMark(int id)
{
    m_current = id;
    updateHighlights();
}

int SourceTextView::markAt(qsizetype position) const
{
    int found = -1;
    qsizetype shortest = 0;
    for (const Mark &m : m_marks) {
        if (position >= m.begin && position < m.end && (found < 0 || m.end - m.begin < shortest)) {
            found = m.id;
            shortest = m.end - m.begin;
        }
    }
    return found;
}

std::pair<qsizetype, qsizetype> SourceTextView::selectedRange() const
{
    const QTextCursor c = textCursor();
    return {c.selectionStart(), c.selectionEnd()};
}

void SourceTextView::selectRange(qsizetype begin, qsizetype end)
{
    QTextCursor c(document());
    c.setPosition(int(begin));
    c.setPosition(int(end), QTextCursor::KeepAnchor);
    setTextCursor(c);
}

void SourceTextView::showRange(qsizetype begin, qsizetype end)
{
    QTextCursor c(document());
    c.setPosition(int(qMin<qsizetype>(end, document()->characterCount() - 1)));
    setTextCursor(c);
    centerCursor();
    c.setPosition(int(begin));
    setTextCursor(c);
    ensureCursorVisible();
}

QRect SourceTextView::rectOf(qsizetype position) const
{
    QTextCursor c(document());
    c.setPosition(int(position));
    return cursorRect(c);
}

void SourceTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    // A click, not a drag that selected text: a click on a highlighted passage opens its event.
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int id = markAt(cursorForPosition(event->position().toPoint()).position());
    if (id >= 0)
        emit markClicked(id);
}

void SourceTextView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int length = document()->characterCount() - 1;
    for (const Mark &m : m_marks) {
        if (m.begin < 0 || m.end > length || m.begin >= m.end)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(int(m.begin));
        s.cursor.setPosition(int(m.end), QTextCursor::KeepAnchor);
        const bool current = m.id == m_current;
        s.format.setBackground(current ? QColor(0xFF, 0xC8, 0x4A) : QColor(0xFF, 0xF0, 0xA8));
        s.format.setForeground(QColor(Qt::black));  // readable on the highlight in dark themes too
        if (current)
            s.format.setFontUnderline(true);
        s.format.setToolTip(current ? tr("The selected event's passage") : tr("Cited: click to select its event"));
        // Several events may cite the same words: the selected one is drawn last, on top.
        if (current)
            selections.append(s);
        else
            selections.prepend(s);
    }
    setExtraSelections(selections);
}

}  // namespace caseline
