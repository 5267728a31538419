#include "CommandLine.h"
#include "ExitCode.h"
#include "MainWindow.h"
#include "ApplicationSetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <unistd.h>

using namespace caseline;

namespace {
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}
// Without XDG_RUNTIME_DIR (cron, CI, ssh) Qt warns on every start; give it the private folder it
// would pick itself, so scripts see only Caseline's own messages.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString folder = QDir::temp().filePath(QStringLiteral("runtime-%1").arg(QString::number(getuid())));
    if (QDir().mkpath(folder)) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
    }
}
}  // namespace

int main(int argc, char *argv[])
{
    const bool subcommand = argc > 1 && CommandLine::isSubcommand(QString::fromLocal8Bit(argv[1]));
    // Headless work (and --help/--version on a server) must not need a display.
    if (!hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ensureRuntimeDirectory();
    QApplication app(argc, argv);
    setUpApplication(app);
    if (subcommand)
        return CommandLine::run(app.arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Case-timeline viewer for local immigration-enforcement policy.\n"
        "Subcommands: sample, import, export, chart, render, stats, check, source\n"
        "(run 'caseline COMMAND --help').\n"
        "With no file, opens the last case file, or the bundled sample the first time."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sampleOption(QStringLiteral("sample"), QStringLiteral("Open the bundled sample case."));
    parser.addOption(sampleOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A case file (.caseline) to open."), QStringLiteral("[FILE]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        qWarning("caseline: give at most one case file");
        return ExitUsage;
    }

    MainWindow window;
    window.show();
    if (parser.isSet(sampleOption))
        window.openSample();
    else
        window.openInitialFile(parser.positionalArguments().value(0));
    return app.exec();
}
