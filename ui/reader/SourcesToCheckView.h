#pragma once

#include <QPointer>
#include <QThread>
#include <QTreeWidget>

namespace caseline {

class CaseDocument;
struct QuoteCheck;

// "Sources to check": every source some quote cannot be verified against — quotes that do not
// match the source's text, one row each under their source, and sources that keep no text with
// the number of quotes that therefore go unchecked. Activating a quote selects its event;
// activating a source opens it in the reader. Re-checked after each change while shown; a large
// case is checked on a worker thread with its own connection, so opening it never waits for this.
class SourcesToCheckView : public QTreeWidget {
    Q_OBJECT
public:
    enum Role { EventIdRole = Qt::UserRole + 1, SourceIdRole };

    explicit SourcesToCheckView(QWidget *parent = nullptr);
    ~SourcesToCheckView() override;

    void setDocument(CaseDocument *document);
    void refresh();

signals:
    void eventActivated(qint64 eventId);
    void sourceActivated(qint64 sourceId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void changed();
    void checkInBackground();
    void showCheck(const QuoteCheck &check);

    QPointer<CaseDocument> m_document;
    bool m_stale = true;
    QPointer<QThread> m_worker;      // the background check running, if any
    bool m_checkAgain = false;       // the case changed while it ran
};

}  // namespace caseline
