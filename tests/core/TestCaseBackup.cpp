// CaseBackup (issue 7): the name beside the case file, a fresh name when one is taken, and a copy
// that is the case as it was.
#include "TestSupport.h"

#include "analysis/CaseCheck.h"
#include "io/SampleCase.h"
#include "storage/CaseBackup.h"
#include "storage/CaseFile.h"
#include "util/FixedClock.h"

#include <QTest>

using namespace caseline;

class TestCaseBackup : public QObject {
    Q_OBJECT
private slots:
    void namesBesideTheCaseFile()
    {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(QStringLiteral("my case.caseline"));
        const QDateTime when(QDate(2026, 11, 30), QTime(9, 15, 0));
        const QString first = CaseBackup::pathFor(casePath, QStringLiteral("before-delete"), when);
        QCOMPARE(first, dir.filePath(QStringLiteral("my case.before-delete-backup-20261130-091500.caseline")));
        test::writeFile(first, "taken");
        const QString second = CaseBackup::pathFor(casePath, QStringLiteral("before-delete"), when);
        QCOMPARE(second, dir.filePath(QStringLiteral("my case.before-delete-backup-20261130-091500-2.caseline")));
        test::writeFile(second, "taken");
        QCOMPARE(CaseBackup::pathFor(casePath, QStringLiteral("before-delete"), when),
                 dir.filePath(QStringLiteral("my case.before-delete-backup-20261130-091500-3.caseline")));
    }

    void writesTheCaseAsItWas()
    {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(QStringLiteral("lanes.caseline"));
        auto file = CaseFile::open(casePath, CaseFile::OpenMode::CreateIfMissing);
        SampleCase::writeTo(*file);
        const qint64 events = file->eventCount();
        const FixedClock clock(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5)));
        const QString backup = CaseBackup::write(*file, QStringLiteral("before-delete"), clock);
        QCOMPARE(backup, dir.filePath(QStringLiteral("lanes.before-delete-backup-20260102-030405.caseline")));
        // Written twice in the same second: two copies, the first untouched.
        const QByteArray firstBytes = test::readFile(backup);
        for (const Jurisdiction &j : file->jurisdictions())
            file->removeJurisdiction(j.id);
        const QString again = CaseBackup::write(*file, QStringLiteral("before-delete"), clock);
        QVERIFY(again != backup);
        QCOMPARE(test::readFile(backup), firstBytes);

        auto copy = CaseFile::open(backup);
        QCOMPARE(copy->eventCount(), events);
        const CaseCheck check = CaseCheck::run(*copy);
        QCOMPARE(check.integrity, QStringLiteral("ok"));
        QVERIFY(check.isSound());
        QCOMPARE(CaseFile::open(again)->eventCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseBackup)
#include "TestCaseBackup.moc"
