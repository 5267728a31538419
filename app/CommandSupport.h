#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QString>
#include <functional>
#include <memory>

namespace caseline {

class CaseFile;

// Shared by the subcommands: strict parsing with usage errors, and opening a case file with the
// DESIGN.md exit codes.
bool parseOrReport(QCommandLineParser &parser, const QStringList &arguments, int positionalCount, int &exitCode);
// Opens the case file or prints why not and returns nullptr (exit code ExitUnusableCaseFile).
std::unique_ptr<CaseFile> openCaseFileOrReport(const QString &path, bool createIfMissing = false,
                                               Database::Threads threads = Database::Threads::MayShare);
void printError(const QString &message);
void printLine(const QString &text);

}  // namespace caseline
