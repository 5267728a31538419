#pragma once

#include <QPlainTextEdit>

namespace caseline {

// A source's stored text, read-only, with its cited passages highlighted. Offsets are those of
// the stored text: page breaks (\f) and other line separators are shown as line breaks one
// character long, so a position here is a position there. Text is always plain, never markup.
class SourceTextView : public QPlainTextEdit {
    Q_OBJECT
public:
    struct Mark {
        qsizetype begin = 0, end = 0;
        int id = 0;  // the caller's number for the passage
    };

    explicit SourceTextView(QWidget *parent = nullptr);

    void setSourceText(const QString &text);
    void setMarks(const QList<Mark> &marks);
    void setCurrentMark(int id);  // drawn stronger; -1 for none
    int currentMark() const { return m_current; }
    const QList<Mark> &marks() const { return m_marks; }
    int markAt(qsizetype position) const;  // the shortest mark holding it, or -1

    // The selected range in the stored text; begin == end when nothing is selected.
    std::pair<qsizetype, qsizetype> selectedRange() const;
    void selectRange(qsizetype begin, qsizetype end);
    // Scrolls the range into the middle of the view and puts the cursor at its start.
    void showRange(qsizetype begin, qsizetype end);
    // Where a character is drawn, in viewport coordinates (for tests and tooltips).
    QRect rectOf(qsizetype position) const;

signals:
    void markClicked(int id);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void updateHighlights();

    QList<Mark> m_marks;
    int m_current = -1;
};

}  // namespace caseline
