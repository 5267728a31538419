#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sqlite3.h>

using namespace caseline::test;

class TestCommandLine : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void sampleCheckStats()
    {
        const QString file = m_dir.filePath(QStringLiteral("s.caseline"));
        ProcessResult r = runCaseline({QStringLiteral("sample"), QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCaseline({QStringLiteral("check"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("integrity ok"));
        r = runCaseline({QStringLiteral("stats"), file, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject stats = QJsonDocument::fromJson(r.out).object();
        QVERIFY(stats.value(QLatin1String("events")).toInt() >= 20);
        QCOMPARE(stats.value(QLatin1String("events_without_citation")).toInt(), 0);
        int lanesWithEvents = 0;
        bool federal = false;
        for (const QJsonValue &j : stats.value(QLatin1String("by_jurisdiction")).toArray()) {
            if (j[QLatin1String("kind")].toString() == QLatin1String("federal"))
                federal = j[QLatin1String("events")].toInt() > 0;
            else
                ++lanesWithEvents;
        }
        QVERIFY(lanesWithEvents >= 6);
        QVERIFY(federal);
        int byType = 0;
        for (const QJsonValue &n : stats.value(QLatin1String("by_type")).toObject())
            byType += n.toInt();
        QCOMPARE(byType, stats.value(QLatin1String("events")).toInt());
        QVERIFY(stats.value(QLatin1String("by_stance_family")).toObject().contains(QLatin1String("limits")));

        r = runCaseline({QStringLiteral("stats"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Lawrence, KS"));
    }

    // An event written past Caseline (here: with the sqlite3 C API) is missing from the search
    // index: check says so and exits non-zero.
    void checkFindsAnEventMissingFromTheSearchIndex()
    {
        const QString file = m_dir.filePath(QStringLiteral("unindexed.caseline"));
        ProcessResult r = runCaseline({QStringLiteral("sample"), QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        const int rc = sqlite3_exec(db,
            "INSERT INTO event(key, jurisdiction_id, type, start_date, first_day, last_day, title) "
            "SELECT 'unindexed', id, 0, '2019', 2458485, 2458849, 'Written past Caseline' FROM jurisdiction LIMIT 1",
            nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_OK);
        r = runCaseline({QStringLiteral("check"), file});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.out.contains("the search index holds") || r.err.contains("the search index holds"), r.out.constData());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = m_dir.filePath(QStringLiteral("missing.caseline"));
        const QString text = m_dir.filePath(QStringLiteral("notes.caseline"));
        writeFile(text, "these are notes, not a case\n");
        QTest::newRow("unknown option") << QStringList{"stats", "--bogus", missing} << 1 << "bogus";
        QTest::newRow("no file") << QStringList{"check"} << 1 << "expected 1 argument";
        QTest::newRow("sample without out") << QStringList{"sample"} << 1 << "--out";
        QTest::newRow("missing case file") << QStringList{"check", missing} << 3 << "no such file";
        QTest::newRow("not a case file") << QStringList{"stats", text} << 3 << "not a Caseline case file";
        QTest::newRow("sample over existing") << QStringList{"sample", "--out", text} << 1 << "already exists";
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const ProcessResult r = runCaseline(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void versionWithoutDisplay()
    {
        const ProcessResult r = runCaseline({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Caseline") || r.out.contains("caseline"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
