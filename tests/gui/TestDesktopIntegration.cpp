// Desktop integration (issue 8): the first-run welcome and its three ways in, the warning when
// another Caseline has the same case file open, Help > About the Policies quoting the seed
// articles word for word, About with version and licences, the window title's [*] state, quitting
// while an import runs, and the standard shortcuts.
#include "ApplicationSetup.h"
#include "CaseActions.h"
#include "CaseDocument.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "TestSupport.h"
#include "desktop/CaseInstanceLock.h"
#include "help/AboutDialog.h"
#include "help/PoliciesDialog.h"
#include "help/WelcomeDialog.h"
#include "import/ImportDialog.h"
#include "storage/CaseFile.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace caseline;
using namespace caseline::test;

namespace {

QString simplified(const QString &text) { return text.simplified(); }

// The text of a shared file as plain text: the seeds as they are, the agreements through pdftotext.
QString sharedText(const QString &relative)
{
    const QString path = sharedPath(relative);
    if (!relative.endsWith(QStringLiteral(".pdf")))
        return QString::fromUtf8(readFile(path));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Runs `check` on the next modal dialog to open, then closes it.
void onNextModal(std::function<void(QWidget *)> check)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, check] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        check(modal);
        if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

}  // namespace

class TestDesktopIntegration : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;

    QString copyOfSample(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        MainWindow window;
        if (!window.openSample())
            return {};
        window.document()->file().writeCopy(path);
        return path;
    }

    static void forgetFirstRun()
    {
        QSettings settings;
        settings.remove(WelcomeDialog::shownSettingsKey());
        settings.remove(QStringLiteral("recentFiles"));
    }

private slots:
    void initTestCase()
    {
        setUpApplication(*QCoreApplication::instance());
        QVERIFY(m_dir.isValid());
        QVERIFY(m_runtime.isValid());
        // Lock files go to the runtime folder; this test and the caseline it starts share one.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Closing a window must not end the application between test functions.
        QApplication::setQuitOnLastWindowClosed(false);
    }

    void welcomeOnFirstRunOpensTheSampleAndIsRemembered()
    {
        forgetFirstRun();
        QVERIFY(WelcomeDialog::isDue());
        MainWindow window;
        window.show();
        QString shownTitle;
        onNextModal([&](QWidget *modal) {
            auto *welcome = qobject_cast<WelcomeDialog *>(modal);
            QVERIFY(welcome);
            shownTitle = welcome->windowTitle();
            welcome->sampleButton()->click();
        });
        WelcomeDialog::showAtFirstStart(window);
        QCOMPARE(shownTitle, QStringLiteral("Welcome to Caseline"));
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), MainWindow::sampleCasePath());
        // Remembered: the next start goes straight to the last file.
        QVERIFY(QSettings().value(WelcomeDialog::shownSettingsKey()).toBool());
        QVERIFY(!WelcomeDialog::isDue());
        forgetFirstRun();
        QVERIFY(WelcomeDialog::isDue());
        RecentFiles::add(MainWindow::sampleCasePath());
        QVERIFY2(!WelcomeDialog::isDue(), "a recent file means this is not a first run");
    }

    void closingTheWelcomeStillOpensTheSample()
    {
        forgetFirstRun();
        MainWindow window;
        window.show();
        onNextModal([](QWidget *) {});  // closed with Close / Escape
        WelcomeDialog::showAtFirstStart(window);
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), MainWindow::sampleCasePath());
        QVERIFY(!WelcomeDialog::isDue());
    }

    void welcomeOpensAFileThroughTheOpenAction()
    {
        const QString copy = copyOfSample(QStringLiteral("welcome-open.caseline"));
        MainWindow window;
        window.show();
        window.setOpenDialog([&] { return copy; });
        WelcomeDialog welcome(&window);
        welcome.show();
        QTest::mouseClick(welcome.openButton(), Qt::LeftButton);
        QVERIFY(!welcome.isVisible());
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), copy);
    }

    void welcomeImportsIntoANewCase()
    {
        const QString newCase = m_dir.filePath(QStringLiteral("from-welcome"));  // the suffix is added
        QFile::remove(newCase + QStringLiteral(".caseline"));
        const QString input = sharedPath(QStringLiteral("data/sanctuary/detainer-policies-2014-2015.csv"));
        MainWindow window;
        QStringList errors;
        window.setMessageSink([&](const QString &title, const QString &text) { errors << title + u' ' + text; });
        window.show();
        window.setImportDialog([&] { return input; });
        window.caseActions()->setDialogRunner([](QDialog &dialog) {
            auto *importer = dynamic_cast<ImportDialog *>(&dialog);
            return importer && importer->isReadable();
        });
        WelcomeDialog welcome(&window);
        welcome.setNewCaseDialog([&] { return newCase; });
        welcome.show();
        QTest::mouseClick(welcome.importButton(), Qt::LeftButton);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), newCase + QStringLiteral(".caseline"));
        // The detainer-policy list holds one detainer-limits period per row.
        QCOMPARE(window.document()->file().policyPeriods().size(), 165);
    }

    void secondCaselineOnTheSameFileIsWarnedAbout()
    {
        const QString path = copyOfSample(QStringLiteral("shared-by-two.caseline"));
        const QString lockPath = CaseInstanceLock::lockPathFor(path);
        QVERIFY(!QFile::exists(lockPath));
        QProcess first;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        first.setProcessEnvironment(environment);
        first.start(caselineExecutable(), {path});
        QVERIFY(first.waitForStarted());
        const auto stopFirst = qScopeGuard([&first] {
            first.kill();
            first.waitForFinished();
        });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lockPath), 20000);

        {
            MainWindow window;
            window.show();
            QVERIFY(window.openFile(path));
            QMessageBox *warning = nullptr;
            QTRY_VERIFY((warning = window.findChild<QMessageBox *>(QStringLiteral("openElsewhereWarning"))));
            QVERIFY(warning->isVisible());
            QVERIFY(!warning->isModal());  // the file stays usable meanwhile
            QVERIFY2(warning->text().contains(QStringLiteral("“shared-by-two.caseline” is already open in another Caseline (process %1")
                                                  .arg(first.processId())),
                     qPrintable(warning->text()));
            QVERIFY(window.statusBar()->currentMessage().contains(QString::number(first.processId())));
            warning->close();
        }

        // A Caseline that is gone leaves nothing to warn about (a crash included).
        first.kill();
        first.waitForFinished();
        MainWindow later;
        later.show();
        QVERIFY(later.openFile(path));
        QTest::qWait(50);  // the lock is taken in the next pass of the event loop
        QVERIFY(!later.findChild<QMessageBox *>(QStringLiteral("openElsewhereWarning")));
        // Two windows of this process on one file are deliberate: no warning either.
        MainWindow sameProcess;
        sameProcess.show();
        QVERIFY(sameProcess.openFile(path));
        QTest::qWait(50);
        QVERIFY(!sameProcess.findChild<QMessageBox *>(QStringLiteral("openElsewhereWarning")));
    }

    void policiesQuoteTheSourcesWordForWord()
    {
        const QList<PoliciesDialog::Topic> topics = PoliciesDialog::topics();
        QString allHeadings;
        int checkedAgreements = 0;
        for (const PoliciesDialog::Topic &topic : topics) {
            allHeadings += topic.heading + u'\n';
            QVERIFY2(!topic.passages.isEmpty(), qPrintable(topic.heading));
            QString evidence;
            for (const PoliciesDialog::Passage &passage : topic.passages) {
                QVERIFY2(passage.sharedFile.startsWith(QStringLiteral("seeds/")) || passage.sharedFile.startsWith(QStringLiteral("data/moa/")),
                         qPrintable(passage.sharedFile));
                const QString source = sharedText(passage.sharedFile);
                if (source.isEmpty() && passage.sharedFile.endsWith(QStringLiteral(".pdf")))
                    continue;  // no pdftotext here: the agreements cannot be read
                QVERIFY2(!source.isEmpty(), qPrintable(passage.sharedFile));
                QVERIFY2(simplified(source).contains(simplified(passage.quote)),
                         qPrintable(QStringLiteral("not word for word in %1: %2").arg(passage.sharedFile, passage.quote)));
                if (passage.sharedFile.endsWith(QStringLiteral(".pdf")))
                    ++checkedAgreements;
                evidence += source + passage.sharedFile + u'\n';
            }
            // Invent no dates: every year the explanation gives is in the sources it cites (or their names).
            static const QRegularExpression year(QStringLiteral("\\b(19|20)\\d\\d\\b"));
            for (auto match = year.globalMatch(topic.explanation); match.hasNext();) {
                const QString found = match.next().captured();
                QVERIFY2(evidence.contains(found), qPrintable(QStringLiteral("%1: %2 is not in its sources").arg(topic.heading, found)));
            }
        }
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QCOMPARE(checkedAgreements, 2);
        for (const char *subject : {"Sanctuary", "Welcoming-city", "Detainers", "287(g)", "Secure Communities"})
            QVERIFY2(allHeadings.contains(QLatin1String(subject)), subject);

        // The dialog shows every explanation and every quote, reached from the Help menu (F1).
        MainWindow window;
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("actionAboutPolicies"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QString shown;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<PoliciesDialog *>(modal);
            QVERIFY(dialog);
            shown = dialog->textBrowser()->toPlainText();
        });
        action->trigger();
        for (const PoliciesDialog::Topic &topic : topics) {
            QVERIFY2(simplified(shown).contains(simplified(topic.explanation)), qPrintable(topic.heading));
            for (const PoliciesDialog::Passage &passage : topic.passages)
                QVERIFY2(simplified(shown).contains(simplified(passage.quote)), qPrintable(passage.quote));
        }
        for (const char *fact : {"2003", "2008", "2017", "Jail Enforcement Model", "Task Force Model", "Warrant Service Officer"})
            QVERIFY2(shown.contains(QLatin1String(fact)), fact);
    }

    void aboutShowsVersionAndLicences()
    {
        MainWindow window;
        window.show();
        QString text;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<AboutDialog *>(modal);
            QVERIFY(dialog);
            text = dialog->textBrowser()->toPlainText();
        });
        window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        QVERIFY(!QApplication::applicationVersion().isEmpty());
        QVERIFY2(text.contains(QStringLiteral("Caseline %1").arg(QApplication::applicationVersion())), qPrintable(text));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        for (const char *licence : {"GPL-3.0-or-later", "LGPL-3.0", "SQLite", "public domain", "BSL-1.0", "DejaVu"})
            QVERIFY2(text.contains(QLatin1String(licence)), licence);
    }

    void titleShowsTheFileAndWhetherThisSessionChangedIt()
    {
        const QString path = copyOfSample(QStringLiteral("title.caseline"));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        QCOMPARE(window.windowTitle(), QStringLiteral("title.caseline[*] — Caseline"));
        QVERIFY(!window.isWindowModified());
        Event event;
        event.jurisdictionId = window.document()->file().jurisdictions().first().id;
        event.type = EventType::Statement;
        event.start = PartialDate::day(2024, 5, 6);
        event.title = QStringLiteral("An edit in this session");
        QVERIFY(window.document()->addEvent(event));
        QVERIFY(window.isWindowModified());
        window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QVERIFY2(!window.isWindowModified(), "undoing every change brings the case back to how it was opened");
        window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QVERIFY(window.isWindowModified());
        // Reopened, the change is on disk and the session starts clean.
        QVERIFY(window.openFile(path));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.document()->file().event(event.id)->title, event.title);
    }

    void quitDuringAnImportAsksAndCancelsCleanly_data()
    {
        QTest::addColumn<bool>("quit");
        QTest::newRow("quit") << true;
        QTest::newRow("stay") << false;
    }

    void quitDuringAnImportAsksAndCancelsCleanly()
    {
        QFETCH(bool, quit);
        const QString path = copyOfSample(QStringLiteral("quit-during-import.caseline"));
        // Enough rows that the import is still running when the window is closed.
        const QString csv = m_dir.filePath(QStringLiteral("many-rows.csv"));
        QByteArray rows = "id,jurisdiction,state,type,start,title\n";
        for (int i = 0; i < 40000; ++i)
            rows += QStringLiteral("bulk-%1,Springfield,IL,statement,2020-01-01,Statement number %1\n").arg(i).toUtf8();
        writeFile(csv, rows);
        qint64 eventsBefore = 0;
        {
            auto file = CaseFile::open(path);
            eventsBefore = file->eventCount();
        }

        MainWindow window;
        QStringList errors;
        window.setMessageSink([&](const QString &title, const QString &text) { errors << title + u' ' + text; });
        QStringList questions;
        window.setQuitQuestion([&](const QString &text) {
            questions << text;
            return quit;
        });
        window.caseActions()->setDialogRunner([](QDialog &dialog) {
            auto *importer = dynamic_cast<ImportDialog *>(&dialog);
            return importer && importer->isReadable();
        });
        window.show();
        QVERIFY(window.openFile(path));
        // Close the window as soon as the import is running on its worker thread.
        QTimer closer;
        closer.setInterval(10);
        connect(&closer, &QTimer::timeout, &window, [&] {
            if (window.findChild<QProgressDialog *>()) {
                closer.stop();
                window.close();
            }
        });
        closer.start();
        const bool imported = window.importFile(csv);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().startsWith(QStringLiteral("Importing many-rows.csv")), qPrintable(questions.first()));
        if (quit) {
            QVERIFY(!imported);
            QVERIFY2(errors.isEmpty(), "a cancelled import on quit is not an error to confirm");
            QTRY_VERIFY(!window.isVisible());
            auto file = CaseFile::open(path);
            QCOMPARE(file->eventCount(), eventsBefore);  // cancelled cleanly: nothing half written
        } else {
            QVERIFY(imported);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            QVERIFY(window.isVisible());
            QCOMPARE(window.document()->file().eventCount(), eventsBefore + 40000);
        }
    }

    void standardActionsUseStandardShortcuts()
    {
        MainWindow window;
        const std::pair<const char *, QKeySequence::StandardKey> expected[] = {
            {"actionOpen", QKeySequence::Open},       {"actionQuit", QKeySequence::Quit},
            {"actionUndo", QKeySequence::Undo},       {"actionRedo", QKeySequence::Redo},
            {"actionFind", QKeySequence::Find},       {"actionZoomIn", QKeySequence::ZoomIn},
            {"actionZoomOut", QKeySequence::ZoomOut}, {"actionDeleteEvents", QKeySequence::Delete},
            {"actionAboutPolicies", QKeySequence::HelpContents}, {"actionFullScreen", QKeySequence::FullScreen},
        };
        for (const auto &[name, key] : expected) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            // Some keys have no binding on some platforms (Quit under the off-screen platform's
            // Windows-like scheme); the action then follows the platform, as Qt intends.
            QCOMPARE(action->shortcut(), QKeySequence(key));
            if (!QKeySequence::keyBindings(key).isEmpty())
                QVERIFY2(!action->shortcut().isEmpty(), name);
        }
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"
