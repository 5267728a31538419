#pragma once

#include "EntityListDialog.h"

namespace caseline {

// Case > Policy Periods…: the stances of one jurisdiction (or of all), to add, edit or delete.
class PolicyPeriodListDialog : public EntityListDialog {
    Q_OBJECT
public:
    PolicyPeriodListDialog(CaseDocument &document, CaseActions &actions, qint64 jurisdictionId, QWidget *parent = nullptr);

protected:
    QList<Item> items() override;
    void addItem() override;
    void editItem(qint64 id) override;
    void removeItem(qint64 id) override;

private:
    qint64 m_jurisdictionId;
};

}  // namespace caseline
