#include "SourceListDialog.h"
#include "DisplayDate.h"

#include "CaseDocument.h"
#include "SourceDialog.h"
#include "storage/CaseFile.h"

namespace caseline {

SourceListDialog::SourceListDialog(CaseDocument &document, CaseActions &actions, QWidget *parent)
    : EntityListDialog(document, actions, tr("Sources"), parent)
{
    setObjectName(QStringLiteral("sourceListDialog"));
    reload();
}

QList<EntityListDialog::Item> SourceListDialog::items()
{
    QList<Item> result;
    for (const Source &s : document().file().sources()) {
        QStringList about{s.title};
        if (!s.publisher.isEmpty())
            about << s.publisher;
        if (s.published.isValid())
            about << DisplayDate::text(s.published);
        result.append({s.id, about.join(QStringLiteral(" · "))});
    }
    return result;
}

void SourceListDialog::addItem()
{
    SourceDialog dialog(Source{}, this);
    if (runDialog(dialog)) {
        Source s = dialog.source();
        document().addSource(s);
    }
}

void SourceListDialog::editItem(qint64 id)
{
    const auto source = document().file().source(id);
    if (!source)
        return;
    SourceDialog dialog(*source, this);
    if (runDialog(dialog))
        document().updateSource(dialog.source());
}

void SourceListDialog::removeItem(qint64 id) { document().removeSource(id); }

}  // namespace caseline
