#pragma once

#include "model/Source.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace caseline {

class PartialDateEdit;

// Adds or edits a source: title, outlet, author, URL, date, kind and (optionally) its full text.
class SourceDialog : public QDialog {
    Q_OBJECT
public:
    explicit SourceDialog(const Source &source, QWidget *parent = nullptr);
    Source source() const;

private:
    Source m_original;
    QLineEdit *m_title;
    QLineEdit *m_publisher;
    QLineEdit *m_author;
    QLineEdit *m_url;
    PartialDateEdit *m_published;
    QLineEdit *m_kind;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

}  // namespace caseline
