// Hostile and broken inputs through the real command line (issue 7, "nothing lost, nothing run"):
// every importer and the case-file opener. Each input must end with exit status 2 (bad input) or
// 3 (unusable case file), a message naming the file (and FILE:LINE: where there is a line), no
// crash, and the target case file byte-for-byte as it was. The committed inputs are in
// tests/data/bad/; big ones (50 MB field, 10,000 columns, 100,000 nested brackets) and case files
// that need a real database (newer schema, hostile trigger, read-only) are made here at run time.
#include "TestSupport.h"
#include "storage/CaseFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace caseline;
using namespace caseline::test;

namespace {

QByteArray statsJson(const QString &caseFile)
{
    const ProcessResult r = runCaseline({"stats", caseFile, "--json"});
    if (r.exitCode != 0)
        qWarning("stats failed: %s", r.err.constData());
    return r.out;
}

// Crashes show as exit code -1 (abnormal exit) or as the runtime's own words on stderr.
bool crashed(const ProcessResult &r)
{
    return r.exitCode < 0 || r.err.contains("Segmentation") || r.err.contains("Aborted") || r.err.contains("AddressSanitizer")
        || r.err.contains("runtime error:");
}

void execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QByteArray error = message ? QByteArray(message) : QByteArray();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, error.constData());
}

const char *const kGoodCsv = "id,jurisdiction,state,type,start,title\n"
                             "good-1,Badinput City,KS,raid,2019-07-02,A raid\n"
                             "good-2,Badinput City,KS,statement,2019-07-03,A statement\n";

}  // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_template;  // a real case file made by `caseline sample`
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A fresh copy of the sample case, so no row depends on another.
    QString freshCase(const QString &name)
    {
        const QString target = path(name);
        QFile::remove(target);
        if (!QFile::copy(m_template, target))
            qFatal("cannot copy the template case");
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    // Runs `caseline import` with a bad input and checks everything the table promises.
    void expectRefusedImport(const QString &input, const QString &format, int expectedExit, const QString &fragment)
    {
        const QString caseFile = freshCase(QStringLiteral("target.caseline"));
        const QByteArray before = readFile(caseFile);
        const QByteArray statsBefore = statsJson(caseFile);
        QVERIFY(!statsBefore.isEmpty());
        QStringList args{"import", caseFile, input};
        if (!format.isEmpty())
            args << "--format" << format;
        const ProcessResult r = runCaseline(args, 60000);
        QVERIFY2(!crashed(r), r.err.left(2000).constData());
        QVERIFY2(r.exitCode == expectedExit,
                 qPrintable(QStringLiteral("exit %1, expected %2; stderr: %3")
                                .arg(r.exitCode).arg(expectedExit).arg(QString::fromUtf8(r.err.left(2000)))));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(input + fragment), qPrintable(QStringLiteral("expected '%1%2' in: %3")
                                                               .arg(input, fragment, err.left(2000))));
        // However big the input, the message stays readable.
        QVERIFY2(r.err.size() < 4096, qPrintable(QStringLiteral("%1 bytes on stderr").arg(r.err.size())));
        QVERIFY2(!QFileInfo::exists(caseFile + "-wal") || QFileInfo(caseFile + "-wal").size() == 0, "a WAL was left behind");
        QVERIFY2(readFile(caseFile) == before, "the case file changed");
        QCOMPARE(statsJson(caseFile), statsBefore);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = path("template.caseline");
        const ProcessResult r = runCaseline({"sample", "--out", m_template});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(m_template + "-wal"));
    }

    // The table: committed file, --format ("" = none given), expected exit, expected message
    // fragment right after the file name.
    void committedInputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("fragment");
        auto row = [](const char *file, const char *format, int code, const char *fragment) {
            QTest::newRow(qPrintable(QStringLiteral("%1 [%2]").arg(QLatin1String(file), QLatin1String(*format ? format : "none"))))
                << QString::fromLatin1(file) << QString::fromLatin1(format) << code << QString::fromUtf8(fragment);
        };
        // Caseline CSV
        row("csv-truncated-quote.csv", "csv", 2, ":2: a quoted field starting on this line has no closing quote");
        row("csv-truncated-quote.csv", "", 2, ":2: a quoted field starting on this line has no closing quote");
        row("csv-truncated-midrow.csv", "csv", 2, ":3: start is empty");
        row("csv-semicolon.csv", "csv", 2, ":1: missing column(s) jurisdiction, start, title");
        row("csv-semicolon.csv", "", 2, ":1: missing column(s) jurisdiction, start, title");
        row("csv-tab.csv", "csv", 2, ":1: missing column(s) jurisdiction, start, title");
        row("csv-utf16le.csv", "csv", 2, ":1: the file contains a NUL byte");
        row("csv-utf16le.csv", "", 2, ":1: the file contains a NUL byte");
        row("csv-utf16be-nobom.csv", "csv", 2, ":1: the file contains a NUL byte");
        row("csv-nul-bytes.csv", "csv", 2, ":2: the file contains a NUL byte");
        row("csv-bom-bad-date.csv", "csv", 2, ":2: start: month 13 in '2019-13-40' does not exist");
        row("csv-date-month13.csv", "csv", 2, ":3: start: month 13 in '2019-13-40' does not exist");
        row("csv-date-0000.csv", "csv", 2, ":2: start: year 0 is out of range");
        row("csv-date-99999.csv", "csv", 2, ":2: start: '99999' is not a date");
        row("csv-date-feb30.csv", "csv", 2, ":2: start: day 30 in '2019-02-30' does not exist");
        row("csv-date-text.csv", "csv", 2, ":2: start: 'last Tuesday' is not a date");
        row("csv-end-before-start.csv", "csv", 2, ":2: end 2018-01-01 is before start 2019-07-02");
        row("csv-unknown-type.csv", "csv", 2, ":2: unknown type 'picnic'");
        row("csv-unknown-status.csv", "csv", 2, ":2: unknown status 'rumoured'");
        row("csv-unknown-state.csv", "csv", 2, ":2: state 'ZZ' is not a U.S. state");
        row("csv-duplicate-id.csv", "csv", 2, ":3: duplicate id 'e1' (first on line 2)");
        row("csv-missing-columns.csv", "csv", 2, ":1: missing column(s) jurisdiction, start, title");
        row("csv-empty-title.csv", "csv", 2, ":2: title is empty");
        row("csv-latin1.csv", "csv", 2, ":2: start: month 13 in '2019-13-01' does not exist");
        row("csv-only-bom.csv", "csv", 2, ": the file is empty");
        row("csv-binary.csv", "csv", 2, ":1: the file contains a NUL byte");
        row("csv-binary.csv", "", 2, ":1: the file contains a NUL byte");
        // Caseline JSON
        row("json-truncated.json", "json", 2, ":1: unterminated string");
        row("json-trailing-comma.json", "json", 2, ":1: object is missing after a comma");
        row("json-not-object.json", "json", 2, ":1: expected a JSON object at the top");
        row("json-wrong-format.json", "json", 2, ":1: not a Caseline case");
        row("json-utf16.json", "json", 2, ":1: illegal value");
        row("json-nul.json", "json", 2, ":1: unterminated object");
        row("json-latin1.json", "json", 2, ":1: invalid UTF8 string");
        // TimelineJS JSON and CSV
        row("timelinejs-truncated.json", "timelinejs", 2, ":3: unterminated string");
        row("timelinejs-truncated.json", "", 2, ":3: unterminated string");
        row("timelinejs-bad-month.json", "timelinejs", 2, ":3: start_date: month 13 in '2019-13-40' does not exist");
        row("timelinejs-year-99999.json", "timelinejs", 2, ":3: start_date: year 99999 is outside 1400-9999");
        row("timelinejs-year-text.json", "timelinejs", 2, ":3: start_date: year 'soon' is not a number");
        row("timelinejs-events-not-array.json", "timelinejs", 2, ":1: not a TimelineJS 3 timeline");
        row("timelinejs-no-start.json", "timelinejs", 2, ":3: the event has no start_date year");
        row("timelinejs-duplicate-ids.json", "timelinejs", 2, ":4: unique_id 'a' is already used on line 3");
        row("timelinejs-bad-date.csv", "timelinejs", 2, ":2: start_date: month 13 in '2019-13-40' does not exist");
        row("timelinejs-bad-date.csv", "", 2, ":2: start_date: month 13 in '2019-13-40' does not exist");
        row("timelinejs-year-0000.csv", "timelinejs", 2, ":2: start_date: year 0000 is outside 1400-9999");
        row("timelinejs-truncated.csv", "timelinejs", 2, ":2: a quoted field starting on this line has no closing quote");
        row("timelinejs-semicolon.csv", "timelinejs", 2, ":1: missing column(s) Year, Month, Day, Headline");
        // ICE 287(g) list
        row("ice287g-bad-date.csv", "ice287g", 2, ":2: SIGNED: month 13 in '2025-13-40' does not exist");
        row("ice287g-bad-date.csv", "", 2, ":2: SIGNED: month 13 in '2025-13-40' does not exist");
        row("ice287g-unknown-model.csv", "ice287g", 2, ":2: unknown SUPPORT TYPE 'Picnic Model'");
        row("ice287g-unknown-state.csv", "ice287g", 2, ":2: STATE 'NARNIA' is not a U.S. state");
        row("ice287g-truncated.csv", "ice287g", 2, ":2: a quoted field starting on this line has no closing quote");
        row("ice287g-header-only.csv", "ice287g", 2, ":1: the file has a header line but no rows");
        row("ice287g-year-99999.csv", "ice287g", 2, ":2: SIGNED: '99999-05-08 00:00:00' is not a date");
        // Detainer-policy list
        row("detainer-bad-date.csv", "detainer-policies", 2, ":2: Date Enacted: 'Sep-99x' is not a date");
        row("detainer-bad-date.csv", "", 2, ":2: Date Enacted: 'Sep-99x' is not a date");
        row("detainer-month13.csv", "detainer-policies", 2, ":2: Date Enacted: month 13 in '2015-13-40' does not exist");
        row("detainer-no-state.csv", "detainer-policies", 2, ":2: Location: cannot tell the place and the U.S. state in 'Suffolk County'");
        row("detainer-unknown-state.csv", "detainer-policies", 2, ":2: Location: cannot tell the place and the U.S. state in 'Suffolk County, Atlantis'");
        row("detainer-truncated.csv", "detainer-policies", 2, ":2: a quoted field starting on this line has no closing quote");
        row("detainer-semicolon.csv", "detainer-policies", 2, ":1: missing column(s) Location, Date Enacted");
    }
    void committedInputs()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, exitCode);
        QFETCH(QString, fragment);
        const QString input = testDataPath(QStringLiteral("bad/") + file);
        QVERIFY2(QFileInfo::exists(input), qPrintable(input));
        expectRefusedImport(input, format, exitCode, fragment);
    }

    // Inputs too big to commit, made here.
    void generatedInputs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("50 MB unterminated field") << "bigfield-open" << "csv" << ":2: a quoted field starting on this line has no closing quote";
        QTest::newRow("50 MB summary, bad date") << "bigfield-date" << "csv" << ":2: start: month 13";
        QTest::newRow("50 MB field, auto") << "bigfield-open" << "" << ":2: a quoted field starting on this line has no closing quote";
        QTest::newRow("10000 columns") << "columns" << "csv" << ":2: start: month 13";
        QTest::newRow("10000 columns, no required") << "columns-none" << "csv" << ":1: missing column(s) jurisdiction, start, title";
        QTest::newRow("100000 [ json") << "nested" << "json" << ":1: too deeply nested document";
        QTest::newRow("100000 [ timelinejs") << "nested" << "timelinejs" << ":1: missing column(s) Year, Month, Day, Headline";
        QTest::newRow("100000 [ auto") << "nested" << "" << ": cannot tell which format this file is in";
        QTest::newRow("100000 { timelinejs") << "nested-objects" << "timelinejs" << ":1: too deeply nested document";
    }
    void generatedInputs()
    {
        QFETCH(QString, kind);
        QFETCH(QString, format);
        QFETCH(QString, fragment);
        QString input;
        if (kind.startsWith("bigfield")) {
            QByteArray data("id,jurisdiction,state,type,start,title,summary\n");
            data.reserve(52 * 1024 * 1024);
            if (kind == "bigfield-open") {
                data += "e1,Lawrence,KS,raid,2019-07-02,Raid,\"";
                data += QByteArray(50 * 1024 * 1024, 'x');
            } else {
                data += "e1,Lawrence,KS,raid,2019-13-02,Raid,\"";
                data += QByteArray(50 * 1024 * 1024, 'x');
                data += "\"\n";
            }
            input = path(kind + ".csv");
            writeFile(input, data);
        } else if (kind.startsWith("columns")) {
            QByteArrayList header, row;
            const bool withRequired = kind == "columns";
            for (int i = 0; i < 10000; ++i) {
                header << (withRequired && i == 17 ? QByteArray("jurisdiction")
                           : withRequired && i == 4242 ? QByteArray("start")
                           : withRequired && i == 9999 ? QByteArray("title")
                                                       : "c" + QByteArray::number(i));
                row << (i == 17 ? QByteArray("Lawrence") : i == 4242 ? QByteArray("2019-13-01") : QByteArray::number(i));
            }
            input = path(kind + ".csv");
            writeFile(input, header.join(',') + '\n' + row.join(',') + '\n');
        } else if (kind == "nested") {
            input = path("nested.json");
            writeFile(input, QByteArray(100000, '['));
        } else {
            input = path("nested-objects.json");
            QByteArray data("{\"events\": ");
            for (int i = 0; i < 100000; ++i)
                data += "{\"a\":";
            writeFile(input, data);
        }
        expectRefusedImport(input, format, 2, fragment);
        QFile::remove(input);
    }

    // Broken case files: check, stats and import into them all answer 3 and change nothing.
    void brokenCaseFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fragment");
        for (const char *command : {"check", "stats", "import"}) {
            auto row = [command](const char *file, const char *fragment) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(command), QLatin1String(file))))
                    << QString::fromLatin1(file) << QString::fromLatin1(command) << QString::fromUtf8(fragment);
            };
            row("case-not-sqlite.caseline", ": not a Caseline case file (not an SQLite database)");
            row("case-zero-bytes.caseline", ": the file is empty, not a Caseline case file");
            row("case-truncated-header.caseline", ": not a Caseline case file");
            row("case-garbage-after-header.caseline", ": not a Caseline case file");
            row("@newer-schema", ": made by a newer Caseline (case-file schema 9999");
            row("@other-sqlite", ": an SQLite database, but not a Caseline case file");
        }
    }
    void brokenCaseFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, command);
        QFETCH(QString, fragment);
        const QString caseFile = path("broken.caseline");
        QFile::remove(caseFile);
        if (file == "@newer-schema") {
            QVERIFY(QFile::copy(m_template, caseFile));
            QFile::setPermissions(caseFile, QFile::ReadOwner | QFile::WriteOwner);
            execSql(caseFile, "PRAGMA user_version = 9999");
        } else if (file == "@other-sqlite") {
            execSql(caseFile, "CREATE TABLE notes(x); INSERT INTO notes VALUES ('mine')");
        } else {
            QVERIFY(QFile::copy(testDataPath(QStringLiteral("bad/") + file), caseFile));
            QFile::setPermissions(caseFile, QFile::ReadOwner | QFile::WriteOwner);
        }
        const QByteArray before = readFile(caseFile);
        const QString input = path("good.csv");
        writeFile(input, kGoodCsv);
        QStringList args{command, caseFile};
        if (command == "import")
            args << input;
        if (command == "stats")
            args << "--json";
        const ProcessResult r = runCaseline(args);
        QVERIFY2(!crashed(r), r.err.constData());
        QVERIFY2(r.exitCode == 3, qPrintable(QStringLiteral("exit %1; stderr: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        QVERIFY2(QString::fromUtf8(r.err).contains(caseFile + fragment), r.err.constData());
        QVERIFY2(r.out.isEmpty() || command == "check", r.out.constData());
        QVERIFY2(readFile(caseFile) == before, "the case file changed");
        QVERIFY(!QFileInfo::exists(caseFile + "-wal") || QFileInfo(caseFile + "-wal").size() == 0);
    }

    // A case file carrying its own trigger and view: neither opening nor importing runs them.
    void hostileTriggerDoesNotRun()
    {
        const QString caseFile = freshCase(QStringLiteral("hostile.caseline"));
        execSql(caseFile,
                "CREATE TABLE hostile_log(x);"
                "CREATE TRIGGER hostile_wipe AFTER INSERT ON event BEGIN DELETE FROM jurisdiction; "
                "INSERT INTO hostile_log VALUES ('event trigger ran'); END;"
                "CREATE TRIGGER hostile_wipe2 BEFORE INSERT ON jurisdiction BEGIN "
                "INSERT INTO hostile_log VALUES ('jurisdiction trigger ran'); END;"
                "CREATE VIEW hostile_view AS SELECT * FROM event;");
        const QJsonObject before = QJsonDocument::fromJson(statsJson(caseFile)).object();
        QVERIFY(before["jurisdictions"].toInt() > 0);
        const QString input = path("good.csv");
        writeFile(input, kGoodCsv);
        ProcessResult r = runCaseline({"import", caseFile, input});
        QVERIFY2(!crashed(r), r.err.constData());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject after = QJsonDocument::fromJson(statsJson(caseFile)).object();
        QCOMPARE(after["events"].toInt(), before["events"].toInt() + 2);
        QCOMPARE(after["jurisdictions"].toInt(), before["jurisdictions"].toInt() + 1);

        // Nothing the triggers would have written is there; the sample's lanes are all present.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(caseFile.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM hostile_log), (SELECT count(*) FROM jurisdiction)", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        const int logged = sqlite3_column_int(st, 0);
        const int lanes = sqlite3_column_int(st, 1);
        sqlite3_finalize(st);
        sqlite3_close(db);
        QCOMPARE(logged, 0);
        QCOMPARE(lanes, before["jurisdictions"].toInt() + 1);

        r = runCaseline({"check", caseFile});
        QVERIFY2(!crashed(r), r.err.constData());
        // check says they are there (they never ran, but their presence is suspicious); the file is sound.
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString report = QString::fromUtf8(r.out);
        QVERIFY2(report.contains(caseFile + QStringLiteral(": warning: the case file holds 3 trigger(s) or view(s) that Caseline does not make: "
                                                           "trigger 'hostile_wipe', trigger 'hostile_wipe2', view 'hostile_view'")),
                 r.out.constData());
    }

    // A read-only case file is refused, not half written. As root chmod stops nothing, so that
    // part can only be observed as an ordinary user.
    void readOnlyCaseFile()
    {
        const QString dir = path("ro");
        QDir().mkpath(dir);
        const QString caseFile = dir + "/ro.caseline";
        QFile::remove(caseFile);
        QVERIFY(QFile::copy(m_template, caseFile));
        QVERIFY(QFile::setPermissions(caseFile, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
        const QByteArray before = readFile(caseFile);
        const QString input = path("good.csv");
        writeFile(input, kGoodCsv);
        const ProcessResult r = runCaseline({"import", caseFile, input});
        const ProcessResult check = runCaseline({"check", caseFile});
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(!crashed(r), r.err.constData());
        QVERIFY2(!crashed(check), check.err.constData());
        if (geteuid() == 0) {
            // Root writes through 0444: the import either lands whole and the file stays sound,
            // or is refused and the file is unchanged.
            QVERIFY2(r.exitCode == 0 || r.exitCode == 3, r.err.constData());
            if (r.exitCode == 3)
                QCOMPARE(readFile(caseFile), before);
            const ProcessResult again = runCaseline({"check", caseFile});
            QVERIFY2(again.exitCode == 0, again.err.constData());
            // The refusal itself, seen by an ordinary user: run the same import as nobody.
            const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
            if (!runuser.isEmpty()) {
                const QString shared = QStringLiteral("/tmp/caseline-readonly-%1").arg(QCoreApplication::applicationPid());
                QDir().mkpath(shared);
                QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
                const QString roCase = shared + "/ro.caseline";
                const QString roInput = shared + "/good.csv";
                QFile::copy(caseFile, roCase);
                QFile::setPermissions(roCase, QFile::ReadOwner | QFile::ReadOther);
                writeFile(roInput, kGoodCsv);
                QFile::setPermissions(roInput, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
                const QByteArray roBefore = readFile(roCase);
                QProcess asNobody;
                asNobody.start(runuser, {"-u", "nobody", "--", caselineExecutable(), "import", roCase, roInput});
                const bool done = asNobody.waitForFinished(60000);
                const int code = asNobody.exitStatus() == QProcess::NormalExit ? asNobody.exitCode() : -1;
                const QByteArray err = asNobody.readAllStandardError();
                const bool unchanged = readFile(roCase) == roBefore;
                const bool noWal = !QFileInfo::exists(roCase + "-wal");
                QDir(shared).removeRecursively();
                QVERIFY(done);
                if (!err.contains("runuser:")) {  // runuser itself may be refused (no PAM, no user)
                    QVERIFY2(code == 3, err.constData());
                    QVERIFY2(QString::fromUtf8(err).contains(roCase + ": the case file is read-only"), err.constData());
                    QVERIFY(unchanged);
                    QVERIFY(noWal);
                    return;
                }
                qInfo("runuser could not switch to nobody: %s", err.constData());
            }
            QSKIP("running as root: chmod 0444 and a read-only folder do not stop root from writing, so the "
                  "read-only refusal cannot be observed here (it is checked when the suite runs as a normal user)");
        }
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(QString::fromUtf8(r.err).contains(caseFile + ": the case file is read-only"), r.err.constData());
        QCOMPARE(check.exitCode, 3);
        QCOMPARE(readFile(caseFile), before);
        QVERIFY(!QFileInfo::exists(caseFile + "-wal"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
