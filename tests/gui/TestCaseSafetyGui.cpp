// Issue 7 in the window: a second window on the same case file sees the first one's edits after
// File > Reload and nothing corrupts; deleting a jurisdiction with its events first writes a
// timestamped backup beside the case file and says where in the status bar.
#include "ApplicationSetup.h"
#include "CaseDocument.h"
#include "EventTableModel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "analysis/CaseCheck.h"
#include "io/SampleCase.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/EventSearchIndex.h"
#include "storage/Schema.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QProgressDialog>
#include <QTimer>

using namespace caseline;

class TestCaseSafetyGui : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString freshSample(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto file = CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing);
        SampleCase::writeTo(*file);
        return path;
    }

    // A version-3 case of 20,000 events, whose upgrade rebuilds their search index.
    QString version3Case(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Database db(path, Database::OpenMode::CreateIfMissing);
        Schema::migrate(db, 0, 3);
        db.exec(QStringLiteral("INSERT INTO jurisdiction(id, key, name, kind, match_key) VALUES (1, 'j1', 'Chicago', 0, 'chicago|')"));
        db.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
            "INSERT INTO event(id, key, jurisdiction_id, type, start_date, first_day, last_day, title) "
            "SELECT i, 'e' || i, 1, 6, '2012', 2455928, 2456293, 'Welcoming city ordinance number ' || i FROM n"));
        return path;
    }

    static qint64 eventsOf(CaseFile &file, qint64 jurisdictionId)
    {
        Statement st = file.database().prepare(QStringLiteral("SELECT count(*) FROM event WHERE jurisdiction_id = ?1"));
        st.bind(1, jurisdictionId);
        return st.step() ? st.int64(0) : 0;
    }

    QStringList backupsIn(const QString &stem) const
    {
        return QDir(m_dir.path()).entryList({stem + QStringLiteral(".before-delete-backup-*.caseline")}, QDir::Files);
    }

private slots:
    void initTestCase()
    {
        setUpApplication(*QCoreApplication::instance());
        QVERIFY(m_dir.isValid());
    }

    void secondWindowSeesChangesAfterReload()
    {
        const QString path = freshSample(QStringLiteral("shared.caseline"));
        MainWindow writer, reader;
        QList<QString> errors;
        for (MainWindow *w : {&writer, &reader}) {
            w->setMessageSink([&errors](const QString &title, const QString &text) { errors << title + u' ' + text; });
            w->show();
            QVERIFY(w->openFile(path));
        }
        const int rowsBefore = reader.eventModel()->rowCount();

        Event e;
        e.jurisdictionId = writer.document()->file().jurisdictions().first().id;
        e.type = EventType::Statement;
        e.start = PartialDate::day(2024, 5, 6);
        e.title = QStringLiteral("Written in the other window");
        QVERIFY(writer.document()->addEvent(e));

        auto *reload = reader.findChild<QAction *>(QStringLiteral("actionReload"));
        QVERIFY(reload);
        QCOMPARE(reload->shortcut(), QKeySequence(QKeySequence::Refresh));
        reload->trigger();
        QCOMPARE(reader.eventModel()->rowCount(), rowsBefore + 1);
        QVERIFY(reader.eventModel()->rowOfEvent(e.id) >= 0);
        QVERIFY2(reader.statusBar()->currentMessage().startsWith(QStringLiteral("Reloaded ")), qPrintable(reader.statusBar()->currentMessage()));

        // The reader edits the writer's event; the writer sees it after its own reload.
        Event edited = *reader.document()->file().event(e.id);
        edited.title = QStringLiteral("Edited in the second window");
        QVERIFY(reader.document()->updateEvent(edited));
        writer.findChild<QAction *>(QStringLiteral("actionReload"))->trigger();
        QCOMPARE(writer.eventModel()->index(writer.eventModel()->rowOfEvent(e.id), EventTableModel::TitleColumn).data().toString(),
                 edited.title);

        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const CaseCheck check = CaseCheck::run(writer.document()->file());
        QCOMPARE(check.integrity, QStringLiteral("ok"));
        QVERIFY(check.isSound());
    }

    // An older case file is upgraded as it opens (a backup, then rebuilding the search index):
    // seconds for a large case, done on a worker thread while the window goes on handling events.
    void upgradesAnOlderFileWithoutBlockingTheWindow()
    {
        const QString path = version3Case(QStringLiteral("version3.caseline"));
        QVERIFY(CaseFile::needsUpgrade(path));
        const QString current = freshSample(QStringLiteral("current.caseline"));
        QVERIFY(!CaseFile::needsUpgrade(current));

        MainWindow window;
        QList<QString> errors;
        window.setMessageSink([&errors](const QString &title, const QString &text) { errors << title + u' ' + text; });
        window.show();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(0);
        QVERIFY(window.openFile(current));
        const int ticksOpeningCurrent = ticks;
        QVERIFY(window.openFile(path));
        ticker.stop();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(ticksOpeningCurrent, 0);  // a current file opens at once, on the window's thread
        QVERIFY(ticks > 0);                // the upgrade let the window's events run
        QCOMPARE(window.document()->file().schemaVersion(), Schema::kCurrentVersion);
        QCOMPARE(window.document()->file().migratedFromVersion(), 3);
        QCOMPARE(window.document()->file().eventCount(), 20000);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Upgraded")));
        QCOMPARE(EventSearchIndex::mismatches(window.document()->file().database()), 0);
    }

    // Quitting while a file is upgraded says that it cannot stop halfway, waits, and closes once
    // the upgrade is done: the file is upgraded whole.
    void quitDuringAnUpgradeWaitsForIt()
    {
        const QString path = version3Case(QStringLiteral("quit-upgrade.caseline"));
        MainWindow window;
        QStringList questions;
        window.setQuitQuestion([&](const QString &text) {
            questions << text;
            return true;
        });
        window.show();
        QTimer closer;
        closer.setInterval(0);
        connect(&closer, &QTimer::timeout, &window, [&] {
            if (window.findChild<QProgressDialog *>()) {
                closer.stop();
                window.close();
            }
        });
        closer.start();
        window.openFile(path);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().startsWith(QStringLiteral("Upgrading quit-upgrade.caseline")), qPrintable(questions.first()));
        QVERIFY2(questions.first().contains(QStringLiteral("cannot stop halfway")), qPrintable(questions.first()));
        QTRY_VERIFY(!window.isVisible());
        auto file = CaseFile::open(path);
        QCOMPARE(file->migratedFromVersion(), 0);  // nothing left to do: upgraded before the window closed
        QCOMPARE(file->schemaVersion(), Schema::kCurrentVersion);
        QCOMPARE(file->eventCount(), 20000);
        QCOMPARE(EventSearchIndex::mismatches(file->database()), 0);
    }

    // The progress dialog blocks the window only once it shows (after 400 ms). Before that, keys
    // must not start anything either: here Delete on a selected event and Zoom In, pressed while a
    // file is being upgraded, do nothing; pressed afterwards, they work.
    void theWindowTakesNoInputWhileWorkStarts()
    {
        const QString sample = freshSample(QStringLiteral("untouched.caseline"));
        const QString path = version3Case(QStringLiteral("input-upgrade.caseline"));
        MainWindow window;
        QList<QString> errors;
        window.setMessageSink([&errors](const QString &title, const QString &text) { errors << title + u' ' + text; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(sample));
        const qint64 sampleEvents = window.document()->file().eventCount();
        auto *zoomIn = window.findChild<QAction *>(QStringLiteral("actionZoomIn"));
        QVERIFY(zoomIn);
        QSignalSpy zooms(zoomIn, &QAction::triggered);
        const auto pressDeleteAndZoomIn = [&window] {
            window.eventTable()->selectRow(0);
            window.eventTable()->setFocus();
            QTest::keySequence(window.eventTable(), QKeySequence::Delete);
            QTest::keySequence(window.eventTable(), QKeySequence::ZoomIn);
        };

        bool pressedWhileWorking = false;
        QTimer presser;
        presser.setInterval(0);
        connect(&presser, &QTimer::timeout, &window, [&] {
            auto *progress = window.findChild<QProgressDialog *>();
            if (!progress)
                return;
            presser.stop();
            pressedWhileWorking = !progress->isVisible();
            pressDeleteAndZoomIn();
        });
        presser.start();
        QVERIFY(window.openFile(path));
        QVERIFY(pressedWhileWorking);
        QCOMPARE(zooms.count(), 0);
        QCOMPARE(CaseFile::open(sample)->eventCount(), sampleEvents);

        // The same keys once the work is done.
        pressDeleteAndZoomIn();
        QCOMPARE(zooms.count(), 1);
        QCOMPARE(window.document()->file().eventCount(), 19999);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void deletingAJurisdictionWithEventsWritesABackup()
    {
        const QString path = freshSample(QStringLiteral("lanes.caseline"));
        MainWindow window;
        QList<QString> errors;
        window.setMessageSink([&errors](const QString &title, const QString &text) { errors << title + u' ' + text; });
        window.show();
        QVERIFY(window.openFile(path));
        CaseFile &file = window.document()->file();
        Jurisdiction doomed;
        for (const Jurisdiction &j : file.jurisdictions())
            if (eventsOf(file, j.id) > 0) {
                doomed = j;
                break;
            }
        QVERIFY(doomed.id);
        const qint64 doomedEvents = eventsOf(file, doomed.id);
        const qint64 totalEvents = file.eventCount();
        QVERIFY(backupsIn(QStringLiteral("lanes")).isEmpty());

        QVERIFY2(window.document()->removeJurisdiction(doomed.id), qPrintable(errors.join(u'\n')));
        QCOMPARE(file.eventCount(), totalEvents - doomedEvents);
        const QStringList backups = backupsIn(QStringLiteral("lanes"));
        QCOMPARE(backups.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^lanes\\.before-delete-backup-\\d{8}-\\d{6}\\.caseline$")).match(backups.first()).hasMatch(),
                 qPrintable(backups.first()));
        const QString backupPath = m_dir.filePath(backups.first());
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(backupPath)),
                 qPrintable(window.statusBar()->currentMessage()));

        // The backup is the case as it was: a sound case file with the lane and all its events.
        {
            auto copy = CaseFile::open(backupPath);
            QVERIFY(copy->jurisdiction(doomed.id));
            QCOMPARE(eventsOf(*copy, doomed.id), doomedEvents);
            QCOMPARE(copy->eventCount(), totalEvents);
            QCOMPARE(CaseCheck::run(*copy).integrity, QStringLiteral("ok"));
        }

        // An empty lane is deleted without a backup: there is nothing in bulk to lose.
        Jurisdiction empty;
        empty.name = QStringLiteral("Empty Lane");
        empty.state = QStringLiteral("KS");
        QVERIFY(window.document()->addJurisdiction(empty));
        QVERIFY(window.document()->removeJurisdiction(empty.id));
        QCOMPARE(backupsIn(QStringLiteral("lanes")).size(), 1);

        // Another delete gets a backup of its own; an existing backup is never overwritten.
        Jurisdiction another;
        for (const Jurisdiction &j : file.jurisdictions())
            if (eventsOf(file, j.id) > 0) {
                another = j;
                break;
            }
        QVERIFY(another.id);
        QVERIFY(window.document()->removeJurisdiction(another.id));
        QCOMPARE(backupsIn(QStringLiteral("lanes")).size(), 2);
    }
};

QTEST_MAIN(TestCaseSafetyGui)
#include "TestCaseSafetyGui.moc"
