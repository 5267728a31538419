#pragma once

#include <QString>
#include <QTemporaryDir>

namespace caseline::test {

// ../shared beside the checkout: seed articles and third-party data files.
QString sharedDir();
QString sharedPath(const QString &relative);
// tests/data in the source tree.
QString testDataPath(const QString &relative);
// The built caseline executable, for command-line tests.
QString caselineExecutable();
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);

// Result of running the caseline executable.
struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runCaseline(const QStringList &arguments, int timeoutMs = 60000);

}  // namespace caseline::test
