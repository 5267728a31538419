#include "TestSupport.h"
#include "analysis/CaseCheck.h"
#include "query/EventQuery.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"
#include "storage/Database.h"
#include "storage/EventSearchIndex.h"
#include "storage/NestedSavepointsOff.h"
#include "storage/Schema.h"
#include "util/FixedClock.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace caseline;

namespace {

struct Fixture {
    qint64 lawrence = 0, federal = 0, source = 0;
};

Fixture populate(CaseFile &file)
{
    Fixture f;
    Jurisdiction lawrence{0, {}, QStringLiteral("Lawrence"), JurisdictionKind::City, QStringLiteral("KS"),
                          QStringLiteral("Douglas"), QStringLiteral("2038900"), 94934, 2020};
    f.lawrence = file.addJurisdiction(lawrence);
    Jurisdiction federal{0, {}, QStringLiteral("United States (federal)"), JurisdictionKind::Federal, {}, {}, {}, {}, {}};
    f.federal = file.addJurisdiction(federal);
    Source article;
    article.title = QStringLiteral("Lawrence police assist ICE");
    article.publisher = QStringLiteral("Example Journal-World");
    article.published = PartialDate::day(2019, 7, 2);
    article.url = QStringLiteral("https://example.org/a");
    article.text = QStringLiteral("Later the department said an officer provided backup to an ICE agent.");
    f.source = file.addSource(article);
    return f;
}

Event backupCall(const Fixture &f)
{
    Event e;
    e.jurisdictionId = f.lawrence;
    e.type = EventType::BackupCall;
    e.start = PartialDate::day(2019, 6, 27);
    e.title = QStringLiteral("Officer backs up ICE agent");
    e.summary = QStringLiteral("An officer provided backup near 27th and Iowa streets.");
    e.location = QStringLiteral("27th and Iowa streets");
    e.people = {{QStringLiteral("Gregory Burns"), QStringLiteral("police chief")}};
    e.tags = {QStringLiteral("ice"), QStringLiteral("police")};
    e.status = EventStatus::Disputed;
    e.note = QStringLiteral("Date derived from 'Thursday'.");
    e.citations = {{0, f.source, QStringLiteral("an officer provided backup to an ICE agent"), 1, QStringLiteral("p. 1")}};
    return e;
}

// One jurisdiction, source, event and citation in a file at an older schema version.
void writeOldCaseFile(const QString &file, int version)
{
    Database db(file, Database::OpenMode::CreateIfMissing);
    Schema::migrate(db, 0, version);
    db.exec(QStringLiteral("INSERT INTO jurisdiction(id, key, name, kind, match_key) VALUES (1, 'j1', 'Chicago', 0, 'chicago|')"));
    db.exec(QStringLiteral("INSERT INTO source(id, key, title) VALUES (1, 's1', 'Article')"));
    db.exec(QStringLiteral("INSERT INTO event(id, key, jurisdiction_id, type, start_date, first_day, last_day, title) "
                           "VALUES (1, 'e1', 1, 6, '2012', 2455928, 2456293, 'Welcoming City Ordinance')"));
    db.exec(QStringLiteral("INSERT INTO citation(event_id, source_id, quote) VALUES (1, 1, 'restricts cooperation')"));
}

}  // namespace

class TestCaseFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void roundTripsEveryEntityThroughDisk()
    {
        const QString file = path(QStringLiteral("roundtrip.caseline"));
        Event written;
        PolicyPeriod period;
        Story story;
        Fixture f;
        {
            auto cf = CaseFile::open(file, CaseFile::OpenMode::CreateIfMissing);
            f = populate(*cf);
            written = backupCall(f);
            cf->addEvent(written);
            period.jurisdictionId = f.lawrence;
            period.stance = Stance::WelcomingCity;
            period.start = PartialDate::year(2017);
            period.note = QStringLiteral("Nonbinding proclamation");
            period.citations = {{0, f.source, QStringLiteral("a 2017 proclamation"), {}, {}}};
            cf->addPolicyPeriod(period);
            story.name = QStringLiteral("Lawrence and ICE");
            story.entries = {{written.id, QStringLiteral("Lead with this")}};
            cf->addStory(story);
            cf->setInfo(QStringLiteral("title"), QStringLiteral("Test case"));
        }
        auto cf = CaseFile::open(file);
        QCOMPARE(cf->schemaVersion(), Schema::kCurrentVersion);
        const auto lawrence = cf->jurisdiction(f.lawrence);
        QVERIFY(lawrence);
        QCOMPARE(lawrence->name, QStringLiteral("Lawrence"));
        QCOMPARE(lawrence->county, QStringLiteral("Douglas"));
        QCOMPARE(lawrence->population, std::optional<qint64>(94934));
        QCOMPARE(lawrence->populationYear, std::optional<int>(2020));
        QCOMPARE(cf->findJurisdiction(QStringLiteral("  lawrence "), QStringLiteral("ks"))->id, f.lawrence);
        const auto source = cf->source(f.source);
        QVERIFY(source);
        QCOMPARE(source->published, PartialDate::day(2019, 7, 2));
        QCOMPARE(source->text, QStringLiteral("Later the department said an officer provided backup to an ICE agent."));
        auto read = cf->event(written.id);
        QVERIFY(read);
        // Citation ids are assigned by the file; everything else must come back as written.
        for (auto &c : read->citations)
            c.id = 0;
        QCOMPARE(*read, written);
        const auto periods = cf->policyPeriods(f.lawrence);
        QCOMPARE(periods.size(), 1);
        QCOMPARE(periods[0].stance, Stance::WelcomingCity);
        QVERIFY(periods[0].isOpenEnded());
        QCOMPARE(periods[0].citations.size(), 1);
        QCOMPARE(cf->storyByName(QStringLiteral("Lawrence and ICE"))->entries.first().note, QStringLiteral("Lead with this"));
        QCOMPARE(cf->info(QStringLiteral("title")), QStringLiteral("Test case"));
    }

    void updatesAndDeletes()
    {
        auto cf = CaseFile::open(path(QStringLiteral("crud.caseline")), CaseFile::OpenMode::CreateIfMissing);
        const Fixture f = populate(*cf);
        Event e = backupCall(f);
        cf->addEvent(e);
        e.title = QStringLiteral("Edited title");
        e.citations.clear();
        e.tags = {QStringLiteral("edited")};
        cf->updateEvent(e);
        QCOMPARE(cf->event(e.id)->title, QStringLiteral("Edited title"));
        QCOMPARE(cf->event(e.id)->citations.size(), 0);
        QCOMPARE(cf->event(e.id)->tags, QStringList{QStringLiteral("edited")});

        // A cited source cannot disappear from under its citations.
        Event cited = backupCall(f);
        cf->addEvent(cited);
        QVERIFY_THROWS_EXCEPTION(CaseFileError, cf->removeSource(f.source));
        cf->removeEvent(cited.id);
        cf->removeSource(f.source);
        QVERIFY(!cf->source(f.source));

        Jurisdiction j = *cf->jurisdiction(f.lawrence);
        j.population = 95000;
        cf->updateJurisdiction(j);
        QCOMPARE(cf->jurisdiction(f.lawrence)->population, std::optional<qint64>(95000));
        cf->removeJurisdiction(f.lawrence);  // takes its events with it
        QVERIFY(!cf->event(e.id));
        QCOMPARE(cf->eventCount(), 0);
        QVERIFY_THROWS_EXCEPTION(CaseFileError, cf->removeEvent(e.id));
    }

    void rejectsInvalidEntitiesWithoutWriting()
    {
        auto cf = CaseFile::open(path(QStringLiteral("invalid.caseline")), CaseFile::OpenMode::CreateIfMissing);
        const Fixture f = populate(*cf);
        Event e = backupCall(f);
        e.title.clear();
        QVERIFY_THROWS_EXCEPTION(CaseFileError, cf->addEvent(e));
        e = backupCall(f);
        e.end = PartialDate::year(2010);
        QVERIFY_THROWS_EXCEPTION(CaseFileError, cf->addEvent(e));
        e = backupCall(f);
        e.citations = {{0, 9999, QStringLiteral("no such source"), {}, {}}};  // foreign key fails mid-write
        QVERIFY_THROWS_EXCEPTION(CaseFileError, cf->addEvent(e));
        QCOMPARE(cf->eventCount(), 0);  // the event row written before the failure was rolled back
    }

    void searchesFullTextAndFilters()
    {
        auto cf = CaseFile::open(path(QStringLiteral("search.caseline")), CaseFile::OpenMode::CreateIfMissing);
        const Fixture f = populate(*cf);
        Event a = backupCall(f);
        cf->addEvent(a);
        Event b;
        b.jurisdictionId = f.federal;
        b.type = EventType::Other;
        b.start = PartialDate::year(2003);
        b.title = QStringLiteral("ICE created");
        b.citations = {{0, f.source, QStringLiteral("created by the federal government in 2003"), {}, {}}};
        cf->addEvent(b);
        PolicyPeriod welcoming;
        welcoming.jurisdictionId = f.lawrence;
        welcoming.stance = Stance::WelcomingCity;
        welcoming.start = PartialDate::year(2017);
        cf->addPolicyPeriod(welcoming);

        EventQuery query(*cf);
        EventFilter filter;
        filter.searchText = QStringLiteral("federal government");  // only in a quote
        QCOMPARE(query.eventIds(filter), QList<qint64>{b.id});
        filter.searchText = QStringLiteral("Iowa");                // in the summary
        QCOMPARE(query.eventIds(filter), QList<qint64>{a.id});
        filter.searchText = QStringLiteral("\"unbalanced AND OR ("); // operators are plain words
        QCOMPARE(query.count(filter), 0);
        filter = {};
        filter.types = {EventType::BackupCall};
        QCOMPARE(query.eventIds(filter), QList<qint64>{a.id});
        filter = {};
        filter.from = PartialDate::year(2019);
        QCOMPARE(query.eventIds(filter), QList<qint64>{a.id});
        filter = {};
        filter.to = PartialDate::month(2003, 6);  // overlaps the year-precision 2003 event
        QCOMPARE(query.eventIds(filter), QList<qint64>{b.id});
        filter = {};
        filter.stanceFamilies = {StanceFamily::LimitsCooperation};
        QCOMPARE(query.eventIds(filter), QList<qint64>{a.id});
        filter.stanceFamilies = {StanceFamily::Neither};
        QCOMPARE(query.eventIds(filter), QList<qint64>{b.id});
        filter = {};
        filter.jurisdictionIds = {f.federal};
        QCOMPARE(query.eventIds(filter), QList<qint64>{b.id});

        // Editing a quote re-indexes it in the same transaction.
        b.citations.first().quote = QStringLiteral("a brand new passage about detainers");
        cf->updateEvent(b);
        filter = {};
        filter.searchText = QStringLiteral("detainers");
        QCOMPARE(query.eventIds(filter), QList<qint64>{b.id});
        filter.searchText = QStringLiteral("federal government");
        QCOMPARE(query.count(filter), 0);
        QCOMPARE(query.stanceFamilyOn(f.lawrence, PartialDate::day(2016, 12, 31).firstJulianDay()), StanceFamily::Neither);
        QCOMPARE(query.stanceFamilyOn(f.lawrence, PartialDate::day(2017, 1, 1).firstJulianDay()), StanceFamily::LimitsCooperation);
    }

    void migratesAnOlderSchemaAfterBackup()
    {
        const QString file = path(QStringLiteral("old.caseline"));
        // A version-1 file as an earlier Caseline wrote it: no source text, no search index.
        writeOldCaseFile(file, 1);
        FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 15, 0)));
        auto cf = CaseFile::open(file, CaseFile::OpenMode::OpenExisting, &clock);
        QCOMPARE(cf->migratedFromVersion(), 1);
        QCOMPARE(cf->schemaVersion(), Schema::kCurrentVersion);
        const QString backup = m_dir.filePath(QStringLiteral("old.v1-backup-20261130-091500.caseline"));
        QCOMPARE(cf->backupPath(), backup);
        QVERIFY(QFileInfo::exists(backup));
        // The existing event is now searchable by its quote.
        EventFilter filter;
        filter.searchText = QStringLiteral("cooperation");
        QCOMPARE(EventQuery(*cf).count(filter), 1);
        cf.reset();
        // The backup is still the old version.
        Database old(backup, Database::OpenMode::OpenExisting);
        QCOMPARE(old.pragmaInt(QStringLiteral("user_version")), 1);
    }

    // The search index keeps no text (EventSearchIndex): each edit takes an event out with the
    // words it was indexed with. After every kind of edit the index is exactly what the events
    // give, and finds the new words only.
    void editsKeepTheSearchIndexExact()
    {
        auto cf = CaseFile::open(path(QStringLiteral("search-edits.caseline")), CaseFile::OpenMode::CreateIfMissing);
        const Fixture f = populate(*cf);
        Event e = backupCall(f);
        cf->addEvent(e);
        Event second = backupCall(f);
        second.title = QStringLiteral("Quokka gathering");  // words found nowhere else
        second.citations.append({0, f.source, QStringLiteral("a second quote about Iowa streets"), 2, {}});
        cf->addEvent(second);
        Event federal = backupCall(f);
        federal.jurisdictionId = f.federal;
        federal.title = QStringLiteral("Federal detainer request");
        cf->addEvent(federal);
        Database &db = cf->database();
        const auto matches = [&](const char *words) {
            Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM event_fts WHERE event_fts MATCH ?1"));
            st.bindText(1, QString::fromLatin1(words));
            return st.step() ? st.int64(0) : -1;
        };
        const auto exact = [&] {
            QCOMPARE(EventSearchIndex::mismatches(db), 0);
            db.exec(QStringLiteral("INSERT INTO event_fts(event_fts) VALUES ('integrity-check')"));
        };
        exact();
        QCOMPARE(matches("iowa"), 3);

        // New title, a quote changed, one citation dropped, one added.
        second.title = QStringLiteral("Renamed call");
        second.citations[0].quote = QStringLiteral("wholly different wording");
        second.citations.removeAt(1);
        second.citations.append({0, f.source, QStringLiteral("an appended quote"), 3, {}});
        cf->updateEvent(second);
        exact();
        QCOMPARE(matches("quokka"), 0);
        QCOMPARE(matches("second"), 0);  // only in the dropped quote
        QCOMPARE(matches("renamed AND wholly AND appended"), 1);
        QCOMPARE(matches("iowa"), 3);  // the summary still says it

        cf->removeEvent(e.id);
        exact();
        QCOMPARE(matches("iowa"), 2);

        cf->removeJurisdiction(f.federal);  // its event goes with it
        exact();
        QCOMPARE(matches("detainer"), 0);
        QCOMPARE(matches("iowa"), 1);
    }

    // A version-3 file kept a copy of the text in its search index; version 4 builds the index
    // again without one, and search finds the same events.
    void migratesTheSearchIndexWithoutItsText()
    {
        const QString file = path(QStringLiteral("v3.caseline"));
        {
            writeOldCaseFile(file, 3);
            Database db(file, Database::OpenMode::OpenExisting);
            db.exec(QStringLiteral("INSERT INTO event_fts(rowid, title, summary, quotes) "
                                   "VALUES (1, 'Welcoming City Ordinance', '', 'restricts cooperation')"));
            QCOMPARE(db.pragmaInt(QStringLiteral("user_version")), 3);
        }
        auto cf = CaseFile::open(file);
        QCOMPARE(cf->migratedFromVersion(), 3);
        Database &db = cf->database();
        Statement kept = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'event_fts_content'"));
        QVERIFY(kept.step());
        QCOMPARE(kept.int64(0), 0);
        kept.reset();
        QCOMPARE(EventSearchIndex::mismatches(db), 0);
        EventFilter filter;
        filter.searchText = QStringLiteral("cooperation welcoming");
        QCOMPARE(EventQuery(*cf).count(filter), 1);
        // And it can be edited: the event is taken out with the words the migration indexed.
        auto event = cf->event(1);
        QVERIFY(event);
        event->citations.clear();
        cf->updateEvent(*event);
        filter.searchText = QStringLiteral("cooperation");
        QCOMPARE(EventQuery(*cf).count(filter), 0);
        QCOMPARE(EventSearchIndex::mismatches(db), 0);
    }

    // Version 5 rebuilds the event table so that its key is unique through an index of its own
    // (which a large import drops and builds again). Every row that refers to an event stays.
    void migratesEventKeysToAnIndexOfTheirOwn()
    {
        const QString file = path(QStringLiteral("v4.caseline"));
        {
            writeOldCaseFile(file, 4);
            Database db(file, Database::OpenMode::OpenExisting);
            db.exec(QStringLiteral("INSERT INTO event(id, key, jurisdiction_id, type, start_date, first_day, last_day, title) "
                                   "VALUES (7, 'e7', 1, 2, '2019-06-27', 2458662, 2458662, 'Backup call')"));
            db.exec(QStringLiteral("INSERT INTO event_tag(event_id, tag) VALUES (7, 'police')"));
            db.exec(QStringLiteral("INSERT INTO event_person(event_id, position, name) VALUES (7, 0, 'Gregory Burns')"));
            db.exec(QStringLiteral("INSERT INTO story(id, key, name) VALUES (1, 'st1', 'Backup calls')"));
            db.exec(QStringLiteral("INSERT INTO story_entry(story_id, event_id, position) VALUES (1, 7, 0)"));
            db.exec(QStringLiteral("INSERT INTO event_fts(event_fts, rowid, title, summary, quotes) VALUES ('delete-all', 0, '', '', '')"));
            db.exec(EventSearchIndex::fillSql());
            // A reference already broken before the upgrade (not the upgrade's doing) does not
            // stop it.
            db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            db.exec(QStringLiteral("INSERT INTO event_person(event_id, position, name) VALUES (99, 0, 'Nobody')"));
        }
        auto cf = CaseFile::open(file);
        QCOMPARE(cf->migratedFromVersion(), 4);
        Database &db = cf->database();
        const auto count = [&](const QString &sql) {
            Statement st = db.prepare(sql);
            return st.step() ? st.int64(0) : -1;
        };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM citation WHERE event_id = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_tag WHERE event_id = 7")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_person WHERE event_id = 7")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM story_entry WHERE event_id = 7")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'event_key' AND sql LIKE 'CREATE UNIQUE INDEX%'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'event' AND type = 'index'")), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('citation') WHERE \"table\" = 'event'")), 1);
        QCOMPARE(EventSearchIndex::mismatches(db), 0);
        const auto event = cf->event(7);
        QVERIFY(event);
        QCOMPARE(event->title, QStringLiteral("Backup call"));
        QCOMPARE(event->tags, QStringList{QStringLiteral("police")});
        // Keys stay unique, and foreign keys are on again: removing the event takes its rows.
        QVERIFY_THROWS_EXCEPTION(CaseFileError, db.exec(QStringLiteral(
            "INSERT INTO event(key, jurisdiction_id, type, start_date, first_day, last_day, title) "
            "VALUES ('e7', 1, 2, '2019', 2458485, 2458849, 'Same key')")));
        cf->removeEvent(7);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM story_entry")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_tag")), 0);
    }

    // Version 6 rebuilds the event search index without per-event word counts (FTS5's
    // columnsize=0) and indexes citations by policy period only where they have one. The result
    // is the schema a new file gets, searches and checks as before, and removing a period still
    // takes its citations through that index.
    void migratesToASearchIndexWithoutSizes()
    {
        const QString file = path(QStringLiteral("v5.caseline"));
        {
            writeOldCaseFile(file, 5);
            Database db(file, Database::OpenMode::OpenExisting);
            db.exec(QStringLiteral("INSERT INTO policy_period(id, key, jurisdiction_id, stance, family, start_date, first_day) "
                                   "VALUES (1, 'p1', 1, 1, 1, '2012', 2455928)"));
            db.exec(QStringLiteral("INSERT INTO citation(policy_period_id, source_id, quote) VALUES (1, 1, 'welcoming city')"));
            db.exec(EventSearchIndex::fillSql());
            Statement sizes = db.prepare(QStringLiteral("SELECT count(*) FROM event_fts_docsize"));
            QVERIFY(sizes.step());
            QCOMPARE(sizes.int64(0), 1);
        }
        const auto schemaOf = [](Database &db) {
            Statement st = db.prepare(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"));
            QStringList rows;
            while (st.step())
                rows << QStringList{st.text(0), st.text(1), st.text(2), st.text(3)}.join(QLatin1Char('|'));
            return rows;
        };
        auto fresh = CaseFile::open(path(QStringLiteral("v6-fresh.caseline")), CaseFile::OpenMode::CreateIfMissing);
        auto cf = CaseFile::open(file);
        QCOMPARE(cf->migratedFromVersion(), 5);
        Database &db = cf->database();
        QCOMPARE(schemaOf(db), schemaOf(fresh->database()));
        const auto count = [&](const QString &sql) {
            Statement st = db.prepare(sql);
            return st.step() ? st.int64(0) : -1;
        };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'event_fts_docsize'")), 0);
        // The import's copy of a scratch index creates the same table as the upgrade.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'event_fts' AND sql = '%1'")
                           .arg(EventSearchIndex::createSql().replace(QLatin1Char('\''), QLatin1String("''")))), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'citation_period' "
                                      "AND sql LIKE '%WHERE policy_period_id IS NOT NULL'")), 1);
        QCOMPARE(EventSearchIndex::mismatches(db), 0);
        QCOMPARE(EventSearchIndex::indexedCount(db), 1);
        EventFilter filter;
        filter.searchText = QStringLiteral("cooperation");
        QCOMPARE(EventQuery(*cf).count(filter), 1);
        const CaseCheck check = CaseCheck::run(*cf);
        QVERIFY2(check.isSound(), qPrintable(check.errors.join(QLatin1Char('\n'))));
        {
            Statement plan = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN DELETE FROM citation WHERE policy_period_id = ?1"));
            QVERIFY(plan.step());
            QVERIFY2(plan.text(3).contains(QLatin1String("citation_period")), qPrintable(plan.text(3)));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM citation WHERE policy_period_id = 1")), 1);
        cf->removePolicyPeriod(1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM citation")), 1);
        // Added events are counted too.
        Event e = cf->event(1).value();
        e.id = 0;
        e.key.clear();
        e.title = QStringLiteral("Second ordinance");
        cf->addEvent(e);
        QCOMPARE(EventSearchIndex::indexedCount(db), 2);
    }

    // Rebuilding the event table leaves its old pages free: the upgraded file is written again
    // without them, hardly larger than the backup of the old one (a few pages of the new schema).
    void compactsTheFileAfterAnUpgrade()
    {
        const QString file = path(QStringLiteral("v4-many.caseline"));
        {
            writeOldCaseFile(file, 4);
            Database db(file, Database::OpenMode::OpenExisting);
            db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                   "INSERT INTO event(id, key, jurisdiction_id, type, start_date, first_day, last_day, title, summary) "
                                   "SELECT i, 'e' || i, 1, 2, '2019', 2458485, 2458849, 'Event ' || i, printf('%.300c', 'x') FROM n"));
        }
        auto cf = CaseFile::open(file);
        QCOMPARE(cf->migratedFromVersion(), 4);
        Database &db = cf->database();
        QCOMPARE(db.pragmaInt(QStringLiteral("freelist_count")), 0);
        QVERIFY2(QFileInfo(file).size() < QFileInfo(cf->backupPath()).size() * 21 / 20,
                 qPrintable(QStringLiteral("%1 > %2").arg(QFileInfo(file).size()).arg(QFileInfo(cf->backupPath()).size())));
        QCOMPARE(cf->eventCount(), 3000);
        Statement integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity.step());
        QCOMPARE(integrity.text(0), QStringLiteral("ok"));
    }

    void refusesNewerSchema()
    {
        const QString file = path(QStringLiteral("newer.caseline"));
        CaseFile::open(file, CaseFile::OpenMode::CreateIfMissing).reset();
        {
            Database db(file, Database::OpenMode::OpenExisting);
            db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::kCurrentVersion + 5));
        }
        const QByteArray before = test::readFile(file);
        try {
            CaseFile::open(file);
            QFAIL("a newer case file was opened");
        } catch (const CaseFileError &error) {
            QCOMPARE(error.kind(), CaseFileError::Kind::NewerSchema);
            QVERIFY2(error.message().startsWith(file), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("newer Caseline")), qPrintable(error.message()));
        }
        QCOMPARE(test::readFile(file), before);
    }

    void refusesFilesThatAreNotCaseFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text") << QByteArray("Year,Month,Day\n2019,7,2\n") << "not an SQLite database";
        QTest::newRow("zero bytes") << QByteArray() << "empty";
        QTest::newRow("truncated header") << QByteArray("SQLite format") << "not an SQLite database";
    }
    void refusesFilesThatAreNotCaseFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("not-a-case-%1.caseline").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        test::writeFile(file, content);
        try {
            CaseFile::open(file);
            QFAIL("opened a file that is not a case file");
        } catch (const CaseFileError &error) {
            QCOMPARE(error.kind(), CaseFileError::Kind::NotACaseFile);
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        }
        QCOMPARE(test::readFile(file), content);
    }

    void refusesOtherSqliteDatabases()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        {
            Database db(file, Database::OpenMode::CreateIfMissing);
            db.exec(QStringLiteral("CREATE TABLE songs(title TEXT)"));
        }
        QVERIFY_THROWS_EXCEPTION(CaseFileError, CaseFile::open(file));
    }

    // Nested units of work are savepoints: one that fails takes back only its own rows. A large
    // import turns them off (NestedSavepointsOff) and keeps or drops everything at once.
    void nestedTransactionsWithAndWithoutSavepoints()
    {
        auto cf = CaseFile::open(path(QStringLiteral("nested.caseline")), CaseFile::OpenMode::CreateIfMissing);
        Database &db = cf->database();
        const auto cases = [&] {
            Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM case_info"));
            return st.step() ? st.int64(0) : -1;
        };
        const auto addInfo = [&](const char *key) {
            db.exec(QStringLiteral("INSERT INTO case_info(key, value) VALUES ('%1', 'v')").arg(QLatin1String(key)));
        };
        {
            Transaction outer(db);
            addInfo("kept");
            {
                Transaction inner(db);
                addInfo("taken-back");
            }  // not committed: rolled back to its savepoint
            QCOMPARE(cases(), 1);
            {
                const NestedSavepointsOff whole(db);
                Transaction inner(db);
                addInfo("left-to-the-outer");
            }
            QCOMPARE(cases(), 2);
            outer.commit();
        }
        QCOMPARE(cases(), 2);
        {
            Transaction outer(db);
            const NestedSavepointsOff whole(db);
            Transaction inner(db);
            addInfo("dropped-with-the-outer");
            inner.commit();
        }  // the outer was not committed
        QCOMPARE(cases(), 2);
        QVERIFY(db.nestedSavepoints());
        QVERIFY(!db.inTransaction());
    }

    void setsWalForeignKeysAndIndexes()
    {
        auto cf = CaseFile::open(path(QStringLiteral("pragmas.caseline")), CaseFile::OpenMode::CreateIfMissing);
        Database &db = cf->database();
        QCOMPARE(db.pragmaInt(QStringLiteral("foreign_keys")), 1);
        QCOMPARE(db.pragmaInt(QStringLiteral("application_id")), Schema::kApplicationId);
        Statement mode = db.prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        QCOMPARE(db.pragmaInt(QStringLiteral("page_size")), 8192);
        // The per-lane query uses its index rather than scanning every event.
        Statement plan = db.prepare(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM event WHERE jurisdiction_id = 1 AND first_day BETWEEN 1 AND 2"));
        QString detail;
        while (plan.step())
            detail += plan.text(3);
        QVERIFY2(detail.contains(QStringLiteral("event_lane")), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "TestCaseFile.moc"
