#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace caseline {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    QStringList result;
    for (const QString &path : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(path))
            result << path;
    return result;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(kKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    QSettings().setValue(kKey, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = QSettings().value(kKey).toStringList();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, files);
}

}  // namespace caseline
