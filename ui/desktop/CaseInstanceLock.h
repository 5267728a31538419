#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace caseline {

// Marks a case file as open in this Caseline process, so a second Caseline opening the same
// file can say so. The lock lives in the user's runtime folder, keyed on the canonical path (a
// case file in a read-only folder or reached through a link still gets one), and is released
// when this object goes or the process dies.
class CaseInstanceLock {
public:
    explicit CaseInstanceLock(const QString &casePath);
    ~CaseInstanceLock();

    bool isHeld() const { return m_held; }
    // When another running Caseline has the file open: its process id (0 otherwise).
    qint64 otherProcessId() const { return m_otherPid; }
    QString otherHostName() const { return m_otherHost; }
    static QString lockPathFor(const QString &casePath);

private:
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
    qint64 m_otherPid = 0;
    QString m_otherHost;
};

}  // namespace caseline
