// The bad-input corpus (tests/data/bad) through the real MainWindow (issue 7): every broken case
// file opened with File > Open ends in a message box naming the file and the reason, leaves the
// file byte-for-byte as it was and the open case open; every broken import input is refused in
// the import dialog with the same FILE:LINE: message the command line prints, and changes nothing.
#include "ApplicationSetup.h"
#include "CaseActions.h"
#include "CaseDocument.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "import/ImportDialog.h"
#include "io/SampleCase.h"
#include "storage/CaseFile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <sqlite3.h>

using namespace caseline;
using namespace caseline::test;

namespace {

struct Message {
    QString title;
    QString text;
};

void execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
}

QStringList committedFiles(bool caseFiles)
{
    QStringList result;
    const QDir bad(testDataPath(QStringLiteral("bad")));
    for (const QString &name : bad.entryList(QDir::Files, QDir::Name))
        if (name != QLatin1String("README.md") && name.startsWith(QLatin1String("case-")) == caseFiles)
            result << name;
    return result;
}

}  // namespace

class TestBadInputGui : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<MainWindow> m_window;
    QList<Message> m_messages;

    QString freshCase(const QString &name)
    {
        const QString target = m_dir.filePath(name);
        QFile::remove(target);
        if (!QFile::copy(m_template, target))
            qFatal("cannot copy the template case");
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    void trigger(const char *name)
    {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    }

private slots:
    void initTestCase()
    {
        setUpApplication(*QCoreApplication::instance());
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.caseline"));
        auto file = CaseFile::open(m_template, CaseFile::OpenMode::CreateIfMissing);
        SampleCase::writeTo(*file);
    }

    void init()
    {
        m_messages.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setMessageSink([this](const QString &title, const QString &text) { m_messages.append({title, text}); });
        m_window->show();
        QVERIFY(m_window->openFile(freshCase(QStringLiteral("open.caseline"))));
    }

    void cleanup() { m_window.reset(); }

    void brokenCaseFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        const QStringList files = committedFiles(true);
        QVERIFY(files.size() >= 4);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << name << QString();
        QTest::newRow("newer schema") << "@newer-schema" << ": made by a newer Caseline (case-file schema 9999";
        QTest::newRow("other SQLite database") << "@other-sqlite" << ": an SQLite database, but not a Caseline case file";
        QTest::newRow("a folder") << "@folder" << ": is a folder, not a case file";
        QTest::newRow("missing") << "@missing" << ": no such file";
    }
    void brokenCaseFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const QString openPath = m_window->document()->path();
        const qint64 openEvents = m_window->document()->file().eventCount();
        QString target = m_dir.filePath(QStringLiteral("broken-") + QString(file).remove(u'@'));
        if (file == QLatin1String("@newer-schema")) {
            target = freshCase(QStringLiteral("newer.caseline"));
            execSql(target, "PRAGMA user_version = 9999");
        } else if (file == QLatin1String("@other-sqlite")) {
            execSql(target, "CREATE TABLE notes(x); INSERT INTO notes VALUES ('mine')");
        } else if (file == QLatin1String("@folder")) {
            QVERIFY(QDir().mkpath(target));
        } else if (!file.startsWith(u'@')) {
            QFile::remove(target);
            QVERIFY(QFile::copy(testDataPath(QStringLiteral("bad/") + file), target));
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        }
        const QByteArray before = QFileInfo(target).isFile() ? readFile(target) : QByteArray();

        m_window->setOpenDialog([&] { return target; });
        trigger("actionOpen");

        QCOMPARE(m_messages.size(), 1);
        QCOMPARE(m_messages.first().title, QStringLiteral("Cannot open the case file"));
        const QString text = m_messages.first().text;
        QVERIFY2(text.startsWith(target + QStringLiteral(": ")), qPrintable(text));
        if (!reason.isEmpty())
            QVERIFY2(text.contains(target + reason), qPrintable(text));
        if (QFileInfo(target).isFile())
            QVERIFY2(readFile(target) == before, "the case file changed");
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")) || QFileInfo(target + QStringLiteral("-wal")).size() == 0);
        // The case that was open stays open and usable.
        QVERIFY(m_window->document());
        QCOMPARE(m_window->document()->path(), openPath);
        QCOMPARE(m_window->document()->file().eventCount(), openEvents);
    }

    void brokenImport_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = committedFiles(false);
        QVERIFY(files.size() >= 40);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << name;
        QTest::newRow("100000 nested brackets") << "@nested";
    }
    void brokenImport()
    {
        QFETCH(QString, file);
        QString input = testDataPath(QStringLiteral("bad/") + file);
        if (file == QLatin1String("@nested")) {
            input = m_dir.filePath(QStringLiteral("nested.json"));
            writeFile(input, QByteArray(100000, '['));
        }
        const QString casePath = m_window->document()->path();
        const QByteArray before = readFile(casePath);
        const qint64 events = m_window->document()->file().eventCount();

        // What the command line says about the same file, with the format detected the same way.
        const QString cliCase = freshCase(QStringLiteral("cli.caseline"));
        const ProcessResult cli = runCaseline({QStringLiteral("import"), cliCase, input});
        QVERIFY2(cli.exitCode == 2 || cli.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: %2").arg(cli.exitCode).arg(QString::fromUtf8(cli.err))));
        const QString cliMessage = QString::fromUtf8(cli.err).section(u'\n', 0, 0);

        QString problem;
        bool shown = false;
        bool readable = false;
        m_window->caseActions()->setDialogRunner([&](QDialog &dialog) {
            shown = true;
            auto &importer = dynamic_cast<ImportDialog &>(dialog);
            problem = importer.problem();
            readable = importer.isReadable();
            return false;  // Cancel; Import is disabled anyway on a file that cannot be read
        });
        m_window->setImportDialog([&] { return input; });
        trigger("actionImport");

        QVERIFY(shown);
        if (cli.exitCode == 0) {
            // Broken for the format its name suggests, but a valid file of another format
            // (e.g. TimelineJS given as Caseline JSON): the window reads it as the command line does.
            QVERIFY2(readable && problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY(!readable);
            QVERIFY2(problem.startsWith(input + u':'), qPrintable(problem));
            QCOMPARE(problem, cliMessage);
        }
        QVERIFY(m_messages.isEmpty());
        QCOMPARE(m_window->document()->file().eventCount(), events);
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
        m_window.reset();  // closes the case file, so its bytes can be compared
        QVERIFY2(readFile(casePath) == before, "the case file changed");
    }
};

QTEST_MAIN(TestBadInputGui)
#include "TestBadInputGui.moc"
