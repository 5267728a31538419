#include "CaseInstanceLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <unistd.h>

namespace caseline {

QString CaseInstanceLock::lockPathFor(const QString &casePath)
{
    const QFileInfo info(casePath);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    // Without XDG_RUNTIME_DIR, the folder app/main.cpp gives the window (asking QStandardPaths
    // would only warn and pick a name of its own).
    QString folder = qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")
                         ? QDir::temp().filePath(QStringLiteral("runtime-%1").arg(QString::number(getuid())))
                         : QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (QDir().mkpath(folder))
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    else
        folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("caseline-%1.lock").arg(QString::fromLatin1(key)));
}

CaseInstanceLock::CaseInstanceLock(const QString &casePath) : m_lock(std::make_unique<QLockFile>(lockPathFor(casePath)))
{
    // Never stale by age: a long session keeps its lock. A crashed process's lock is detected by
    // its process id and taken over.
    m_lock->setStaleLockTime(0);
    m_held = m_lock->tryLock(0);
    if (!m_held) {
        QString application;
        m_lock->getLockInfo(&m_otherPid, &m_otherHost, &application);
    }
}

CaseInstanceLock::~CaseInstanceLock() = default;

}  // namespace caseline
