#pragma once

#include <QStringList>

namespace caseline {

// The headless subcommands (sample, stats, check, ...). Each returns an ExitCode and writes
// errors to stderr as "FILE:LINE: what is wrong".
class CommandLine {
public:
    static bool isSubcommand(const QString &word);
    static int run(const QStringList &arguments);  // arguments[0] is the program, [1] the subcommand
};

}  // namespace caseline
