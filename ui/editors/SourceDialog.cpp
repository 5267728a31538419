#include "SourceDialog.h"

#include "PartialDateEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace caseline {

SourceDialog::SourceDialog(const Source &s, QWidget *parent) : QDialog(parent), m_original(s)
{
    setObjectName(QStringLiteral("sourceDialog"));
    setWindowTitle(s.id ? tr("Edit Source") : tr("New Source"));
    m_title = new QLineEdit(s.title, this);
    m_publisher = new QLineEdit(s.publisher, this);
    m_author = new QLineEdit(s.author, this);
    m_url = new QLineEdit(s.url, this);
    m_url->setToolTip(tr("The web address of the source, if it has one"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_published = new PartialDateEdit(true, this);
    m_published->setDate(s.published);
    m_kind = new QLineEdit(s.kind, this);
    m_kind->setToolTip(tr("What kind of source this is, in your words"));
    m_kind->setPlaceholderText(tr("article, document, dataset, court filing…"));
    m_text = new QPlainTextEdit(s.text, this);
    m_text->setToolTip(tr("The document's full text: quotes citing this source are checked against it"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Optional: paste the document's full text, so quotes can be checked against it"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_publisher);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Published:"), m_published);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(m_buttons);
    const auto validate = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty() && m_published->isAcceptable());
    };
    connect(m_title, &QLineEdit::textChanged, this, validate);
    connect(m_published, &PartialDateEdit::validityChanged, this, validate);
    validate();
    const int em = fontMetrics().height();  // follows the system font size
    resize(em * 35, em * 32);
}

Source SourceDialog::source() const
{
    Source s = m_original;
    s.title = m_title->text().trimmed();
    s.publisher = m_publisher->text().trimmed();
    s.author = m_author->text().trimmed();
    s.url = m_url->text().trimmed();
    s.published = m_published->date();
    s.kind = m_kind->text().trimmed();
    s.text = m_text->toPlainText();
    return s;
}

}  // namespace caseline
