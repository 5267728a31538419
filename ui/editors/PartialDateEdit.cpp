#include "PartialDateEdit.h"

namespace caseline {

PartialDateEdit::PartialDateEdit(bool optional, QWidget *parent) : QLineEdit(parent), m_optional(optional)
{
    setPlaceholderText(optional ? tr("optional: YYYY, YYYY-MM or YYYY-MM-DD") : tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_hint = tr("A year (2019), a month (2019-07) or a day (2019-07-02): give only what the source says.");
    describe();
    setMaxLength(10);
    connect(this, &QLineEdit::textChanged, this, &PartialDateEdit::updateLook);
}

PartialDate PartialDateEdit::date() const { return PartialDate::parse(text()); }
void PartialDateEdit::setDate(const PartialDate &date) { setText(date.toIsoString()); }

void PartialDateEdit::setHint(const QString &hint)
{
    m_hint = hint;
    describe();
}

void PartialDateEdit::describe()
{
    // Not by colour alone: the tooltip and the screen-reader description say what is wrong.
    const QString why = isAcceptable() ? m_hint : tr("%1 — %2").arg(problem(), m_hint);
    setToolTip(why);
    setAccessibleDescription(why);
}

bool PartialDateEdit::isAcceptable() const { return problem().isEmpty(); }

QString PartialDateEdit::problem() const
{
    if (text().trimmed().isEmpty())
        return m_optional ? QString() : tr("a date is required");
    QString why;
    PartialDate::parse(text(), &why);
    return why;
}

void PartialDateEdit::updateLook()
{
    const bool ok = isAcceptable();
    setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { border: 2px solid #C0392B; }"));
    describe();
    emit validityChanged(ok);
}

}  // namespace caseline
