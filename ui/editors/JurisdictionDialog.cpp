#include "JurisdictionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace caseline {

JurisdictionDialog::JurisdictionDialog(const Jurisdiction &j, QWidget *parent) : QDialog(parent), m_original(j)
{
    setObjectName(QStringLiteral("jurisdictionDialog"));
    setWindowTitle(j.id ? tr("Edit Jurisdiction") : tr("New Jurisdiction"));
    m_name = new QLineEdit(j.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind = new QComboBox(this);
    m_kind->setToolTip(tr("City, county, state, agency or federal level"));
    for (const auto &entry : jurisdictionKindVocabulary())
        m_kind->addItem(jurisdictionKindLabel(entry.value), int(entry.value));
    m_kind->setCurrentIndex(m_kind->findData(int(j.kind)));
    m_state = new QLineEdit(j.state, this);
    m_state->setToolTip(tr("The state's two-letter postal code; empty for a federal agency"));
    m_state->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_state));
    m_state->setPlaceholderText(tr("two-letter code, e.g. KS"));
    m_county = new QLineEdit(j.county, this);
    m_fips = new QLineEdit(j.fips, this);
    m_fips->setToolTip(tr("The Census Bureau's FIPS code of the place or county, to match population data"));
    m_fips->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,10}")), m_fips));
    m_population = new QSpinBox(this);
    m_population->setToolTip(tr("Residents, for per-capita charts; 0 when unknown"));
    m_population->setRange(0, 400'000'000);
    m_population->setGroupSeparatorShown(true);
    m_population->setSpecialValueText(tr("unknown"));
    m_population->setValue(int(j.population.value_or(0)));
    m_populationYear = new QSpinBox(this);
    m_populationYear->setToolTip(tr("The year the population was counted or estimated"));
    m_populationYear->setRange(0, 2100);
    m_populationYear->setSpecialValueText(tr("unknown"));
    m_populationYear->setValue(j.populationYear.value_or(0));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&County:"), m_county);
    form->addRow(tr("&FIPS code:"), m_fips);
    form->addRow(tr("&Population:"), m_population);
    form->addRow(tr("Population &year:"), m_populationYear);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    validate();
}

Jurisdiction JurisdictionDialog::jurisdiction() const
{
    Jurisdiction j = m_original;
    j.name = m_name->text().trimmed();
    j.kind = JurisdictionKind(m_kind->currentData().toInt());
    j.state = m_state->text().trimmed().toUpper();
    j.county = m_county->text().trimmed();
    j.fips = m_fips->text().trimmed();
    j.population = m_population->value() > 0 ? std::optional<qint64>(m_population->value()) : std::nullopt;
    j.populationYear = m_populationYear->value() > 0 ? std::optional<int>(m_populationYear->value()) : std::nullopt;
    return j;
}

}  // namespace caseline
