// Crash safety by killing (issue 7): SIGKILL `caseline import` of a large Caseline CSV at random
// moments, during parsing and during the write, and a stream of single edits through the core API;
// after each kill the case file must pass integrity_check and hold all of an import or none of it,
// and every edit that was reported done must be there.
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"
#include "storage/Statement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {

constexpr int kEvents = 60000;

QString integrity(CaseFile &file)
{
    Statement st = file.database().prepare(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (st.step())
        lines << st.text(0);
    return lines.join('\n');
}

QString journalMode(CaseFile &file)
{
    Statement st = file.database().prepare(QStringLiteral("PRAGMA journal_mode"));
    return st.step() ? st.text(0) : QString();
}

// A journal SQLite would roll back: one that starts with a non-zero byte (pager.c, hasHotJournal).
bool isHotJournal(const QString &path)
{
    QFile journal(path);
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray first = journal.read(1);
    return !first.isEmpty() && first.at(0) != 0;
}

// The import writes through the WAL, or, holding the file alone, through a rollback journal.
bool writingStarted(const QString &caseFile)
{
    return QFileInfo::exists(caseFile + "-wal") || QFileInfo::exists(caseFile + "-journal");
}

QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

}  // namespace

class TestKillSafety : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_csv;
    qint64 m_baseEvents = 0;
    qint64 m_fullImportMs = 0;
    qint64 m_parseMs = 0;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString freshCase(const QString &name)
    {
        const QString target = path(name);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1String(suffix));
        if (!QFile::copy(m_template, target))
            qFatal("cannot copy the template case");
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = path("template.caseline");
        const ProcessResult r = runCaseline({"sample", "--out", m_template});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_baseEvents = CaseFile::open(m_template)->eventCount();
        QVERIFY(m_baseEvents > 0);

        static const char *const types[] = {"detention", "arrest", "backup-call", "raid", "statement", "ordinance"};
        QByteArray csv("id,jurisdiction,state,type,start,title,summary,source_title,source_url,quote\n");
        csv.reserve(kEvents * 160);
        for (int i = 0; i < kEvents; ++i) {
            csv += "kill-" + QByteArray::number(i) + ",Lane " + QByteArray::number(i % 300) + ",KS," + types[i % 6] + ','
                + QByteArray::number(1990 + i % 35) + '-' + QByteArray::number(1 + i % 12).rightJustified(2, '0') + '-'
                + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",Event " + QByteArray::number(i)
                + ",\"Summary, with a comma, of event " + QByteArray::number(i) + "\",Report " + QByteArray::number(i % 50)
                + ",https://example.org/r/" + QByteArray::number(i % 50) + ",\"Quote " + QByteArray::number(i) + "\"\n";
        }
        m_csv = path("large.csv");
        writeFile(m_csv, csv);

        // One import run to the end: the "all" outcome, and how long a whole import takes here.
        // Writing starts when the case file is opened: its WAL (or rollback journal) appears.
        const QString caseFile = freshCase("full.caseline");
        QProcess process;
        process.setProcessEnvironment(headless());
        QElapsedTimer timer;
        timer.start();
        process.start(caselineExecutable(), {"import", caseFile, m_csv});
        QVERIFY(process.waitForStarted());
        while (!process.waitForFinished(5)) {
            if (m_parseMs == 0 && writingStarted(caseFile))
                m_parseMs = timer.elapsed();
            QVERIFY(timer.elapsed() < 120000);
        }
        m_fullImportMs = timer.elapsed();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(m_parseMs > 0);
        // Alone with the file, the import went through a rollback journal and set WAL mode again.
        QVERIFY(!QFileInfo::exists(caseFile + "-journal"));
        auto whole = CaseFile::open(caseFile);
        QCOMPARE(whole->eventCount(), m_baseEvents + kEvents);
        QCOMPARE(journalMode(*whole), QStringLiteral("wal"));
        qInfo("a whole import of %d events takes %lld ms, of which %lld ms parsing", kEvents, m_fullImportMs, m_parseMs);
    }

    void killImportAtRandomMoments()
    {
        QRandomGenerator random(20261130);
        constexpr int kRuns = 20;
        int none = 0, all = 0, duringParse = 0, duringWrite = 0, finished = 0;
        for (int run = 0; run < kRuns; ++run) {
            // The first third of the runs spread over parsing, the rest over the write and a
            // little past the end, evenly, jittered within each slot.
            constexpr int kParseRuns = kRuns / 3;
            const bool parse = run < kParseRuns;
            const qint64 from = parse ? 0 : m_parseMs;
            const qint64 span = parse ? m_parseMs : m_fullImportMs * 125 / 100 - m_parseMs;
            const int slotCount = parse ? kParseRuns : kRuns - kParseRuns;
            const qint64 slot = qMax<qint64>(span / slotCount, 1);
            const int delay = int(from + (parse ? run : run - kParseRuns) * slot + random.bounded(int(slot)));
            const QString caseFile = freshCase(QStringLiteral("kill-%1.caseline").arg(run));
            QProcess process;
            process.setProcessEnvironment(headless());
            process.start(caselineExecutable(), {"import", caseFile, m_csv});
            QVERIFY(process.waitForStarted());
            const bool ended = process.waitForFinished(delay);
            QString phase;
            if (ended) {
                phase = QStringLiteral("after it finished");
                ++finished;
                QCOMPARE(process.exitCode(), 0);
            } else {
                // The case file is opened (and its WAL appears) only once the input is parsed.
                const bool writing = writingStarted(caseFile);
                phase = writing ? QStringLiteral("during the write") : QStringLiteral("during parsing");
                ++(writing ? duringWrite : duringParse);
                process.kill();
                QVERIFY(process.waitForFinished(10000));
            }
            std::unique_ptr<CaseFile> file;
            try {
                file = CaseFile::open(caseFile);
            } catch (const CaseFileError &error) {
                QFAIL(qPrintable(QStringLiteral("run %1 (%2 ms, %3): %4").arg(run).arg(delay).arg(phase, error.message())));
            }
            QCOMPARE(integrity(*file), QStringLiteral("ok"));
            // A kill during a rollback-journal write leaves a hot journal: opening rolled it back.
            // One killed while it was being started may stay, empty or zeroed, as SQLite leaves
            // journals that are not hot.
            QCOMPARE(journalMode(*file), QStringLiteral("wal"));
            QVERIFY2(!isHotJournal(caseFile + "-journal"), qPrintable(QStringLiteral("run %1").arg(run)));
            const qint64 count = file->eventCount();
            QVERIFY2(count == m_baseEvents || count == m_baseEvents + kEvents,
                     qPrintable(QStringLiteral("run %1 killed at %2 ms %3: %4 events (expected %5 or %6)")
                                    .arg(run).arg(delay).arg(phase).arg(count).arg(m_baseEvents).arg(m_baseEvents + kEvents)));
            ++(count == m_baseEvents ? none : all);
            qInfo("run %d: killed at %d ms %s -> %s", run, delay, qPrintable(phase),
                  count == m_baseEvents ? "none of the import" : "all of the import");
            file.reset();
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(caseFile + QLatin1String(suffix));
        }
        qInfo("%d kills: %d during parsing, %d during the write, %d after the end; %d left none, %d left all",
              kRuns, duringParse, duringWrite, finished, none, all);
        QVERIFY2(duringParse > 0 && duringWrite > 0, "the kills did not cover both parsing and writing");
    }

    void killEditStream()
    {
        const QString caseFile = freshCase("edits.caseline");
        QRandomGenerator random(7);
        constexpr int kRuns = 10;
        QList<qint64> reported;
        for (int run = 0; run < kRuns; ++run) {
            QProcess process;
            process.setProcessEnvironment(headless());
            process.start(QStringLiteral(EDIT_STREAM_EXECUTABLE), {caseFile});
            QVERIFY(process.waitForStarted());
            const int delay = 100 + random.bounded(900);
            QVERIFY2(!process.waitForFinished(delay), process.readAllStandardError().constData());
            process.kill();
            QVERIFY(process.waitForFinished(10000));
            const QByteArray out = process.readAllStandardOutput();
            // Only whole lines count: a line cut by the kill was never fully reported.
            const QByteArrayList lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
            int thisRun = 0;
            for (const QByteArray &line : lines) {
                if (line.isEmpty())
                    continue;
                bool ok = false;
                reported.append(line.toLongLong(&ok));
                QVERIFY(ok);
                ++thisRun;
            }
            auto file = CaseFile::open(caseFile);
            QCOMPARE(integrity(*file), QStringLiteral("ok"));
            for (qint64 id : std::as_const(reported))
                QVERIFY2(file->event(id).has_value(), qPrintable(QStringLiteral("event %1 was reported written but is gone").arg(id)));
            qInfo("edit run %d: killed after %d ms, %d edits reported, %lld events in the file", run, delay, thisRun,
                  file->eventCount());
        }
        QVERIFY(!reported.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKillSafety)
#include "TestKillSafety.moc"
