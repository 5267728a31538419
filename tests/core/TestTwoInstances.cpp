// Two instances, one case file (issue 7): two connections in one process and a second process
// (the real `caseline import`) write to a file another has open. Each sees the other's changes
// on its next read, the file stays sound, and a write blocked by another's lock is retried for
// kBusyTimeoutMs and then reported as busy, with nothing half written.
#include "TestSupport.h"

#include "analysis/CaseCheck.h"
#include "io/SampleCase.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"
#include "storage/SqliteErrors.h"

#include <QElapsedTimer>
#include <QTest>
#include <sqlite3.h>
#include <chrono>
#include <thread>

using namespace caseline;
using namespace caseline::test;

namespace {

const char *const kGoodCsv = "id,jurisdiction,state,type,start,title\n"
                             "two-1,Twin Falls,ID,raid,2019-07-02,A raid seen by both windows\n"
                             "two-2,Twin Falls,ID,statement,2019-07-03,A statement seen by both windows\n";

// A second program holding the write lock: BEGIN IMMEDIATE plus a write, not yet committed.
class LockHolder {
public:
    explicit LockHolder(const QString &path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            qFatal("cannot open %s", qPrintable(path));
        exec("BEGIN IMMEDIATE; INSERT INTO case_info(key, value) VALUES ('lock-holder', 'uncommitted')");
    }
    ~LockHolder()
    {
        release();
        sqlite3_close(m_db);
    }
    void release()
    {
        if (!sqlite3_get_autocommit(m_db))
            exec("ROLLBACK");
    }

private:
    void exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            qFatal("lock holder: %s", sqlite3_errmsg(m_db));
    }
    sqlite3 *m_db = nullptr;
};

Jurisdiction county(const QString &name)
{
    Jurisdiction j;
    j.name = name;
    j.kind = JurisdictionKind::County;
    j.state = QStringLiteral("ID");
    return j;
}

void verifySound(CaseFile &file)
{
    const CaseCheck check = CaseCheck::run(file);
    QCOMPARE(check.integrity, QStringLiteral("ok"));
    QVERIFY2(check.isSound(), qPrintable(check.errors.join(u'\n')));
}

}  // namespace

class TestTwoInstances : public QObject {
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

private slots:
    void twoConnectionsSeeEachOthersWrites()
    {
        const QString path = freshSample(QStringLiteral("two-connections.caseline"));
        auto first = CaseFile::open(path);
        auto second = CaseFile::open(path);
        const qint64 eventsBefore = second->eventCount();

        Jurisdiction j = county(QStringLiteral("Gem County"));
        first->addJurisdiction(j);
        Event e;
        e.jurisdictionId = j.id;
        e.type = EventType::Raid;
        e.start = PartialDate::day(2020, 3, 4);
        e.title = QStringLiteral("Written by the first window");
        first->addEvent(e);

        QCOMPARE(second->eventCount(), eventsBefore + 1);
        const auto seen = second->event(e.id);
        QVERIFY(seen);
        QCOMPARE(seen->title, e.title);
        QVERIFY(second->findJurisdiction(QStringLiteral("Gem County"), QStringLiteral("ID")));

        // And the other way round: the second edits, the first reads the edit.
        Event edited = *seen;
        edited.title = QStringLiteral("Edited by the second window");
        second->updateEvent(edited);
        QCOMPARE(first->event(e.id)->title, edited.title);
        second->removeEvent(e.id);
        QVERIFY(!first->event(e.id));
        QCOMPARE(first->eventCount(), eventsBefore);
        verifySound(*first);
        verifySound(*second);
    }

    void anotherProcessImportsWhileOpen()
    {
        const QString path = freshSample(QStringLiteral("two-processes.caseline"));
        auto open = CaseFile::open(path);
        const qint64 eventsBefore = open->eventCount();
        const QString input = m_dir.filePath(QStringLiteral("two.csv"));
        writeFile(input, kGoodCsv);

        const ProcessResult r = runCaseline({QStringLiteral("import"), path, input});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(open->eventCount(), eventsBefore + 2);
        QVERIFY(open->findJurisdiction(QStringLiteral("Twin Falls"), QStringLiteral("ID")));

        // This instance writes after the other process; the other process's check sees it.
        Jurisdiction j = county(QStringLiteral("Ada County"));
        open->addJurisdiction(j);
        const ProcessResult check = runCaseline({QStringLiteral("check"), path});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY2(check.out.contains(": schema version") && check.out.contains("integrity ok"), check.out.constData());
        QVERIFY2(check.out.contains(QByteArray::number(eventsBefore + 2) + " events"), check.out.constData());
        verifySound(*open);
    }

    void busyIsRetriedThenReported()
    {
        const QString path = freshSample(QStringLiteral("busy.caseline"));
        auto file = CaseFile::open(path);
        const qint64 jurisdictionsBefore = file->jurisdictions().size();
        LockHolder other(path);

        QElapsedTimer timer;
        timer.start();
        Jurisdiction j = county(QStringLiteral("Blocked County"));
        try {
            file->addJurisdiction(j);
            QFAIL("a write under another connection's lock succeeded");
        } catch (const CaseFileError &error) {
            QCOMPARE(error.kind(), CaseFileError::Kind::Busy);
            QVERIFY2(error.message().contains(QStringLiteral("busy in another program or window")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("nothing was changed")), qPrintable(error.message()));
        }
        // Retried for the whole timeout, not given up at once.
        QVERIFY2(timer.elapsed() >= kBusyTimeoutMs - 200, qPrintable(QString::number(timer.elapsed())));

        other.release();
        QCOMPARE(file->jurisdictions().size(), jurisdictionsBefore);  // nothing half written
        file->addJurisdiction(j);  // and the file works once the other lets go
        QCOMPARE(file->jurisdictions().size(), jurisdictionsBefore + 1);
        verifySound(*file);
    }

    void busyClearsWithinTheTimeout()
    {
        const QString path = freshSample(QStringLiteral("busy-briefly.caseline"));
        auto file = CaseFile::open(path);
        auto other = std::make_unique<LockHolder>(path);
        std::thread releaser([&other] {
            std::this_thread::sleep_for(std::chrono::milliseconds(800));
            other->release();
        });
        QElapsedTimer timer;
        timer.start();
        Event e;
        e.jurisdictionId = file->jurisdictions().first().id;
        e.start = PartialDate::year(2021);
        e.title = QStringLiteral("Waited for the lock");
        QString failure;
        try {
            file->addEvent(e);
        } catch (const CaseFileError &error) {
            failure = error.message();
        }
        releaser.join();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(timer.elapsed() >= 500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(file->event(e.id));
        verifySound(*file);
    }

    void busyImportIsReportedOnTheCommandLine()
    {
        const QString path = freshSample(QStringLiteral("busy-cli.caseline"));
        const QString input = m_dir.filePath(QStringLiteral("busy.csv"));
        writeFile(input, kGoodCsv);
        qint64 eventsBefore = 0;
        {
            auto file = CaseFile::open(path);
            eventsBefore = file->eventCount();
        }
        ProcessResult r;
        {
            LockHolder other(path);
            r = runCaseline({QStringLiteral("import"), path, input});
        }
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(path.toUtf8() + ": the case file is busy in another program or window"), r.err.constData());
        auto file = CaseFile::open(path);
        QCOMPARE(file->eventCount(), eventsBefore);
        verifySound(*file);
    }
};

QTEST_GUILESS_MAIN(TestTwoInstances)
#include "TestTwoInstances.moc"
