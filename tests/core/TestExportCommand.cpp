// `caseline export` end to end: every format, filters and stories, usage and input errors with
// their exit codes, and no half-written output when an export fails.
#include "TestSupport.h"

#include "io/CaseReaderRegistry.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace caseline::test;

class TestExportCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_case;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = path("sample.caseline");
        const ProcessResult r = runCaseline({"sample", "--out", m_case});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("csv") << "csv" << QByteArray("\xEF\xBB\xBFid,jurisdiction,");
        QTest::newRow("json") << "json" << QByteArray("{\n    \"format\": \"caseline-case\"");
        QTest::newRow("timelinejs") << "timelinejs" << QByteArray("{\n    \"title\": {");
        QTest::newRow("ics") << "ics" << QByteArray("BEGIN:VCALENDAR\r\n");
        QTest::newRow("markdown") << "markdown" << QByteArray("# Sample case");
        QTest::newRow("html") << "html" << QByteArray("<!DOCTYPE html>");
    }
    void everyFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        const QString out = path("all." + format);
        const ProcessResult r = runCaseline({"export", m_case, "--format", format, "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(" events"), r.out.constData());
        QVERIFY(readFile(out).startsWith(start));
    }

    void jsonExportImportsIntoAnEmptyCase()
    {
        const QString out = path("whole.json");
        QCOMPARE(runCaseline({"export", m_case, "--format", "json", "--out", out}).exitCode, 0);
        const QString copy = path("copy.caseline");
        const ProcessResult imported = runCaseline({"import", copy, out});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString again = path("again.json");
        QCOMPARE(runCaseline({"export", copy, "--format", "json", "--out", again}).exitCode, 0);
        QCOMPARE(readFile(again), readFile(out));
    }

    void storyAndTypeFilters()
    {
        const QString whole = path("whole-for-story.json");
        QCOMPARE(runCaseline({"export", m_case, "--format", "json", "--out", whole}).exitCode, 0);
        const QString story = QJsonDocument::fromJson(readFile(whole)).object()["stories"].toArray().first()["name"].toString();
        QVERIFY(!story.isEmpty());
        const QString md = path("story.md");
        ProcessResult r = runCaseline({"export", m_case, "--format", "markdown", "--story", story, "--out", md});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = QString::fromUtf8(readFile(md));
        QVERIFY(text.startsWith("# " + story));
        QCOMPARE(int(text.count(QStringLiteral("\n**"))), 13);
        QVERIFY(r.out.contains("13 events"));

        const QString csv = path("statements.csv");
        r = runCaseline({"export", m_case, "--format", "csv", "--type", "statement", "--type", "detainer", "--out", csv});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("9 events"), r.out.constData());
        const auto read = caseline::CaseReaderRegistry::byKey("csv")->read(readFile(csv), csv);
        const caseline::CaseData data = std::get<caseline::CaseData>(read);
        QCOMPARE(data.events.size(), 9);
        for (const auto &linked : data.events)
            QVERIFY(linked.event.type == caseline::EventType::Statement || linked.event.type == caseline::EventType::Detainer);

        const QString json = path("statements.json");
        r = runCaseline({"export", m_case, "--format", "json", "--type", "statement", "--story", story, "--out", json});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
        for (const QJsonValue &e : root["events"].toArray())
            QCOMPARE(e["type"].toString(), QString("statement"));
        QCOMPARE(root["stories"].toArray().size(), 1);
        QCOMPARE(root["stories"].toArray().first()["entries"].toArray().size(), root["events"].toArray().size());
    }

    void badUsageAndInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no format") << QStringList{"--out", "OUT"} << 1 << "--format is required";
        QTest::newRow("unknown format") << QStringList{"--format", "pdf", "--out", "OUT"} << 1 << "unknown --format 'pdf'";
        QTest::newRow("no out") << QStringList{"--format", "csv"} << 1 << "--out FILE is required";
        QTest::newRow("unknown option") << QStringList{"--format", "csv", "--out", "OUT", "--colour"} << 1 << "colour";
        QTest::newRow("unknown jurisdiction") << QStringList{"--format", "csv", "--out", "OUT", "--jurisdiction", "Atlantis"} << 2
                                              << "no jurisdiction named 'Atlantis'";
        QTest::newRow("unknown story") << QStringList{"--format", "html", "--out", "OUT", "--story", "Nope"} << 2 << "no story named 'Nope'";
        QTest::newRow("bad type") << QStringList{"--format", "ics", "--out", "OUT", "--type", "picnic"} << 2 << "unknown event type 'picnic'";
        QTest::newRow("bad date") << QStringList{"--format", "csv", "--out", "OUT", "--from", "2019-13"} << 2 << "--from";
        QTest::newRow("unwritable out") << QStringList{"--format", "csv", "--out", "NODIR/x.csv"} << 2 << "cannot write";
    }
    void badUsageAndInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString out = path("failed-" + QString(QTest::currentDataTag()).replace(' ', '-'));
        arguments.replaceInStrings("NODIR", path("missing-dir"));
        arguments.replaceInStrings("OUT", out);
        const ProcessResult r = runCaseline(QStringList{"export", m_case} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void unusableCaseFile()
    {
        const QString notACase = path("not-a-case.caseline");
        writeFile(notACase, "hello");
        ProcessResult r = runCaseline({"export", notACase, "--format", "csv", "--out", path("x.csv")});
        QCOMPARE(r.exitCode, 3);
        r = runCaseline({"export", path("missing.caseline"), "--format", "csv", "--out", path("x.csv")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFileInfo::exists(path("x.csv")));
        QVERIFY(!QFileInfo::exists(path("missing.caseline")));
    }

    void failedExportKeepsThePreviousFile()
    {
        const QString out = path("kept.csv");
        writeFile(out, "previous");
        const ProcessResult r = runCaseline({"export", m_case, "--format", "csv", "--out", out, "--story", "Nope"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(readFile(out), QByteArray("previous"));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
