#pragma once

#include "model/PartialDate.h"

#include <QLineEdit>

namespace caseline {

// A date field that takes a year, a year-month or a full date ("2019", "2019-07",
// "2019-07-02"), and says what is wrong while the text is not one of them.
class PartialDateEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit PartialDateEdit(bool optional, QWidget *parent = nullptr);

    PartialDate date() const;
    void setDate(const PartialDate &date);
    // Empty is acceptable for an optional field; otherwise the text must parse.
    bool isAcceptable() const;
    QString problem() const;  // empty when acceptable
    // What the field is for, shown as its tooltip (with the problem while there is one).
    void setHint(const QString &hint);

signals:
    void validityChanged(bool acceptable);

private:
    void updateLook();
    void describe();

    QString m_hint;

    bool m_optional;
};

}  // namespace caseline
