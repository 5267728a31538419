#pragma once

#include "model/PolicyPeriod.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace caseline {

class CaseFile;
class PartialDateEdit;

// Adds or edits a jurisdiction's stance over a period, with the source that states it.
class PolicyPeriodDialog : public QDialog {
    Q_OBJECT
public:
    PolicyPeriodDialog(CaseFile &file, const PolicyPeriod &period, QWidget *parent = nullptr);
    PolicyPeriod period() const;

private:
    void validate();

    PolicyPeriod m_original;
    QComboBox *m_jurisdiction;
    QComboBox *m_stance;
    PartialDateEdit *m_start;
    PartialDateEdit *m_end;
    QPlainTextEdit *m_note;
    QComboBox *m_source;
    QPlainTextEdit *m_quote;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

}  // namespace caseline
