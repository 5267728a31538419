#pragma once

#include "EntityListDialog.h"

namespace caseline {

// Case > Sources…: every source of the case, to add, edit or delete (a cited source cannot be
// deleted; the case file says which citations use it).
class SourceListDialog : public EntityListDialog {
    Q_OBJECT
public:
    SourceListDialog(CaseDocument &document, CaseActions &actions, QWidget *parent = nullptr);

protected:
    QList<Item> items() override;
    void addItem() override;
    void editItem(qint64 id) override;
    void removeItem(qint64 id) override;
};

}  // namespace caseline
