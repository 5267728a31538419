#pragma once

#include "model/Event.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QDialogButtonBox;

namespace caseline {

class CaseFile;
class PartialDateEdit;

// Adds or edits one event with its people, tags and citations. Validates as you type; OK stays
// disabled while something is wrong and the dialog says what.
class EventEditorDialog : public QDialog {
    Q_OBJECT
public:
    EventEditorDialog(CaseFile &file, const Event &event, QWidget *parent = nullptr);

    Event event() const;  // the edited event (same id as given)
    QString problem() const;

    // Widgets by role, for keyboard users' tab order and for tests.
    QLineEdit *titleEdit() const { return m_title; }
    PartialDateEdit *startEdit() const { return m_start; }
    PartialDateEdit *endEdit() const { return m_end; }
    QComboBox *jurisdictionBox() const { return m_jurisdiction; }
    QComboBox *typeBox() const { return m_type; }

private:
    void addCitationRow(const Citation &citation);
    void validate();

    CaseFile &m_file;
    Event m_original;
    QLineEdit *m_title;
    QComboBox *m_type;
    QComboBox *m_jurisdiction;
    PartialDateEdit *m_start;
    PartialDateEdit *m_end;
    QComboBox *m_status;
    QLineEdit *m_location;
    QPlainTextEdit *m_summary;
    QLineEdit *m_tags;
    QPlainTextEdit *m_people;
    QPlainTextEdit *m_note;
    QTableWidget *m_citations;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

}  // namespace caseline
