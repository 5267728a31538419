#pragma once

#include <QStringList>

namespace caseline {

// The recently opened case files, newest first, kept in QSettings.
class RecentFiles {
public:
    static constexpr int kMaximum = 10;
    static QStringList list();  // only files that still exist
    static void add(const QString &path);
    static void remove(const QString &path);
};

}  // namespace caseline
