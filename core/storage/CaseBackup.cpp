#include "CaseBackup.h"

#include "CaseFile.h"
#include "Database.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>

namespace caseline {

QString CaseBackup::pathFor(const QString &casePath, const QString &label, const QDateTime &when)
{
    const QFileInfo info(casePath);
    const QString stem = QStringLiteral("%1.%2-backup-%3")
                             .arg(info.completeBaseName(), label, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString candidate = info.dir().filePath(stem + QStringLiteral(".caseline"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = info.dir().filePath(QStringLiteral("%1-%2.caseline").arg(stem).arg(n));
    return candidate;
}

QString CaseBackup::write(CaseFile &file, const QString &label, const Clock &clock)
{
    const QString target = pathFor(file.path(), label, clock.now());
    // A connection of its own: VACUUM refuses to run on one with statements in progress (a view
    // may be half-way through reading), and the copy is of what is committed.
    Database source(file.path(), Database::OpenMode::OpenExisting);
    Statement st = source.prepare(QStringLiteral("VACUUM INTO ?1"));
    st.bindText(1, target);
    st.exec();
    return target;
}

}  // namespace caseline
