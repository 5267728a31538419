#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTextBrowser;

namespace caseline {

// Help > About the Policies: sanctuary ordinances, welcoming-city proclamations, detainers,
// 287(g) agreements and Secure Communities in plain words. Every fact comes from the seed
// articles behind the bundled sample (or, for the 287(g) models, from the two agreements kept
// with the project's data) and is shown with its verbatim passage and where it comes from.
class PoliciesDialog : public QDialog {
    Q_OBJECT
public:
    // A verbatim passage and the file it is quoted from, relative to the shared folder
    // (seeds/… or data/…), so a test can check it word for word.
    struct Passage {
        QString quote;
        QString sourceLabel;
        QString sharedFile;
    };
    struct Topic {
        QString heading;
        QString explanation;
        QList<Passage> passages;
    };

    explicit PoliciesDialog(QWidget *parent = nullptr);

    static QList<Topic> topics();
    QTextBrowser *textBrowser() const { return m_text; }

private:
    static QString toHtml(const QList<Topic> &topics);
    QTextBrowser *m_text;
};

}  // namespace caseline
