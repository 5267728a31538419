#pragma once

#include "model/Jurisdiction.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace caseline {

// Adds or edits a jurisdiction (a lane): name, kind, state, county, FIPS, population and its year.
class JurisdictionDialog : public QDialog {
    Q_OBJECT
public:
    explicit JurisdictionDialog(const Jurisdiction &jurisdiction, QWidget *parent = nullptr);
    Jurisdiction jurisdiction() const;
    QLineEdit *nameEdit() const { return m_name; }

private:
    Jurisdiction m_original;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_state;
    QLineEdit *m_county;
    QLineEdit *m_fips;
    QSpinBox *m_population;
    QSpinBox *m_populationYear;
    QDialogButtonBox *m_buttons;
};

}  // namespace caseline
