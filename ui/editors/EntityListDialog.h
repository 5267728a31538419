#pragma once

#include <QDialog>
#include <QPointer>

class QListWidget;
class QPushButton;

namespace caseline {

class CaseDocument;
class CaseActions;

// A list of one kind of entity (sources, policy periods) with Add, Edit and Delete. Every change
// goes through the document's command functions, so each is one undo step and is saved at once.
class EntityListDialog : public QDialog {
    Q_OBJECT
public:
    EntityListDialog(CaseDocument &document, CaseActions &actions, const QString &title, QWidget *parent);
    QListWidget *list() const { return m_list; }

protected:
    struct Item {
        qint64 id;
        QString text;
    };
    virtual QList<Item> items() = 0;
    virtual void addItem() = 0;
    virtual void editItem(qint64 id) = 0;
    virtual void removeItem(qint64 id) = 0;
    void reload();
    CaseDocument &document() { return *m_document; }
    bool runDialog(QDialog &dialog);

private:
    qint64 currentId() const;

    QPointer<CaseDocument> m_document;
    CaseActions &m_actions;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

}  // namespace caseline
