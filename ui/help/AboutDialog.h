#pragma once

#include <QDialog>

class QTextBrowser;

namespace caseline {

// Help > About Caseline: the version, what the program is for, and the licences of Caseline and
// of everything it ships with or links (with the versions actually in use).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTextBrowser *textBrowser() const { return m_text; }
    static QString versionLine();
    static QString licencesHtml();

private:
    QTextBrowser *m_text;
};

}  // namespace caseline
