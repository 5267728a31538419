#include "TestSupport.h"
#include "analysis/CaseStatistics.h"
#include "io/CaseJsonReader.h"
#include "io/SampleCase.h"
#include "query/EventQuery.h"
#include "storage/CaseFile.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace caseline;

class TestSampleCase : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QJsonObject m_root;
    QHash<QString, QString> m_articleOfSource;  // source id -> seed article text

    void checkQuotes(const QJsonArray &entries, const char *kind)
    {
        for (const QJsonValue &v : entries) {
            const QJsonObject entry = v.toObject();
            const QJsonArray citations = entry.value(QLatin1String("citations")).toArray();
            QVERIFY2(!citations.isEmpty(), qPrintable(QStringLiteral("%1 %2 cites nothing").arg(QLatin1String(kind), entry[QLatin1String("id")].toString())));
            for (const QJsonValue &c : citations) {
                const QString sourceId = c[QLatin1String("source")].toString();
                const QString quote = c[QLatin1String("quote")].toString();
                QVERIFY2(m_articleOfSource.contains(sourceId), qPrintable(sourceId));
                QVERIFY2(quote.trimmed().size() >= 10, qPrintable(QStringLiteral("quote too short: %1").arg(quote)));
                QVERIFY2(m_articleOfSource.value(sourceId).contains(quote),
                         qPrintable(QStringLiteral("%1 %2: quote not verbatim in its article: %3")
                                        .arg(QLatin1String(kind), entry[QLatin1String("id")].toString(), quote)));
            }
        }
    }

private slots:
    void initTestCase()
    {
        const QByteArray json = SampleCase::json();
        QVERIFY(!json.isEmpty());
        m_root = QJsonDocument::fromJson(json).object();
        for (const QJsonValue &v : m_root.value(QLatin1String("sources")).toArray()) {
            const QString file = v[QLatin1String("file")].toString();
            QVERIFY2(!file.isEmpty(), "every sample source names its seed article");
            m_articleOfSource.insert(v[QLatin1String("id")].toString(),
                                     QString::fromUtf8(test::readFile(test::sharedPath(QStringLiteral("seeds/") + file))));
        }
        QCOMPARE(m_articleOfSource.size(), 5);
    }

    void everyQuoteIsVerbatimInItsArticle()
    {
        checkQuotes(m_root.value(QLatin1String("events")).toArray(), "event");
        checkQuotes(m_root.value(QLatin1String("policy_periods")).toArray(), "policy period");
    }

    void derivedDatesSayHow()
    {
        // Relative dates ("last week", "Thursday") are resolved against the article's own date, and the
        // event says so. Day-precision events from the undated-weekday article must carry a note.
        for (const QJsonValue &v : m_root.value(QLatin1String("events")).toArray()) {
            const QString start = v[QLatin1String("start")].toString();
            const QString quotes = QJsonDocument(v[QLatin1String("citations")].toArray()).toJson();
            const bool relative = quotes.contains(QStringLiteral("Thursday")) || quotes.contains(QStringLiteral("last week"))
                || quotes.contains(QStringLiteral("On Monday")) || quotes.contains(QStringLiteral("last year"));
            if (relative)
                QVERIFY2(v[QLatin1String("note")].toString().contains(QStringLiteral("article")),
                         qPrintable(QStringLiteral("%1 (%2) derives its date without saying how").arg(v[QLatin1String("id")].toString(), start)));
        }
    }

    void loadsIntoACaseFile()
    {
        auto file = CaseFile::open(m_dir.filePath(QStringLiteral("sample.caseline")), CaseFile::OpenMode::CreateIfMissing);
        const auto counts = SampleCase::writeTo(*file);
        QVERIFY(counts.events >= 20);
        const CaseStatistics stats = CaseStatistics::compute(*file);
        QVERIFY(stats.events >= 20);
        QCOMPARE(stats.eventsWithoutCitation, 0);
        QStringList lanes;
        for (const auto &j : stats.byJurisdiction)
            lanes << j.name;
        for (const char *name : {"Lawrence", "Chicago", "San Diego", "Los Angeles", "San Francisco", "New York"})
            QVERIFY2(lanes.contains(QLatin1String(name)), name);
        QVERIFY(std::any_of(stats.byJurisdiction.begin(), stats.byJurisdiction.end(),
                            [](const auto &j) { return j.kind == QLatin1String("federal") && j.events > 0; }));
        for (const auto &j : stats.byJurisdiction)
            QVERIFY2(j.policyPeriods > 0 || j.kind == QLatin1String("federal"), qPrintable(j.name + QStringLiteral(" has no stance")));

        // The facts the sample must hold, found through the same search a user would type.
        EventQuery query(*file);
        const auto find = [&](EventType type, const QString &words) {
            EventFilter f;
            f.types = {type};
            f.searchText = words;
            return query.count(f);
        };
        QVERIFY(find(EventType::BackupCall, QStringLiteral("27th Iowa")) >= 1);
        QVERIFY(find(EventType::Detention, QStringLiteral("Jamal")) >= 1);
        QVERIFY(find(EventType::Proclamation, QStringLiteral("welcoming")) >= 1);
        QVERIFY(find(EventType::CommissionSession, QStringLiteral("sanctuary")) >= 1);
        QVERIFY(find(EventType::Statement, QStringLiteral("police")) >= 2);
        EventFilter workSession;
        workSession.types = {EventType::CommissionSession};
        const auto ids = query.eventIds(workSession);
        QVERIFY(!ids.isEmpty());
        const Event session = *file->event(ids.first());
        QCOMPARE(session.start.monthValue(), 2);
        QCOMPARE(session.start.dayValue(), 11);

        // Loading the sample twice duplicates nothing.
        const qint64 before = file->eventCount();
        SampleCase::writeTo(*file);
        QCOMPARE(file->eventCount(), before);
    }

    void readerReportsTheLineOfABadDate()
    {
        QByteArray json = SampleCase::json();
        const QByteArray needle = "\"start\": \"2019-06-27\"";
        const qsizetype at = json.indexOf(needle);
        QVERIFY(at > 0);
        json.replace(at, needle.size(), "\"start\": \"2019-13-40\"");
        const int line = int(json.left(at).count('\n')) + 1;
        const auto result = CaseJsonReader().read(json, QStringLiteral("bad.json"));
        const auto *error = std::get_if<ImportError>(&result);
        QVERIFY(error);
        QVERIFY2(error->message.contains(QStringLiteral("month 13")), qPrintable(error->toString()));
        // The line named is the event's own (its id line precedes the date by a few lines).
        QVERIFY2(error->line > 0 && error->line <= line && line - error->line < 10, qPrintable(error->toString()));
    }

    // Lines are looked up for messages only: looked up for every entity (a search from the file's
    // start each time), reading 100,000 events took over a quarter of an hour. 30,000 events take
    // about a second now, and well over the bound below the old way.
    void aLargeFileReadsInLinearTime()
    {
        constexpr int kEvents = 30000;
        QByteArray json = R"({
  "format": "caseline-case",
  "version": 1,
  "jurisdictions": [
    {
      "id": "town",
      "name": "Lawrence",
      "state": "KS"
    }
  ],
  "events": [
)";
        for (int i = 0; i < kEvents; ++i) {
            json += QStringLiteral(R"(    {
      "id": "event-%1",
      "jurisdiction": "town",
      "type": "detention",
      "start": "%2",
      "title": "Detention number %1"
    }%3
)")
                        .arg(i)
                        .arg(i == kEvents - 1 ? QStringLiteral("2019-02-30") : QStringLiteral("2019-02-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')))
                        .arg(i == kEvents - 1 ? QString() : QStringLiteral(","))
                        .toUtf8();
        }
        json += "  ]\n}\n";
        QElapsedTimer timer;
        timer.start();
        const auto bad = CaseJsonReader().read(json, QStringLiteral("large.json"));
        const auto *error = std::get_if<ImportError>(&bad);
        QVERIFY(error);
        // The last event's own line, found when the message is made.
        const int idLine = int(json.left(json.indexOf(QStringLiteral("\"event-%1\"").arg(kEvents - 1).toUtf8())).count('\n')) + 1;
        QCOMPARE(error->line, idLine);
        QVERIFY2(error->message.contains(QStringLiteral("2019-02-30")) || error->message.contains(QStringLiteral("day")),
                 qPrintable(error->toString()));
        json.replace("2019-02-30", "2019-02-28");
        const auto good = CaseJsonReader().read(json, QStringLiteral("large.json"));
        QVERIFY(std::holds_alternative<CaseData>(good));
        QCOMPARE(std::get<CaseData>(good).events.size(), kEvents);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSampleCase)
#include "TestSampleCase.moc"
