#include "CommandLine.h"
#include "ExitCode.h"
#include "MainWindow.h"
#include "ApplicationSetup.h"
#include "desktop/WindowGrab.h"
#include "help/ApplicationIcon.h"
#include "help/WelcomeDialog.h"

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
    installTranslations(app);  // the window only: subcommands' output stays English for scripts

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
    const QCommandLineOption grabOption(QStringLiteral("grab"),
                                        QStringLiteral("Open the window at 1024x768, save a picture of it and quit (install checks, screenshots)."),
                                        QStringLiteral("FILE.png"));
    parser.addOption(grabOption);
    const QCommandLineOption grabSelectOption(QStringLiteral("grab-select"),
                                              QStringLiteral("With --grab: select the first event whose title contains TEXT."),
                                              QStringLiteral("TEXT"));
    parser.addOption(grabSelectOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A case file (.caseline) to open."), QStringLiteral("[FILE]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        qWarning("caseline: give at most one case file");
        return ExitUsage;
    }

    app.setWindowIcon(applicationIcon());
    MainWindow window;
    window.show();
    const QString fileArgument = parser.positionalArguments().value(0);
    if (parser.isSet(sampleOption))
        window.openSample();
    else if (fileArgument.isEmpty() && !parser.isSet(grabOption) && WelcomeDialog::isDue())
        WelcomeDialog::showAtFirstStart(window);
    else
        window.openInitialFile(fileArgument);
    if (parser.isSet(grabOption))
        grabWindowAndQuit(window, parser.value(grabOption), parser.value(grabSelectOption));
    return app.exec();
}
