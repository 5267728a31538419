#include "EntityListDialog.h"

#include "CaseActions.h"
#include "CaseDocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseline {

EntityListDialog::EntityListDialog(CaseDocument &document, CaseActions &actions, const QString &title, QWidget *parent)
    : QDialog(parent), m_document(&document), m_actions(actions)
{
    setWindowTitle(title);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("entityList"));
    m_list->setAccessibleName(title);
    auto *add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Delete"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_remove->setObjectName(QStringLiteral("deleteButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addItem();
        reload();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentId())
            editItem(currentId());
        reload();
    });
    connect(m_list, &QListWidget::itemActivated, m_edit, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentId())
            removeItem(currentId());
        reload();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    const int em = fontMetrics().height();  // follows the system font size
    resize(em * 38, em * 28);
}

bool EntityListDialog::runDialog(QDialog &dialog) { return m_actions.runDialog(dialog); }

qint64 EntityListDialog::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

void EntityListDialog::reload()
{
    const qint64 current = currentId();
    m_list->clear();
    for (const Item &item : items()) {
        auto *entry = new QListWidgetItem(item.text, m_list);
        entry->setData(Qt::UserRole, item.id);
        if (item.id == current)
            m_list->setCurrentItem(entry);
    }
    m_edit->setEnabled(m_list->currentItem());
    m_remove->setEnabled(m_list->currentItem());
}

}  // namespace caseline
