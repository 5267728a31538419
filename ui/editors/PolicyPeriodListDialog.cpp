#include "PolicyPeriodListDialog.h"
#include "DisplayDate.h"

#include "CaseDocument.h"
#include "PolicyPeriodDialog.h"
#include "storage/CaseFile.h"

namespace caseline {

PolicyPeriodListDialog::PolicyPeriodListDialog(CaseDocument &document, CaseActions &actions, qint64 jurisdictionId, QWidget *parent)
    : EntityListDialog(document, actions, tr("Policy Periods"), parent), m_jurisdictionId(jurisdictionId)
{
    setObjectName(QStringLiteral("policyPeriodListDialog"));
    if (const auto j = jurisdictionId ? document.file().jurisdiction(jurisdictionId) : std::nullopt)
        setWindowTitle(tr("Policy Periods of %1").arg(j->displayName()));
    reload();
}

QList<EntityListDialog::Item> PolicyPeriodListDialog::items()
{
    QHash<qint64, QString> names;
    for (const Jurisdiction &j : document().file().jurisdictions())
        names.insert(j.id, j.displayName());
    QList<Item> result;
    for (const PolicyPeriod &p : document().file().policyPeriods(m_jurisdictionId)) {
        const QString until = p.end.isValid() ? DisplayDate::text(p.end) : tr("in force");
        result.append({p.id, tr("%1: %2, %3 – %4").arg(names.value(p.jurisdictionId), stanceLabel(p.stance),
                                                       DisplayDate::text(p.start), until)});
    }
    return result;
}

void PolicyPeriodListDialog::addItem()
{
    PolicyPeriod p;
    p.jurisdictionId = m_jurisdictionId;
    PolicyPeriodDialog dialog(document().file(), p, this);
    if (runDialog(dialog)) {
        p = dialog.period();
        document().addPolicyPeriod(p);
    }
}

void PolicyPeriodListDialog::editItem(qint64 id)
{
    const auto period = document().file().policyPeriod(id);
    if (!period)
        return;
    PolicyPeriodDialog dialog(document().file(), *period, this);
    if (runDialog(dialog))
        document().updatePolicyPeriod(dialog.period());
}

void PolicyPeriodListDialog::removeItem(qint64 id) { document().removePolicyPeriod(id); }

}  // namespace caseline
