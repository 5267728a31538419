#include "PolicyPeriodDialog.h"

#include "PartialDateEdit.h"
#include "storage/CaseFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace caseline {

PolicyPeriodDialog::PolicyPeriodDialog(CaseFile &file, const PolicyPeriod &p, QWidget *parent) : QDialog(parent), m_original(p)
{
    setObjectName(QStringLiteral("policyPeriodDialog"));
    setWindowTitle(p.id ? tr("Edit Policy Period") : tr("New Policy Period"));
    m_jurisdiction = new QComboBox(this);
    for (const Jurisdiction &j : file.jurisdictions())
        m_jurisdiction->addItem(j.displayName(), j.id);
    m_jurisdiction->setCurrentIndex(qMax(0, m_jurisdiction->findData(p.jurisdictionId)));
    m_stance = new QComboBox(this);
    m_stance->setToolTip(tr("The policy in force: one that limits cooperation with ICE, or a 287(g) agreement"));
    for (const auto &entry : stanceVocabulary())
        m_stance->addItem(tr("%1 — %2").arg(stanceLabel(entry.value), stanceFamilyLabel(stanceFamily(entry.value))), int(entry.value));
    m_stance->setCurrentIndex(m_stance->findData(int(p.stance)));
    m_start = new PartialDateEdit(false, this);
    m_start->setDate(p.start);
    m_end = new PartialDateEdit(true, this);
    m_end->setDate(p.end);
    m_end->setPlaceholderText(tr("empty: still in force"));
    m_note = new QPlainTextEdit(p.note, this);
    m_note->setToolTip(tr("Your note: criteria, exceptions, how the dates were derived"));
    m_note->setTabChangesFocus(true);
    m_source = new QComboBox(this);
    m_source->setToolTip(tr("The source that states this stance"));
    m_source->addItem(tr("(no source)"), 0);
    for (const Source &s : file.sources())
        m_source->addItem(s.title, s.id);
    const Citation first = p.citations.value(0);
    m_source->setCurrentIndex(qMax(0, m_source->findData(first.sourceId)));
    m_quote = new QPlainTextEdit(first.quote, this);
    m_quote->setToolTip(tr("Copy the passage word for word, so it can be checked against the source's text"));
    m_quote->setTabChangesFocus(true);
    m_quote->setPlaceholderText(tr("The passage that states the stance, verbatim"));
    for (QPlainTextEdit *edit : {m_note, m_quote})
        edit->setMaximumHeight(fontMetrics().height() * 4);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #C0392B"));
    m_problem->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Jurisdiction:"), m_jurisdiction);
    form->addRow(tr("S&tance:"), m_stance);
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("&Until:"), m_end);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("&Quote:"), m_quote);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_start, &PartialDateEdit::validityChanged, this, &PolicyPeriodDialog::validate);
    connect(m_end, &PartialDateEdit::validityChanged, this, &PolicyPeriodDialog::validate);
    validate();
}

void PolicyPeriodDialog::validate()
{
    QString why;
    if (m_jurisdiction->count() == 0)
        why = tr("Add a jurisdiction first.");
    else if (!m_start->isAcceptable())
        why = tr("From: %1.").arg(m_start->problem());
    else if (!m_end->isAcceptable())
        why = tr("Until: %1.").arg(m_end->problem());
    else if (m_end->date().isValid() && m_end->date().lastDay() < m_start->date().firstDay())
        why = tr("The period ends before it starts.");
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

PolicyPeriod PolicyPeriodDialog::period() const
{
    PolicyPeriod p = m_original;
    p.jurisdictionId = m_jurisdiction->currentData().toLongLong();
    p.stance = Stance(m_stance->currentData().toInt());
    p.start = m_start->date();
    p.end = m_end->date();
    p.note = m_note->toPlainText().trimmed();
    const qint64 sourceId = m_source->currentData().toLongLong();
    Citation first = m_original.citations.value(0);
    first.sourceId = sourceId;
    first.quote = m_quote->toPlainText();
    if (!p.citations.isEmpty())
        p.citations.removeFirst();
    if (sourceId)
        p.citations.prepend(first);
    return p;
}

}  // namespace caseline
