#pragma once

#include <QDateTime>
#include <QString>

namespace caseline {

class CaseFile;
class Clock;

// A timestamped copy of a case file written beside it before anything that cannot be taken back
// easily: a schema migration, deleting a jurisdiction with its events, a too-large import.
// Named NAME.LABEL-backup-YYYYMMDD-HHMMSS.caseline, e.g. "lawrence.v1-backup-20261130-091500.caseline".
class CaseBackup {
public:
    // The name a backup of casePath made at `when` gets; `-2`, `-3` ... is added before the
    // suffix when a backup of that name exists (two actions in one second).
    static QString pathFor(const QString &casePath, const QString &label, const QDateTime &when);
    // Writes a consistent copy (VACUUM INTO) and returns its path. Throws CaseFileError when it
    // cannot be written; callers then do not go ahead with the destructive action.
    static QString write(CaseFile &file, const QString &label, const Clock &clock);
};

}  // namespace caseline
