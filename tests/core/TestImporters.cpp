// Each importer against the real files in ../shared/data and against hostile input.
#include "TestSupport.h"
#include "io/CaseDataWriter.h"
#include "io/CaseReader.h"
#include "io/CaseReaderRegistry.h"
#include "io/SampleCase.h"
#include "storage/CaseFile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {

std::variant<CaseData, ImportError> readAs(const char *format, const QByteArray &data, const QString &name)
{
    const CaseReader *reader = CaseReaderRegistry::byKey(QLatin1String(format));
    if (!reader)
        qFatal("no reader %s", format);
    return reader->read(data, name);
}

CaseData mustRead(const char *format, const QByteArray &data, const QString &name = QStringLiteral("input"))
{
    auto result = readAs(format, data, name);
    if (const auto *error = std::get_if<ImportError>(&result)) {
        qWarning("unexpected import error: %s", qPrintable(error->toString()));
        return {};
    }
    return std::get<CaseData>(result);
}

ImportError mustFail(const char *format, const QByteArray &data, const QString &name = QStringLiteral("input.csv"))
{
    auto result = readAs(format, data, name);
    if (const auto *error = std::get_if<ImportError>(&result))
        return *error;
    qWarning("expected an import error, got none");
    return {};
}

// A deliberately simple splitter for one-line CSV records, independent of CsvReader, for counting
// what the real files contain.
QStringList splitLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == '"' && quoted && i + 1 < line.size() && line.at(i + 1) == '"') {
            field += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QList<QStringList> dataRows(const QString &path)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(readFile(path)).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString(lines[i]).remove('\r');
        const QStringList fields = splitLine(line);
        if (fields.join(QString()).trimmed().isEmpty())
            continue;
        rows << fields;
    }
    return rows;
}

bool hasMarkup(const QString &text) { return QRegularExpression("<[a-zA-Z/!]").match(text).hasMatch(); }

const CaseData::LinkedEvent *eventTitled(const CaseData &data, const QString &title)
{
    for (const auto &e : data.events)
        if (e.event.title == title)
            return &e;
    return nullptr;
}

const Jurisdiction *jurisdictionNamed(const CaseData &data, const QString &name, const QString &state)
{
    for (const auto &j : data.jurisdictions)
        if (j.name == name && j.state == state)
            return &j;
    return nullptr;
}

bool hasWarningOnLine(const CaseData &data, int line, const QString &text)
{
    for (const auto &w : data.warnings)
        if (w.line == line && w.message.contains(text))
            return true;
    return false;
}

const QString kIce = QStringLiteral("data/ice-287g/participating-agencies-2025-05-16.csv");
const QString kDetainers = QStringLiteral("data/sanctuary/detainer-policies-2014-2015.csv");

const QByteArray kCaseCsvHeader =
    "id,jurisdiction,state,jurisdiction_kind,type,start,end,title,summary,location,status,tags,people,"
    "source_title,source_publisher,source_url,source_published,quote,page,note\n";

}  // namespace

class TestImporters : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void cancelledImportWritesNothing()
    {
        auto file = CaseFile::open(m_dir.filePath("cancelled.caseline"), CaseFile::OpenMode::CreateIfMissing);
        const QString input = test::sharedPath("data/ice-287g/participating-agencies-2025-05-16.csv");
        const auto result = CaseReaderRegistry::byKey("ice287g")->read(test::readFile(input), input);
        QVERIFY(std::holds_alternative<CaseData>(result));
        CaseDataWriter writer(*file);
        qint64 reports = 0;
        writer.setProgress([&](qint64 done, qint64 total) {
            ++reports;
            return done < total / 2;  // the user presses Cancel halfway
        });
        QVERIFY_THROWS_EXCEPTION(ImportCancelled, writer.write(std::get<CaseData>(result)));
        QVERIFY(reports >= 1);
        QCOMPARE(file->eventCount(), 0);
        QCOMPARE(file->jurisdictions().size(), 0);
        QCOMPARE(file->policyPeriods().size(), 0);
    }

    void registryKnowsEveryFormat()
    {
        QCOMPARE(CaseReaderRegistry::keys(),
                 (QStringList{"csv", "json", "timelinejs", "ice287g", "detainer-policies"}));
        QVERIFY(!CaseReaderRegistry::byKey("nonsense"));
        const auto detect = [](const QString &relative) {
            const QString path = sharedPath(relative);
            const auto found = CaseReaderRegistry::detect(readFile(path).left(CaseReaderRegistry::kHeadSize), path);
            return std::holds_alternative<const CaseReader *>(found) ? std::get<const CaseReader *>(found)->formatKey() : QString();
        };
        QCOMPARE(detect(kIce), QString("ice287g"));
        QCOMPARE(detect(kDetainers), QString("detainer-policies"));
        for (const char *f : {"eras.json", "houston-timeline3.json", "women_in_computing.json", "women_in_computing.csv",
                              "my-own-timeline.csv"})
            QCOMPARE(detect(QStringLiteral("data/timelinejs/") + QLatin1String(f)), QString("timelinejs"));
        const auto sample = CaseReaderRegistry::detect(SampleCase::json().left(CaseReaderRegistry::kHeadSize), "sample-case.json");
        QCOMPARE(std::get<const CaseReader *>(sample)->formatKey(), QString("json"));
        const auto caseline = CaseReaderRegistry::detect("{\"format\": \"caseline-case\", \"version\": 1, \"events\": []}", "x.json");
        QCOMPARE(std::get<const CaseReader *>(caseline)->formatKey(), QString("json"));
        const auto csv = CaseReaderRegistry::detect(kCaseCsvHeader, "events.csv");
        QCOMPARE(std::get<const CaseReader *>(csv)->formatKey(), QString("csv"));
        const auto none = CaseReaderRegistry::detect("\x7f" "ELF binary", "a.out");
        QVERIFY(std::holds_alternative<ImportError>(none));
        QVERIFY(std::get<ImportError>(none).message.contains("--format"));
    }

    void ice287gListAsPublished()
    {
        const QString path = sharedPath(kIce);
        const CaseData data = mustRead("ice287g", readFile(path), path);

        // Counted independently of the importer.
        const QList<QStringList> rows = dataRows(path);
        QCOMPARE(rows.size(), 571);  // 585 rows in the file, 14 of them empty (",,,,,,,,,,,,")
        QSet<QString> agencies;
        QMap<QString, int> byModel;
        for (const QStringList &r : rows) {
            agencies.insert(r[0].trimmed().toUpper() + '|'
                            + QString(r[1]).replace(QChar(0x2019), '\'').simplified().toCaseFolded());
            ++byModel[r[4].trimmed()];
        }
        QCOMPARE(agencies.size(), 462);  // 467 spellings; 5 differ only by ' vs ’

        QCOMPARE(data.periods.size(), rows.size());
        QCOMPARE(data.events.size(), rows.size());
        QCOMPARE(data.jurisdictions.size(), agencies.size());
        QCOMPARE(data.sources.size(), 1);
        int jail = 0, taskForce = 0, warrant = 0;
        for (const auto &p : data.periods) {
            jail += p.period.stance == Stance::JailEnforcement287g;
            taskForce += p.period.stance == Stance::TaskForce287g;
            warrant += p.period.stance == Stance::WarrantService287g;
            QVERIFY(p.period.isOpenEnded());
            QCOMPARE(p.period.start.precision(), PartialDate::Precision::Day);
            QCOMPARE(p.citations.size(), 1);
            QVERIFY(data.sources.first().text.contains(p.citations.first().citation.quote));
        }
        QCOMPARE(jail, byModel.value("Jail Enforcement Model"));
        QCOMPARE(taskForce, byModel.value("Task Force Model"));
        QCOMPARE(warrant, byModel.value("Warrant Service Officer"));
        QCOMPARE(jail + taskForce + warrant, 571);

        const Source &source = data.sources.first();
        QCOMPARE(source.title, QString("ICE 287(g) participating agencies (2025-05-16)"));
        QCOMPARE(source.kind, QString("dataset"));
        QCOMPARE(source.published.toIsoString(), QString("2025-05-16"));

        const Jurisdiction *colbert = jurisdictionNamed(data, "Colbert County Sheriff's Office", "AL");
        QVERIFY(colbert);
        QCOMPARE(colbert->kind, JurisdictionKind::County);
        QCOMPARE(colbert->county, QString("Colbert County"));
        const Jurisdiction *mesa = jurisdictionNamed(data, "Mesa Police Department", "AZ");
        QVERIFY(mesa);
        QCOMPARE(mesa->kind, JurisdictionKind::City);
        QVERIFY(mesa->county.isEmpty());  // "#N/A" in the list
        QCOMPARE(jurisdictionNamed(data, "Kansas Bureau of Investigation", "KS")->kind, JurisdictionKind::Agency);
        QVERIFY(jurisdictionNamed(data, "Florida Department of Lottery Services", "FL"));  // trailing space gone

        const auto &first = data.events.first();
        QCOMPARE(first.event.type, EventType::Agreement);
        QCOMPARE(first.event.start.toIsoString(), QString("2025-05-08"));
        QCOMPARE(first.citations.first().citation.quote,
                 QString("ALABAMA,Colbert County Sheriff's Office,County,Colbert County,Jail Enforcement Model,"
                         "2025-05-08 00:00:00,link pending,,,,,,"));
        QVERIFY(first.citations.first().citation.note.contains("link pending"));

        // Line 545 writes the date "05/082025".
        QVERIFY(hasWarningOnLine(data, 545, "05/082025"));
        QVERIFY(hasWarningOnLine(data, 573, "14 empty rows"));
        bool campbell = false;
        for (const auto &p : data.periods)
            if (p.citations.first().citation.quote.startsWith("VIRGINIA,Campbell County Sheriff's Office,County,Campbell County,Task Force"))
                campbell = p.period.start.toIsoString() == "2025-05-08";
        QVERIFY(campbell);
    }

    void detainerPoliciesAsPublished()
    {
        const QString path = sharedPath(kDetainers);
        const CaseData data = mustRead("detainer-policies", readFile(path), path);
        const QList<QStringList> rows = dataRows(path);
        QCOMPARE(rows.size(), 166);
        QSet<QString> distinctRows, places;
        for (const QStringList &r : rows) {
            distinctRows.insert(r.join('\x1f'));
            places.insert(r[0]);
        }
        QCOMPARE(distinctRows.size(), 165);  // lines 131 and 139 are the same row
        QCOMPARE(data.periods.size(), distinctRows.size());
        QCOMPARE(data.jurisdictions.size(), places.size());
        QCOMPARE(places.size(), 163);
        QCOMPARE(data.events.size(), 0);
        QVERIFY(hasWarningOnLine(data, 139, "repeats line 131"));

        for (const auto &p : data.periods) {
            QCOMPARE(p.period.stance, Stance::DetainerLimits);
            QVERIFY(p.period.note.contains("Policy: "));
            QVERIFY(data.sources.first().text.contains(p.citations.first().citation.quote));
        }
        const auto periodOf = [&](const QString &name, const QString &state) -> const PolicyPeriod * {
            const Jurisdiction *j = jurisdictionNamed(data, name, state);
            if (!j)
                return nullptr;
            for (const auto &p : data.periods)
                if (p.jurisdictionKey == j->key)
                    return &p.period;
            return nullptr;
        };
        QCOMPARE(periodOf("Suffolk County", "NY")->start.toIsoString(), QString("2014-09"));
        QCOMPARE(periodOf("Suffolk County", "NY")->start.precision(), PartialDate::Precision::Month);
        QCOMPARE(periodOf("Boston", "MA")->start.toIsoString(), QString("2015-08-14"));
        QVERIFY(hasWarningOnLine(data, 8, "Aug-14"));
        QCOMPARE(periodOf("Rhode Island", "RI")->start.toIsoString(), QString("2014-07"));
        QCOMPARE(jurisdictionNamed(data, "Rhode Island", "RI")->kind, JurisdictionKind::State);
        QCOMPARE(jurisdictionNamed(data, "Cass County", "IA")->kind, JurisdictionKind::County);
        QVERIFY(hasWarningOnLine(data, 20, "lowa"));
        QVERIFY(jurisdictionNamed(data, "East Haven", "CT"));
        QVERIFY(jurisdictionNamed(data, "Franklin County", "WA"));
        QCOMPARE(jurisdictionNamed(data, "Washington", "DC")->kind, JurisdictionKind::City);
        QCOMPARE(jurisdictionNamed(data, "Orleans Parish", "LA")->kind, JurisdictionKind::County);
        QCOMPARE(jurisdictionNamed(data, "Colorado County Jails", "CO")->kind, JurisdictionKind::Agency);
        QCOMPARE(jurisdictionNamed(data, "Chicago", "IL")->kind, JurisdictionKind::City);
        QCOMPARE(periodOf("Santa Clara County", "CA")->start.toIsoString(), QString("2011-10"));
        QCOMPARE(periodOf("Philadelphia", "PA")->start.toIsoString(), QString("2014-04"));
    }

    void detainerRowWithoutDateKeepsItsLaneAndWarns()
    {
        const QByteArray csv = "Location,Date Enacted,Policy,Criteria for Honoring Detainer,Designation\n"
                               "\"Douglas County, Kansas\",,Sheriff's decision,Will not honor,2\n"
                               "\"Lawrence, Kansas\",Jan-15,City decision,Will not honor,1\n";
        const CaseData data = mustRead("detainer-policies", csv, "d.csv");
        QCOMPARE(data.jurisdictions.size(), 2);
        QCOMPARE(data.periods.size(), 1);
        QVERIFY(hasWarningOnLine(data, 2, "without a policy period"));

        const ImportError bad = mustFail("detainer-policies", "Location,Date Enacted,Policy,Criteria for Honoring Detainer\n"
                                                              "\"Lawrence, Kansas\",Foo-15,x,y\n\"Topeka, Kansas\",2019-13-40,x,y\n");
        QCOMPARE(bad.line, 2);
        const ImportError badDay = mustFail("detainer-policies", "Location,Date Enacted,Policy,Criteria for Honoring Detainer\n"
                                                                 "\"Topeka, Kansas\",2019-13-40,x,y\n");
        QCOMPARE(badDay.line, 2);
        QVERIFY2(badDay.message.contains("month 13"), qPrintable(badDay.message));
        const ImportError place = mustFail("detainer-policies", "Location,Date Enacted,Policy,Criteria for Honoring Detainer\n"
                                                                "Atlantis,Jan-15,x,y\n");
        QVERIFY(place.message.contains("Atlantis"));
    }

    void reimportAddsNothing()
    {
        const QString casePath = m_dir.filePath("reimport.caseline");
        auto file = CaseFile::open(casePath, CaseFile::OpenMode::CreateIfMissing);
        for (const QString &relative : {kIce, kDetainers}) {
            const QString path = sharedPath(relative);
            const CaseData data = mustRead(relative == kIce ? "ice287g" : "detainer-policies", readFile(path), path);
            const auto first = CaseDataWriter(*file).write(data);
            QVERIFY(first.added > 0);
            const qint64 events = file->eventCount();
            const qsizetype periods = file->policyPeriods().size();
            const qsizetype jurisdictions = file->jurisdictions().size();
            const auto second = CaseDataWriter(*file).write(data);
            QCOMPARE(second.added, 0);
            QCOMPARE(second.updated, first.added + first.updated);
            QCOMPARE(file->eventCount(), events);
            QCOMPARE(file->policyPeriods().size(), periods);
            QCOMPARE(file->jurisdictions().size(), jurisdictions);
        }
        QCOMPARE(file->eventCount(), 571);
        QCOMPARE(file->policyPeriods().size(), 571 + 165);
    }

    void importKeepsWhatTheCaseKnowsAboutALane()
    {
        auto file = CaseFile::open(m_dir.filePath("lanes.caseline"), CaseFile::OpenMode::CreateIfMissing);
        Jurisdiction lawrence;
        lawrence.key = "lawrence-ks";
        lawrence.name = "Lawrence";
        lawrence.state = "KS";
        lawrence.county = "Douglas County";
        lawrence.fips = "2038900";
        lawrence.population = 94934;
        lawrence.populationYear = 2020;
        lawrence.kind = JurisdictionKind::City;
        file->addJurisdiction(lawrence);
        const CaseData data = mustRead("csv", "jurisdiction,state,jurisdiction_kind,start,title\n lawrence ,ks,county,2019,x\n");
        CaseDataWriter(*file).write(data);
        QCOMPARE(file->jurisdictions().size(), 1);
        const Jurisdiction stored = *file->jurisdiction(lawrence.id);
        QCOMPARE(stored.key, QString("lawrence-ks"));
        QCOMPARE(stored.fips, QString("2038900"));
        QCOMPARE(stored.population, std::optional<qint64>(94934));
        QCOMPARE(stored.county, QString("Douglas County"));
        QCOMPARE(stored.name, QString("Lawrence"));
        QCOMPARE(stored.kind, JurisdictionKind::City);
    }

    void timelineJsJson()
    {
        const QString path = sharedPath("data/timelinejs/women_in_computing.json");
        const CaseData data = mustRead("timelinejs", readFile(path), path);
        QCOMPARE(data.title, QString("Women in Computing"));
        QVERIFY(data.description.startsWith("In this sample timeline"));
        QCOMPARE(data.events.size(), 10);
        QCOMPARE(data.jurisdictions.size(), 1);
        QCOMPARE(data.jurisdictions.first().name, QString("Women in Computing"));
        QCOMPARE(data.sources.size(), 1 + 9);  // the timeline, and 9 media URLs (one media is a blockquote)
        const auto *ada = eventTitled(data, "Ada Lovelace");
        QVERIFY(ada);
        QCOMPARE(ada->event.start.toIsoString(), QString("1815-12-10"));
        QCOMPARE(ada->event.end.toIsoString(), QString("1852-11-27"));
        QCOMPARE(ada->citations.size(), 2);
        const auto *eniac = eventTitled(data, "...And the women who made it work");
        QCOMPARE(eniac->event.start.toIsoString(), QString("1943-07"));
        QCOMPARE(eniac->event.end.toIsoString(), QString("1946"));
        const auto *clarke = eventTitled(data, "Edith Clarke: Bucking the Trend");
        QVERIFY(clarke->event.summary.contains("There is no demand for women engineers"));
        const auto *rozsa = eventTitled(data, QString::fromUtf8("Rózsa Péter writes recursion"));
        QCOMPARE(rozsa->event.start.precision(), PartialDate::Precision::Year);
        for (const auto &e : data.events) {
            QVERIFY2(!hasMarkup(e.event.title) && !hasMarkup(e.event.summary), qPrintable(e.event.summary));
            QVERIFY(data.sources.first().text.contains(e.citations.first().citation.quote));
        }
        for (const auto &s : data.sources)
            QVERIFY2(!hasMarkup(s.title), qPrintable(s.title));

        const QString houston = sharedPath("data/timelinejs/houston-timeline3.json");
        const CaseData h = mustRead("timelinejs", readFile(houston), houston);
        QCOMPARE(h.title, QString("Whitney Houston 1963 - 2012"));
        QCOMPARE(h.events.size(), 18);
        QCOMPARE(h.sources.size(), 1 + 15);  // three slides have no media
        QCOMPARE(eventTitled(h, "A Musical Heritage")->event.start.toIsoString(), QString("1963-08-09"));
        for (const auto &s : h.sources)
            QVERIFY2(!s.url.startsWith("//"), qPrintable(s.url));
    }

    void timelineJsCsvMatchesItsJson()
    {
        const QString csvPath = sharedPath("data/timelinejs/women_in_computing.csv");
        const CaseData csv = mustRead("timelinejs", readFile(csvPath), csvPath);
        QCOMPARE(csv.title, QString("Women in Computing"));
        QCOMPARE(csv.events.size(), 10);
        const QString jsonPath = sharedPath("data/timelinejs/women_in_computing.json");
        const CaseData json = mustRead("timelinejs", readFile(jsonPath), jsonPath);
        QSet<QString> csvKeys, jsonKeys;
        for (const auto &e : csv.events)
            csvKeys.insert(e.event.key);
        for (const auto &e : json.events)
            jsonKeys.insert(e.event.key);
        QCOMPARE(csvKeys, jsonKeys);  // the same timeline in either format lands on the same events
        const auto *ada = eventTitled(csv, "Ada Lovelace");
        QVERIFY(ada->event.summary.contains("Ada Lovelace (https://en.wikipedia.org/wiki/Ada_Lovelace)"));
        QVERIFY(!hasMarkup(ada->event.summary));

        const QString own = sharedPath("data/timelinejs/my-own-timeline.csv");
        const CaseData o = mustRead("timelinejs", readFile(own), own);
        QCOMPARE(o.title, QString("MY OWN CSV"));
        QCOMPARE(o.events.size(), 10);
    }

    void timelineJsErasGroupsTimesAndHostileHtml()
    {
        const QByteArray json = readFile(testDataPath("timelinejs/hostile-html.json"));
        const CaseData data = mustRead("timelinejs", json, "t.json");
        QCOMPARE(data.title, QString("Policy history"));
        QCOMPARE(data.events.size(), 2);
        QCOMPARE(data.jurisdictions.size(), 2);  // the "Lawrence" group and the title lane
        const auto *call = eventTitled(data, "Backup call");
        QVERIFY(call);
        QCOMPARE(call->event.summary, QString("Police called ICE. Story (https://news.example/a)"));
        QVERIFY(call->event.note.contains("14:30"));
        QVERIFY(call->event.note.contains("July 2019"));
        QVERIFY(call->event.key.endsWith(":a1"));
        QCOMPARE(data.periods.size(), 1);
        QCOMPARE(data.periods.first().period.stance, Stance::Other);
        QCOMPARE(data.periods.first().period.end.toIsoString(), QString("2021"));
        for (const auto &j : data.jurisdictions)
            if (j.name == "Policy history")
                QCOMPARE(data.periods.first().jurisdictionKey, j.key);
        for (const auto &s : data.sources)
            QVERIFY(!s.url.contains("javascript"));

        const ImportError duplicate = mustFail("timelinejs", readFile(testDataPath("timelinejs/duplicate-unique-id.json")), "d.json");
        QCOMPARE(duplicate.line, 3);
        QVERIFY(duplicate.message.contains("line 2"));
        const ImportError badMonth = mustFail("timelinejs", "{\"events\": [\n{\"start_date\": {\"year\": 2019, \"month\": 13}}]}", "m.json");
        QCOMPARE(badMonth.line, 2);
        QVERIFY(badMonth.message.contains("month 13"));
    }

    void timelineJsRefusals()
    {
        const QString eras = sharedPath("data/timelinejs/eras.json");
        const ImportError ancient = mustFail("timelinejs", readFile(eras), eras);
        QCOMPARE(ancient.line, 42);
        QVERIFY(ancient.message.contains("year 602"));
        QVERIFY(ancient.message.contains("1400"));
        const ImportError cosmic = mustFail("timelinejs", "{\"events\": [{\"start_date\": {\"year\": -13800000000}}]}", "big-bang.json");
        QVERIFY(cosmic.message.contains("cosmological"));

        const ImportError v2 = mustFail("timelinejs", readFile(testDataPath("timelinejs/timelinejs2.json")), "old.json");
        QVERIFY(v2.message.contains("TimelineJS 2 format is not supported"));
        QCOMPARE(v2.line, 1);
        QVERIFY(mustFail("timelinejs", "{\"events\": [", "broken.json").line >= 1);
        QVERIFY(mustFail("timelinejs", "{\"foo\": 1}", "foo.json").message.contains("events"));
        QVERIFY(mustFail("timelinejs", "Year,Month,Day,Headline,Type\n2019,,,x,slide\n", "t.csv").message.contains("Type"));
    }

    void caselineCsvAllColumns()
    {
        const QByteArray csv = kCaseCsvHeader
            + "e1,Lawrence,KS,city,backup-call,2019-07-02,,Police call ICE,\"Officers called, then waited.\nSecond line.\",Mass St,"
              "disputed,287(g); backup ,\"Jane Roe (police chief); John Doe\",Lawrence Journal-World,LJW,https://ljw.example/a,2019-07-03,"
              "\"She said \"\"no\"\".\",3,Date from the article\n"
              "e2,Douglas County,Kansas,county,ordinance,2020-02,2020-03,Ordinance passed,,,,,,,,https://ljw.example/a,,,,\n"
              "e3,United States,,federal,,2017,,Executive order,,,,,,,,,,,,\n";
        const CaseData data = mustRead("csv", csv, "events.csv");
        QVERIFY(data.warnings.isEmpty());
        QCOMPARE(data.events.size(), 3);
        QCOMPARE(data.jurisdictions.size(), 3);
        QCOMPARE(data.sources.size(), 1);  // the same URL twice
        const Event &e = data.events[0].event;
        QCOMPARE(e.key, QString("e1"));
        QCOMPARE(e.type, EventType::BackupCall);
        QCOMPARE(e.summary, QString("Officers called, then waited.\nSecond line."));
        QCOMPARE(e.status, EventStatus::Disputed);
        QCOMPARE(e.tags, (QStringList{"287(g)", "backup"}));
        QCOMPARE(e.people.size(), 2);
        QCOMPARE(e.people[0].name, QString("Jane Roe"));
        QCOMPARE(e.people[0].role, QString("police chief"));
        QCOMPARE(e.people[1].role, QString());
        QCOMPARE(e.note, QString("Date from the article"));
        QCOMPARE(data.events[0].citations.first().citation.quote, QString("She said \"no\"."));
        QCOMPARE(data.events[0].citations.first().citation.page, 3);
        QCOMPARE(data.sources.first().published.toIsoString(), QString("2019-07-03"));
        QCOMPARE(data.events[1].event.end.toIsoString(), QString("2020-03"));
        QCOMPARE(data.jurisdictions[1].state, QString("KS"));
        QCOMPARE(data.jurisdictions[1].kind, JurisdictionKind::County);
        QCOMPARE(data.jurisdictions[2].kind, JurisdictionKind::Federal);
        QCOMPARE(data.events[2].event.type, EventType::Other);
    }

    void caselineCsvNastyButValid()
    {
        // BOM, CRLF, a quoted line break, columns in another order, an extra column, no id.
        const QByteArray csv = "\xEF\xBB\xBFtitle,start,jurisdiction,my notes,summary\r\n"
                               "Raid,2019-07-02,Lawrence,ignored,\"two\r\nlines\"\r\n"
                               "\r\n"
                               "Protest,2019-07-03,Lawrence,,\r\n";
        const CaseData data = mustRead("csv", csv, "n.csv");
        QCOMPARE(data.events.size(), 2);
        QCOMPARE(data.events[0].event.summary, QString("two\r\nlines"));
        QVERIFY(data.events[0].event.key.startsWith("csv:"));
        QVERIFY(hasWarningOnLine(data, 4, "empty row"));

        const QByteArray latin1 = "jurisdiction,start,title\nEspa\xF1ola,2019,Caf\xE9 raid\n";
        const CaseData l = mustRead("csv", latin1, "l.csv");
        QCOMPARE(l.events.first().event.title, QString::fromUtf8("Café raid"));
        QCOMPARE(l.jurisdictions.first().name, QString::fromUtf8("Española"));
        QVERIFY(hasWarningOnLine(l, 2, "Windows-1252"));
    }

    void caselineCsvErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray() << 0 << "empty";
        QTest::newRow("only a BOM and blank lines") << QByteArray("\xEF\xBB\xBF\r\n\r\n") << 0 << "empty";
        QTest::newRow("header only") << QByteArray("jurisdiction,start,title\r\n") << 1 << "no rows";
        QTest::newRow("wrong columns") << QByteArray("name,date,what\nx,2019,y\n") << 1 << "missing column(s) jurisdiction, start, title";
        QTest::newRow("unterminated quote") << QByteArray("jurisdiction,start,title\nA,2019,ok\nB,2019,\"never\nclosed\n") << 3 << "no closing quote";
        QTest::newRow("bad date") << QByteArray("jurisdiction,start,title\nA,2019-13-40,x\n") << 2 << "month 13 in '2019-13-40' does not exist";
        QTest::newRow("not a date") << QByteArray("jurisdiction,start,title\nA,July 2019,x\n") << 2 << "expected YYYY, YYYY-MM or YYYY-MM-DD";
        QTest::newRow("unknown type") << QByteArray("jurisdiction,start,title,type\nA,2019,x,picnic\n") << 2
                                      << "unknown type 'picnic' (allowed: detention, arrest, backup-call";
        QTest::newRow("unknown status") << QByteArray("jurisdiction,start,title,status\nA,2019,x,rumour\n") << 2 << "unknown status 'rumour'";
        QTest::newRow("unknown kind") << QByteArray("jurisdiction,start,title,jurisdiction_kind\nA,2019,x,village\n") << 2
                                      << "unknown jurisdiction_kind 'village'";
        QTest::newRow("duplicate id") << QByteArray("id,jurisdiction,start,title\na,A,2019,x\nb,A,2019,y\na,A,2020,z\n") << 4
                                      << "duplicate id 'a' (first on line 2)";
        QTest::newRow("end before start") << QByteArray("jurisdiction,start,end,title\nA,2019,2018,x\n") << 2 << "before start";
        QTest::newRow("no title") << QByteArray("jurisdiction,start,title\nA,2019, \n") << 2 << "title is empty";
        QTest::newRow("unknown state") << QByteArray("jurisdiction,state,start,title\nA,Narnia,2019,x\n") << 2 << "Narnia";
        QTest::newRow("quote without source") << QByteArray("jurisdiction,start,title,quote\nA,2019,x,\"said\"\n") << 2 << "no source";
        QTest::newRow("bad page") << QByteArray("jurisdiction,start,title,source_title,page\nA,2019,x,S,iv\n") << 2 << "page 'iv'";
        QTest::newRow("shifted row") << QByteArray("jurisdiction,start,title\nA,2019,x, y,z\n") << 2 << "5 values";
    }
    void caselineCsvErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, message);
        const ImportError error = mustFail("csv", csv, "bad.csv");
        QCOMPARE(error.file, QString("bad.csv"));
        QCOMPARE(error.line, line);
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    }

    void csvReadersRefuseEmptyAndHeaderOnlyFiles()
    {
        for (const char *format : {"ice287g", "detainer-policies", "timelinejs"}) {
            QVERIFY(mustFail(format, "", "e.csv").message.contains("empty"));
        }
        QVERIFY(mustFail("ice287g", "STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA\r\n,,,,,,\r\n").message.contains("no rows"));
        const ImportError model = mustFail("ice287g", "STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA\n"
                                                      "KANSAS,X Police,Municipality,,Hug Model,2025-01-01,link\n");
        QCOMPARE(model.line, 2);
        QVERIFY(model.message.contains("Jail Enforcement Model, Task Force Model, Warrant Service Officer"));
        const ImportError date = mustFail("ice287g", "STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA\n"
                                                     "KANSAS,X Police,Municipality,,Task Force Model,2019-13-40 00:00:00,link\n");
        QVERIFY2(date.message.contains("month 13"), qPrintable(date.message));
        const ImportError state = mustFail("ice287g", "STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA\n"
                                                      "ATLANTIS,X Police,Municipality,,Task Force Model,2019-01-04,link\n");
        QVERIFY(state.message.contains("ATLANTIS"));
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "TestImporters.moc"
