#pragma once

#include <QPointer>
#include <QTextBrowser>

namespace caseline {

class CaseDocument;

// The selected event with every field, its citations (source, outlet, date, link, quote) and the
// jurisdiction's stance on the event's date. Text from the case file is escaped, never run as
// markup; links open only when clicked, and only http(s) ones.
class EventDetailsView : public QTextBrowser {
    Q_OBJECT
public:
    explicit EventDetailsView(QWidget *parent = nullptr);

    void setDocument(CaseDocument *document);
    qint64 eventId() const { return m_eventId; }
    QSize sizeHint() const override;  // a readable column, so the dock starts at that width

public slots:
    void showEvent(qint64 eventId);
    // Words of the current search, marked wherever they begin a word in the details.
    void setHighlight(const QString &searchText);
    void refresh();

signals:
    void linkRequested(const QUrl &url);

private:
    QString eventHtml(qint64 eventId) const;

    QString esc(const QString &text) const;

    QPointer<CaseDocument> m_document;
    qint64 m_eventId = 0;
    QStringList m_terms;
};

}  // namespace caseline
