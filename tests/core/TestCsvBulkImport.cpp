// The streaming Caseline CSV import (CaseCsvBulkImport) against the path it replaces for large
// files (CaseCsvReader + CaseDataWriter): the same case file, row for row, on synthetic data big
// enough for the index rebuild; re-imports add nothing; bad input and cancelling change nothing.

#include "SyntheticCaseCsv.h"
#include "TestSupport.h"

#include "io/CaseCsvBulkImport.h"
#include "io/CaseCsvReader.h"
#include "io/CaseDataWriter.h"
#include "io/CaseJsonReader.h"
#include "io/CaseCsvParser.h"
#include "io/DetachedSearchIndex.h"
#include "io/SearchIndexTransfer.h"
#include "io/StableKey.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"
#include "storage/Database.h"
#include "storage/EventSearchIndex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

using namespace caseline;
using namespace caseline::test;

namespace {

QByteArray digest(Database &db, std::initializer_list<const char *> queries)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : queries) {
        Statement st = db.prepare(QString::fromLatin1(sql));
        while (st.step())
            for (int column = 0; column < sqlite3_column_count(st.handle()); ++column)
                hash.addData(st.text(column).toUtf8() + '\x1f');
    }
    return hash.result().toHex();
}

QByteArray digest(CaseFile &file, std::initializer_list<const char *> queries) { return digest(file.database(), queries); }

// Every (word, event, column, position) entry of the case file's full-text index, which keeps
// no text of its own to compare, in order.
const char *const kSearchEntries = "SELECT * FROM temp.search_entries";

QByteArray digest(CaseFile &file, std::initializer_list<const char *> queries, bool withSearchEntries)
{
    if (withSearchEntries)
        file.database().exec(QStringLiteral(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_entries USING fts5vocab(main, event_fts, instance)"));
    return digest(file.database(), queries);
}

// Everything an import writes, in a fixed order, as one digest.
QByteArray contentDigest(CaseFile &file)
{
    return digest(file, {"SELECT * FROM event ORDER BY id", "SELECT * FROM citation ORDER BY id",
                         "SELECT * FROM event_tag ORDER BY event_id, tag", "SELECT * FROM event_person ORDER BY event_id, position",
                         kSearchEntries, "SELECT block FROM event_fts_data WHERE id = 1", "SELECT * FROM jurisdiction ORDER BY id",
                         "SELECT * FROM source ORDER BY id", "SELECT * FROM policy_period ORDER BY id"},
                  true);
}

// The index holds exactly the words of the case file's events, where they are, and FTS5 finds its
// own structure sound.
void verifySearchIndex(CaseFile &file)
{
    QCOMPARE(EventSearchIndex::mismatches(file.database()), 0);
    file.database().exec(QStringLiteral("INSERT INTO event_fts(event_fts) VALUES ('integrity-check')"));
}

QStringList indexNames(CaseFile &file)
{
    Statement st = file.database().prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name"));
    QStringList names;
    while (st.step())
        names << st.text(0);
    return names;
}

qint64 count(Database &db, const char *sql)
{
    Statement st = db.prepare(QString::fromLatin1(sql));
    return st.step() ? st.int64(0) : -1;
}

qint64 count(CaseFile &file, const char *sql) { return count(file.database(), sql); }

// How many (word, column, position) entries the full-text index holds for one event: it keeps
// no row per event to look for.
qint64 searchEntriesOf(Database &db, qint64 eventId)
{
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.entries_of USING fts5vocab(main, event_fts, instance)"));
    Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM temp.entries_of WHERE doc = ?1"));
    st.bind(1, eventId);
    return st.step() ? st.int64(0) : 0;
}

// The import skips SQLite's foreign-key checks: every reference must hold all the same.
qint64 brokenReferences(CaseFile &file)
{
    Statement st = file.database().prepare(QStringLiteral("PRAGMA foreign_key_check"));
    qint64 rows = 0;
    while (st.step())
        ++rows;
    return rows;
}

QString journalMode(CaseFile &file)
{
    Statement st = file.database().prepare(QStringLiteral("PRAGMA journal_mode"));
    return st.step() ? st.text(0) : QString();
}

}  // namespace

class TestCsvBulkImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv, m_periods;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // A case holding the synthetic lanes and stance periods, as the benchmark starts.
    std::unique_ptr<CaseFile> caseWithPeriods(const char *name)
    {
        auto file = CaseFile::open(path(name), CaseFile::OpenMode::CreateIfMissing);
        auto periods = CaseJsonReader().read(readFile(m_periods), m_periods);
        CaseDataWriter(*file).write(std::get<CaseData>(periods));
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = path("events.csv");
        m_periods = path("periods.json");
        // Above the 20,000 lines from which the bulk import rebuilds indexes.
        bench::SyntheticCaseCsv::Sizes sizes;
        sizes.events = 25000;
        sizes.lanes = 400;
        const auto written = bench::SyntheticCaseCsv(sizes).write(m_csv, m_periods);
        QVERIFY(written.rows > sizes.events);  // some events cite two sources on two rows
    }

    void sameCaseFileAsTheWholeFilePath()
    {
        auto bulkFile = caseWithPeriods("bulk.caseline");
        const auto imported = CaseCsvBulkImport(*bulkFile).import(readFile(m_csv), m_csv);
        auto wholeFile = caseWithPeriods("whole.caseline");
        auto data = CaseCsvReader().read(readFile(m_csv), m_csv);
        QVERIFY(std::holds_alternative<CaseData>(data));
        const auto counts = CaseDataWriter(*wholeFile).write(std::get<CaseData>(data));

        QCOMPARE(imported.counts.events, 25000);
        QCOMPARE(imported.counts.events, counts.events);
        QCOMPARE(imported.counts.sources, counts.sources);
        QCOMPARE(imported.counts.jurisdictions, counts.jurisdictions);
        QCOMPARE(imported.counts.added, counts.added);
        QCOMPARE(imported.counts.updated, counts.updated);
        QCOMPARE(contentDigest(*bulkFile), contentDigest(*wholeFile));
        // The dropped indexes are back, and the full-text index answers.
        QCOMPARE(indexNames(*bulkFile), indexNames(*wholeFile));
        QVERIFY(indexNames(*bulkFile).contains(QStringLiteral("event_lane")));
        // The key index, built again in one sort, still keeps keys unique.
        QVERIFY(indexNames(*bulkFile).contains(QStringLiteral("event_key")));
        QVERIFY_THROWS_EXCEPTION(CaseFileError, bulkFile->database().exec(QStringLiteral(
            "INSERT INTO event(key, jurisdiction_id, type, start_date, first_day, last_day, title) "
            "SELECT key, jurisdiction_id, type, start_date, first_day, last_day, title FROM event WHERE id = 5")));
        QCOMPARE(count(*bulkFile, "SELECT count(*) FROM event_fts WHERE event_fts MATCH 'booking'"),
                 count(*wholeFile, "SELECT count(*) FROM event_fts WHERE event_fts MATCH 'booking'"));
        QVERIFY(count(*bulkFile, "SELECT count(*) FROM event_fts WHERE event_fts MATCH 'booking'") > 1000);
        QCOMPARE(count(*bulkFile, "SELECT count(*) FROM citation WHERE position = 1"),
                 count(*wholeFile, "SELECT count(*) FROM citation WHERE position = 1"));
        QVERIFY(count(*bulkFile, "SELECT count(*) FROM citation WHERE position = 1") > 500);
        {
            Statement integrity = bulkFile->database().prepare(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(integrity.step());
            QCOMPARE(integrity.text(0), QStringLiteral("ok"));
        }
        QCOMPARE(brokenReferences(*bulkFile), 0);
        QCOMPARE(count(*bulkFile, "PRAGMA foreign_keys"), 1);  // on again after the import
        // The full-text index was built in a scratch file on a thread of its own and copied in:
        // it holds exactly the events' words, and the scratch file is no longer attached.
        verifySearchIndex(*bulkFile);
        QCOMPARE(count(*bulkFile, "SELECT count(*) FROM pragma_database_list WHERE name NOT IN ('main', 'temp')"), 0);
        // Its text was not copied: the case file's index keeps none. Nor the scratch file's
        // merge setting: the case file's index merges as often as FTS5 does by default.
        QCOMPARE(count(*bulkFile, "SELECT count(*) FROM sqlite_schema WHERE name = 'event_fts_content'"), 0);
        QCOMPARE(count(*bulkFile, "SELECT count(*) FROM event_fts_config WHERE k = 'automerge'"), 0);
        // Edits after the import take out exactly the words the copied index holds.
        auto event = bulkFile->event(7);
        QVERIFY(event);
        QVERIFY(!event->citations.isEmpty());
        event->title = QStringLiteral("Quokkafication hearing");
        event->citations.first().quote = QStringLiteral("a wallabyish quote");
        bulkFile->updateEvent(*event);
        QCOMPARE(count(*bulkFile, "SELECT rowid FROM event_fts WHERE event_fts MATCH 'quokkafication AND wallabyish'"), 7);
        QVERIFY(searchEntriesOf(bulkFile->database(), 8) > 0);
        const qint64 indexed = EventSearchIndex::indexedCount(bulkFile->database());
        bulkFile->removeEvent(8);
        QCOMPARE(searchEntriesOf(bulkFile->database(), 8), 0);
        QCOMPARE(EventSearchIndex::indexedCount(bulkFile->database()), indexed - 1);
        verifySearchIndex(*bulkFile);
    }

    // An event's second row far from its first (the parser's thread has already indexed the
    // event): the quotes of both rows are found, as through the whole-file path.
    void laterRowOfAnEarlierEvent()
    {
        QList<QByteArray> lines = readFile(m_csv).split('\n');
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        // The first event cited on two rows (same id, the next line): move its second row last.
        qsizetype second = -1;
        for (qsizetype i = 2; i < lines.size() && second < 0; ++i) {
            const QByteArray id = lines[i].left(lines[i].indexOf(','));
            if (!id.isEmpty() && lines[i - 1].startsWith(id + ','))
                second = i;
        }
        QVERIFY(second > 0);
        const QByteArray id = lines[second].left(lines[second].indexOf(','));
        lines.append(lines.takeAt(second));
        const QByteArray csv = lines.join('\n') + '\n';
        const QString name = path("late.csv");

        auto bulkFile = caseWithPeriods("late-bulk.caseline");
        CaseCsvBulkImport(*bulkFile).import(csv, name);
        auto wholeFile = caseWithPeriods("late-whole.caseline");
        CaseDataWriter(*wholeFile).write(std::get<CaseData>(CaseCsvReader().read(csv, name)));
        // The moved row's citation gets the last citation id here, so compare citations by event.
        const auto sameContent = {"SELECT * FROM event ORDER BY id",
                                  "SELECT event_id, position, source_id, quote FROM citation ORDER BY event_id, position"};
        QCOMPARE(digest(*bulkFile, sameContent), digest(*wholeFile, sameContent));
        const auto moved = bulkFile->eventByKey(QString::fromUtf8(id));
        QVERIFY(moved);
        QCOMPARE(moved->citations.size(), 2);
        // The scratch index took the event out again and the writer indexed it with both quotes.
        verifySearchIndex(*bulkFile);
        // Both quotes' words, as in the file written event by event.
        QCOMPARE(digest(*bulkFile, {kSearchEntries}, true), digest(*wholeFile, {kSearchEntries}, true));

        // The scratch index itself: built, with the late event taken out by FTS5's 'delete' (its
        // text is not kept, only that of events with ids) and nothing else missing.
        DetachedSearchIndex index(1);
        CaseCsvParser(csv, name, index).parse();
        index.finish();
        QVERIFY(index.built());
        QCOMPARE(index.lateEvents(), std::vector<qint64>{moved->id});
        Database scratch(index.path(), Database::OpenMode::OpenExisting);
        scratch.exec(QStringLiteral("INSERT INTO event_fts(event_fts) VALUES ('integrity-check')"));
        QCOMPARE(count(scratch, "SELECT count(*) FROM sqlite_schema WHERE name = 'event_fts_content'"), 0);
        QCOMPARE(searchEntriesOf(scratch, moved->id), 0);
        QVERIFY(searchEntriesOf(scratch, moved->id + 1) > 0);
        QCOMPARE(EventSearchIndex::indexedCount(scratch), 25000 - 1);
    }

    // The scratch index sets events aside while its thread is behind and indexes them at the
    // end: whatever the moments, the same index as when it never falls behind.
    void setAsideEventsGiveTheSameIndex()
    {
        auto file = caseWithPeriods("set-aside.caseline");
        const auto build = [&](std::function<bool()> behind) -> QByteArray {
            auto index = std::make_unique<DetachedSearchIndex>(1);
            index->setBehind(std::move(behind));
            CaseCsvParser(readFile(m_csv), m_csv, *index).parse();
            index->finish();
            [&] { QVERIFY(index->built()); }();
            Database scratch(index->path(), Database::OpenMode::OpenExisting);
            scratch.exec(QStringLiteral("INSERT INTO event_fts(event_fts) VALUES ('integrity-check')"));
            scratch.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.entries USING fts5vocab(main, event_fts, instance)"));
            const QByteArray result = digest(scratch, {"SELECT * FROM temp.entries", "SELECT block FROM event_fts_data WHERE id = 1",
                                                        "SELECT count(*) FROM event_fts WHERE event_fts MATCH 'booking'"});
            // The rows set aside were read back once and their file removed.
            [&] { QVERIFY(QDir(QFileInfo(index->path()).path()).entryList({QStringLiteral("*.rows")}, QDir::Files).isEmpty()); }();
            return result;
        };
        int calls = 0;
        const QByteArray never = build({});
        QCOMPARE(build([&] { return ++calls % 3 != 0; }), never);
        QVERIFY(calls >= 25000);
        QCOMPARE(build([] { return true; }), never);

        // Given up (a cancel) with every event set aside: nothing more is indexed.
        DetachedSearchIndex abandoned(1);
        abandoned.setBehind([] { return true; });
        CaseCsvParser(readFile(m_csv), m_csv, abandoned).parse();
        abandoned.abandon();
        abandoned.finish();
        QVERIFY(!abandoned.built());
    }

    // Again through both paths: nothing added, every event updated in place, the same result
    // (citations are written anew by both, so their row ids move on alike).
    // No room for the scratch index (here: the temporary folder is a file, so no folder can be
    // made in it, not even by root): the writer indexes the events itself, with the same result.
    void withoutScratchSpace()
    {
        const QByteArray tmpBefore = qgetenv("TMPDIR");
        QFile notAFolder(path("not-a-folder"));
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
        notAFolder.close();
        qputenv("TMPDIR", notAFolder.fileName().toUtf8());
        QVERIFY(!QTemporaryDir().isValid());
        auto bulkFile = caseWithPeriods("no-scratch.caseline");
        CaseCsvBulkImport(*bulkFile).import(readFile(m_csv), m_csv);
        qputenv("TMPDIR", tmpBefore);
        auto wholeFile = caseWithPeriods("no-scratch-whole.caseline");
        CaseDataWriter(*wholeFile).write(std::get<CaseData>(CaseCsvReader().read(readFile(m_csv), m_csv)));
        QCOMPARE(contentDigest(*bulkFile), contentDigest(*wholeFile));
        verifySearchIndex(*bulkFile);
    }

    // Keys derived from content must never change: re-importing a file matches its events by
    // them. The first 16 hex digits of SHA-1, as every version wrote them.
    void derivedKeysAreStable()
    {
        QCOMPARE(StableKey::digest(QStringLiteral("abc")), QStringLiteral("a9993e364706816a"));
        QCOMPARE(StableKey::digest(QStringLiteral("jurisdiction:ashton|ca:2019-02:detention")), QStringLiteral("8927e502c553863c"));
        QCOMPARE(StableKey::digest(QStringLiteral("Sheriff\u2019s Office \u00e9")), QStringLiteral("5dc5db0f4e9b485b"));
        // Normalising takes a shortcut for ASCII text: the same key as the general rule
        // (white space simplified, case folded) for every ASCII character, spaces and controls too.
        const QString dense = QStringLiteral(" \t\n\v\f\r\x1c\x1f\x7fAaZz@[`{09'");  // edges of the rules
        QRandomGenerator random(6);
        for (int i = 0; i < 20000; ++i) {
            QString text(random.bounded(24), Qt::Uninitialized);
            for (QChar &c : text)
                c = i % 2 ? QChar(random.bounded(128)) : dense.at(random.bounded(dense.size()));
            QCOMPARE(StableKey::normalise(text), text.simplified().toCaseFolded());
        }
        QCOMPARE(StableKey::normalise(QStringLiteral("  Calhoun County\tSHERIFF\u2019s\u00a0Office ")),
                 QStringLiteral("calhoun county sheriff's office"));
    }

    // Into a case that already holds an event, the writer fills the full-text index itself (no
    // scratch index): the same rows as the whole-file path, and FTS5 agrees with itself.
    void intoACaseWithEvents()
    {
        const auto withOneEvent = [&](const char *name) {
            auto file = caseWithPeriods(name);
            Event e;
            e.jurisdictionId = file->jurisdictions().first().id;
            e.type = EventType::Statement;
            e.start = PartialDate::day(2001, 2, 3);
            e.title = QStringLiteral("Quokkafication hearing");
            file->addEvent(e);
            return file;
        };
        auto bulkFile = withOneEvent("populated-bulk.caseline");
        const auto imported = CaseCsvBulkImport(*bulkFile).import(readFile(m_csv), m_csv);
        QCOMPARE(imported.counts.events, 25000);
        QCOMPARE(bulkFile->eventCount(), 25001);
        auto wholeFile = withOneEvent("populated-whole.caseline");
        CaseDataWriter(*wholeFile).write(std::get<CaseData>(CaseCsvReader().read(readFile(m_csv), m_csv)));
        // Event 1 is the one added by hand, with a key of its own in each file.
        const auto sameContent = {"SELECT * FROM event WHERE id > 1 ORDER BY id", kSearchEntries};
        QCOMPARE(digest(*bulkFile, sameContent, true), digest(*wholeFile, sameContent, true));
        QCOMPARE(EventSearchIndex::indexedCount(bulkFile->database()), 25001);
        QCOMPARE(count(*bulkFile, "SELECT rowid FROM event_fts WHERE event_fts MATCH 'quokkafication'"), 1);
        QCOMPARE(brokenReferences(*bulkFile), 0);
        verifySearchIndex(*bulkFile);
        // The larger buffer was for the import only.
        QCOMPARE(count(*bulkFile, "SELECT v FROM event_fts_config WHERE k = 'hashsize'"), 1024 * 1024);
    }

    // A killed import leaves its scratch folder; the next large import removes it, and leaves
    // the folder of a process that still runs (here: this one) alone.
    void removesScratchOfKilledImports()
    {
        const QByteArray tmpBefore = qgetenv("TMPDIR");
        const QString temp = path("temp");
        QVERIFY(QDir().mkpath(temp + QStringLiteral("/caseline-search-999999999-AbCdEf")));  // above Linux's pid_max
        const QString alive = temp + QStringLiteral("/caseline-search-%1-GhIjKl").arg(QCoreApplication::applicationPid());
        QVERIFY(QDir().mkpath(alive));
        QFile leftover(temp + QStringLiteral("/caseline-search-999999999-AbCdEf/search.sqlite"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        qputenv("TMPDIR", temp.toUtf8());
        auto file = caseWithPeriods("after-kill.caseline");
        CaseCsvBulkImport(*file).import(readFile(m_csv), m_csv);
        qputenv("TMPDIR", tmpBefore);
        QCOMPARE(file->eventCount(), 25000);
        // The killed import's folder is gone, this import's own was removed when it ended.
        QCOMPARE(QDir(temp).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{QFileInfo(alive).fileName()});
    }

    void reimportAddsNothing()
    {
        auto bulkFile = caseWithPeriods("again-bulk.caseline");
        CaseCsvBulkImport(*bulkFile).import(readFile(m_csv), m_csv);
        const auto again = CaseCsvBulkImport(*bulkFile).import(readFile(m_csv), m_csv);
        QCOMPARE(again.counts.added, 0);
        QCOMPARE(again.counts.events, 25000);
        QCOMPARE(bulkFile->eventCount(), 25000);

        auto wholeFile = caseWithPeriods("again-whole.caseline");
        const auto data = std::get<CaseData>(CaseCsvReader().read(readFile(m_csv), m_csv));
        CaseDataWriter(*wholeFile).write(data);
        const auto counts = CaseDataWriter(*wholeFile).write(data);
        QCOMPARE(counts.added, 0);
        QCOMPARE(again.counts.updated, counts.updated);
        QCOMPARE(contentDigest(*bulkFile), contentDigest(*wholeFile));
        QCOMPARE(brokenReferences(*bulkFile), 0);
    }

    void badLastLineChangesNothing()
    {
        auto file = caseWithPeriods("bad.caseline");
        const QByteArray before = contentDigest(*file);
        const QStringList indexes = indexNames(*file);
        QByteArray csv = readFile(m_csv);
        const int lastLine = int(csv.count('\n')) + 1;
        csv += "x,Ashton,CA,city,detention,2019-13-01,,A month that does not exist,,,,,,,,,,,,\n";
        try {
            CaseCsvBulkImport(*file).import(csv, QStringLiteral("bad.csv"));
            QFAIL("the import should have been refused");
        } catch (const ImportError &error) {
            QCOMPARE(error.line, lastLine);
            QVERIFY2(error.toString().startsWith(QStringLiteral("bad.csv:%1: start").arg(lastLine)), qPrintable(error.toString()));
        }
        QCOMPARE(file->eventCount(), 0);
        QCOMPARE(indexNames(*file), indexes);
        QCOMPARE(contentDigest(*file), before);
        QCOMPARE(count(*file, "SELECT count(*) FROM pragma_database_list WHERE name NOT IN ('main', 'temp')"), 0);
    }

    // Allowed to (as the command line is), a large import into a file no other connection has
    // open writes through a rollback journal; with another one open, or not allowed, through the
    // WAL. The content is the same, and the file is in WAL mode afterwards, also after bad input.
    void rollbackJournalOnlyWhenAlone()
    {
        const auto importSeeingJournal = [&](CaseFile &file, bool allowed, const QByteArray &csv) {
            CaseCsvBulkImport bulk(file);
            bulk.setRollbackJournalIfAlone(allowed);
            bool journalSeen = false;
            bulk.setProgress([&](qint64, qint64) {
                journalSeen = journalSeen || QFileInfo::exists(file.path() + QStringLiteral("-journal"));
                return true;
            });
            bulk.import(csv, m_csv);
            return journalSeen;
        };
        const QByteArray csv = readFile(m_csv);
        auto alone = caseWithPeriods("journal-alone.caseline");
        QVERIFY(importSeeingJournal(*alone, true, csv));
        QCOMPARE(journalMode(*alone), QStringLiteral("wal"));
        QVERIFY(!QFileInfo::exists(alone->path() + QStringLiteral("-journal")));
        Statement integrity = alone->database().prepare(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity.step());
        QCOMPARE(integrity.text(0), QStringLiteral("ok"));

        auto shared = caseWithPeriods("journal-shared.caseline");
        auto window = CaseFile::open(shared->path());
        QCOMPARE(window->eventCount(), 0);
        QVERIFY(!importSeeingJournal(*shared, true, csv));
        QCOMPARE(window->eventCount(), 25000);
        QCOMPARE(journalMode(*shared), QStringLiteral("wal"));
        QCOMPARE(contentDigest(*alone), contentDigest(*shared));

        auto notAllowed = caseWithPeriods("journal-not-allowed.caseline");
        QVERIFY(!importSeeingJournal(*notAllowed, false, csv));
        QCOMPARE(contentDigest(*alone), contentDigest(*notAllowed));

        auto bad = caseWithPeriods("journal-bad.caseline");
        const QByteArray before = contentDigest(*bad);
        QVERIFY_THROWS_EXCEPTION(ImportError, importSeeingJournal(*bad, true, csv + "x,Ashton,CA,city,detention,2019-13-01,,Bad,,,,,,,,,,,,\n"));
        QCOMPARE(contentDigest(*bad), before);
        QCOMPARE(journalMode(*bad), QStringLiteral("wal"));
        QCOMPARE(count(*bad, "PRAGMA foreign_keys"), 1);
        QVERIFY(!QFileInfo::exists(bad->path() + QStringLiteral("-journal")));
    }

    void cancelChangesNothing()
    {
        auto file = caseWithPeriods("cancel.caseline");
        const QByteArray before = contentDigest(*file);
        CaseCsvBulkImport bulk(*file);
        qint64 reports = 0;
        bulk.setProgress([&](qint64 done, qint64 total) {
            [&] { QVERIFY(done > 0 && done <= total); }();
            return ++reports < 10;
        });
        QVERIFY_THROWS_EXCEPTION(ImportCancelled, bulk.import(readFile(m_csv), m_csv));
        QCOMPARE(reports, 10);
        QCOMPARE(file->eventCount(), 0);
        QCOMPARE(contentDigest(*file), before);
    }

    // Cancel after the last row, while the indexes are built: the same.
    void cancelWhileIndexingChangesNothing()
    {
        auto file = caseWithPeriods("cancel-late.caseline");
        const QByteArray before = contentDigest(*file);
        const QStringList indexesBefore = indexNames(*file);
        CaseCsvBulkImport bulk(*file);
        qint64 askedAfterTheRows = 0;
        bulk.setProgress([&](qint64 done, qint64 total) {
            if (done < total)
                return true;
            return ++askedAfterTheRows == 1;  // the last row's report goes through
        });
        QVERIFY_THROWS_EXCEPTION(ImportCancelled, bulk.import(readFile(m_csv), m_csv));
        QCOMPARE(askedAfterTheRows, 2);
        QCOMPARE(file->eventCount(), 0);
        QCOMPARE(contentDigest(*file), before);
        QCOMPARE(indexNames(*file), indexesBefore);
        QCOMPARE(count(*file, "PRAGMA foreign_keys"), 1);
        // And the next import goes through whole.
        CaseCsvBulkImport(*file).import(readFile(m_csv), m_csv);
        QCOMPARE(file->eventCount(), 25000);
        verifySearchIndex(*file);
    }
};

QTEST_GUILESS_MAIN(TestCsvBulkImport)
#include "TestCsvBulkImport.moc"
