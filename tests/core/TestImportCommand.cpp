// `caseline import` end to end: the real data files, re-imports, and bad input that must leave
// the case file exactly as it was.
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace caseline::test;

namespace {
QJsonObject stats(const QString &caseFile)
{
    const ProcessResult r = runCaseline({"stats", caseFile, "--json"});
    if (r.exitCode != 0)
        qWarning("stats failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}
}  // namespace

class TestImportCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void realFiles_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("periods");
        QTest::addColumn<int>("jurisdictions");
        QTest::addColumn<int>("sources");
        QTest::newRow("ice287g") << "data/ice-287g/participating-agencies-2025-05-16.csv" << "auto" << 571 << 571 << 462 << 1;
        QTest::newRow("detainers") << "data/sanctuary/detainer-policies-2014-2015.csv" << "detainer-policies" << 0 << 165 << 163 << 1;
        QTest::newRow("houston") << "data/timelinejs/houston-timeline3.json" << "auto" << 18 << 0 << 1 << 16;
        QTest::newRow("women json") << "data/timelinejs/women_in_computing.json" << "timelinejs" << 10 << 0 << 1 << 10;
        QTest::newRow("women csv") << "data/timelinejs/women_in_computing.csv" << "auto" << 10 << 0 << 1 << 10;
        QTest::newRow("my own csv") << "data/timelinejs/my-own-timeline.csv" << "timelinejs" << 10 << 0 << 1 << 10;
    }
    void realFiles()
    {
        QFETCH(QString, input);
        QFETCH(QString, format);
        QFETCH(int, events);
        QFETCH(int, periods);
        QFETCH(int, jurisdictions);
        QFETCH(int, sources);
        const QString caseFile = path(QString(QTest::currentDataTag()).replace(' ', '-') + ".caseline");
        ProcessResult r = runCaseline({"import", caseFile, sharedPath(input), "--format", format});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(QByteArray::number(events) + " events"));
        QJsonObject s = stats(caseFile);
        QCOMPARE(s["events"].toInt(), events);
        QCOMPARE(s["policy_periods"].toInt(), periods);
        QCOMPARE(s["jurisdictions"].toInt(), jurisdictions);
        QCOMPARE(s["sources"].toInt(), sources);
        QCOMPARE(s["events_without_citation"].toInt(), 0);

        // Importing the same file again updates what is there and adds nothing.
        r = runCaseline({"import", caseFile, sharedPath(input)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(" 0 added"), r.out.constData());
        QCOMPARE(stats(caseFile), s);
        r = runCaseline({"check", caseFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void warningsNameTheirLines()
    {
        const ProcessResult r = runCaseline({"import", path("w.caseline"), sharedPath("data/sanctuary/detainer-policies-2014-2015.csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("detainer-policies-2014-2015.csv:139: warning: repeats line 131"), r.err.constData());
        QVERIFY(r.err.contains("detainer-policies-2014-2015.csv:20: warning:"));
    }

    void badInputLeavesTheCaseFileAsItWas_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad date") << QByteArray("jurisdiction,start,title\nA,2019-07-01,ok\nB,2019-13-40,x\n") << ":3: start: month 13";
        QTest::newRow("unknown type") << QByteArray("jurisdiction,start,title,type\nA,2019,x,picnic\n") << ":2: unknown type 'picnic'";
        QTest::newRow("unterminated quote") << QByteArray("jurisdiction,start,title\nA,2019,\"open\n\n") << ":2: a quoted field";
        QTest::newRow("empty") << QByteArray() << ": the file is empty";
        QTest::newRow("header only") << QByteArray("\xEF\xBB\xBFjurisdiction,start,title\r\n") << ":1: the file has a header line but no rows";
        QTest::newRow("wrong columns") << QByteArray("a,b,c\n1,2,3\n") << ":1: missing column(s)";
        QTest::newRow("duplicate id") << QByteArray("id,jurisdiction,start,title\nx,A,2019,a\nx,A,2019,b\n") << ":3: duplicate id 'x' (first on line 2)";
    }
    void badInputLeavesTheCaseFileAsItWas()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString caseFile = path("kept.caseline");
        if (!QFileInfo::exists(caseFile)) {
            const ProcessResult r = runCaseline({"sample", "--out", caseFile});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QByteArray before = readFile(caseFile);
        const QJsonObject statsBefore = stats(caseFile);
        const QString input = path("bad.csv");
        writeFile(input, content);
        const ProcessResult r = runCaseline({"import", caseFile, input, "--format", "csv"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).startsWith(input + expected), r.err.constData());
        QCOMPARE(readFile(caseFile), before);
        QCOMPARE(stats(caseFile), statsBefore);

        // Into a case file that does not exist yet: nothing is left behind.
        const QString fresh = path("never-created.caseline");
        QCOMPARE(runCaseline({"import", fresh, input, "--format", "csv"}).exitCode, 2);
        QVERIFY(!QFileInfo::exists(fresh));
        QVERIFY(!QFileInfo::exists(fresh + "-wal"));
    }

    void nastyButValidCsv()
    {
        const QString input = path("nasty.csv");
        writeFile(input, "\xEF\xBB\xBFid,jurisdiction,state,type,start,title,summary\r\n"
                         "n1,Lawrence,KS,raid,2019-07-02,\"Raid, at dawn\",\"line one\r\nline two\"\r\n"
                         "n2,Espa\xF1ola,NM,protest,2019-07-03,Caf\xE9 protest,\r\n");
        const QString caseFile = path("nasty.caseline");
        const ProcessResult r = runCaseline({"import", caseFile, input});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("nasty.csv:4: warning: the file is not valid UTF-8"), r.err.constData());
        const QJsonObject s = stats(caseFile);
        QCOMPARE(s["events"].toInt(), 2);
        QCOMPARE(s["jurisdictions"].toInt(), 2);
        const ProcessResult text = runCaseline({"stats", caseFile});
        QVERIFY(QString::fromUtf8(text.out).contains(QString::fromUtf8("Española, NM")));
    }

    void refusalsAndExitCodes()
    {
        const QString eras = sharedPath("data/timelinejs/eras.json");
        ProcessResult r = runCaseline({"import", path("eras.caseline"), eras});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("eras.json:42: start_date: year 602 is outside 1400-9999"), r.err.constData());
        QVERIFY(!QFileInfo::exists(path("eras.caseline")));

        const QString v2 = path("v2.json");
        writeFile(v2, "{\n  \"timeline\": {\"headline\": \"Old\", \"type\": \"default\", \"date\": []}\n}\n");
        r = runCaseline({"import", path("v2.caseline"), v2});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("TimelineJS 2 format is not supported; re-save it with TimelineJS 3"), r.err.constData());

        const QString unknown = path("mystery.dat");
        writeFile(unknown, "\x01\x02 nothing anyone would recognise\n");
        r = runCaseline({"import", path("m.caseline"), unknown});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--format"));

        r = runCaseline({"import", path("m.caseline"), unknown, "--format", "xlsx"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("unknown --format 'xlsx'"));
        r = runCaseline({"import", path("m.caseline")});
        QCOMPARE(r.exitCode, 1);
        r = runCaseline({"import", path("m.caseline"), path("does-not-exist.csv")});
        QCOMPARE(r.exitCode, 2);

        const QString notACase = path("notes.caseline");
        writeFile(notACase, "these are notes, not a case\n");
        r = runCaseline({"import", notACase, sharedPath("data/timelinejs/women_in_computing.csv")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(readFile(notACase), QByteArray("these are notes, not a case\n"));
    }

    void datasetsShareOneCase()
    {
        const QString caseFile = path("combined.caseline");
        for (const char *input : {"data/ice-287g/participating-agencies-2025-05-16.csv",
                                  "data/sanctuary/detainer-policies-2014-2015.csv"}) {
            const ProcessResult r = runCaseline({"import", caseFile, sharedPath(QLatin1String(input))});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QJsonObject s = stats(caseFile);
        QCOMPARE(s["policy_periods"].toInt(), 571 + 165);
        QCOMPARE(s["sources"].toInt(), 2);
        QVERIFY(s["by_stance_family"].toObject().contains("287g"));
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "TestImportCommand.moc"
