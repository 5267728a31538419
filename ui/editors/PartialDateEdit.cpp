#include "PartialDateEdit.h"

namespace caseline {

PartialDateEdit::PartialDateEdit(bool optional, QWidget *parent) : QLineEdit(parent), m_optional(optional)
{
    setPlaceholderText(optional ? tr("optional: YYYY, YYYY-MM or YYYY-MM-DD") : tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    setToolTip(tr("A year (2019), a month (2019-07) or a day (2019-07-02): give only what the source says."));
    setMaxLength(10);
    connect(this, &QLineEdit::textChanged, this, &PartialDateEdit::updateLook);
}

PartialDate PartialDateEdit::date() const { return PartialDate::parse(text()); }
void PartialDateEdit::setDate(const PartialDate &date) { setText(date.toIsoString()); }

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
    emit validityChanged(ok);
}

}  // namespace caseline
