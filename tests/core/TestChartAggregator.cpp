#include "TestSupport.h"
#include "analysis/ChartAggregator.h"
#include "analysis/DateBinner.h"
#include "query/EventQuery.h"
#include "storage/CaseFile.h"

#include <QTest>

using namespace caseline;

// A small case with answers worked out by hand:
//  Alpha, KS (100,000 people): limits cooperation 2015-01-01..2017-06-30, then 287(g) from 2017-07-01.
//  Beta, KS (50,000): 287(g) from 2016-03 (month precision).
//  Gamma, KS (population unknown): no stance.
class TestChartAggregator : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_file;
    qint64 m_alpha = 0, m_beta = 0, m_gamma = 0;

    qint64 lane(const char *name, std::optional<qint64> population)
    {
        Jurisdiction j;
        j.name = QLatin1String(name);
        j.state = QStringLiteral("KS");
        j.population = population;
        return m_file->addJurisdiction(j);
    }
    void period(qint64 lane, Stance stance, const char *start, const char *end)
    {
        PolicyPeriod p;
        p.jurisdictionId = lane;
        p.stance = stance;
        p.start = PartialDate::parse(QLatin1String(start));
        p.end = PartialDate::parse(QLatin1String(end));
        m_file->addPolicyPeriod(p);
    }
    void event(qint64 lane, const char *date, EventType type = EventType::Detention)
    {
        Event e;
        e.jurisdictionId = lane;
        e.type = type;
        e.start = PartialDate::parse(QLatin1String(date));
        e.title = QStringLiteral("Event on %1").arg(QLatin1String(date));
        m_file->addEvent(e);
    }
    static QList<double> values(const ChartData &data, StanceFamily family)
    {
        for (const auto &s : data.series)
            if (s.family == family)
                return s.values;
        return {};
    }

private slots:
    void initTestCase()
    {
        m_file = CaseFile::open(m_dir.filePath(QStringLiteral("charts.caseline")), CaseFile::OpenMode::CreateIfMissing);
        m_alpha = lane("Alpha", 100000);
        m_beta = lane("Beta", 50000);
        m_gamma = lane("Gamma", std::nullopt);
        period(m_alpha, Stance::DetainerLimits, "2015-01-01", "2017-06-30");
        period(m_alpha, Stance::TaskForce287g, "2017-07-01", "");
        period(m_beta, Stance::JailEnforcement287g, "2016-03", "");
        for (const char *d : {"2014-05-01", "2015-01-01", "2016-06-01", "2017-06-30", "2017-07-01", "2018-02-02"})
            event(m_alpha, d);
        event(m_beta, "2016-02-29");
        event(m_beta, "2016-03-01");
        event(m_beta, "2019-01-01", EventType::Raid);
        event(m_gamma, "2016-01-01");
        event(m_gamma, "2016-05-05");
    }

    void binsDates()
    {
        const DateBinner quarters(DateBinner::Unit::Quarter);
        const int bin = quarters.binOf(boost::gregorian::date(2019, 8, 14));
        QCOMPARE(quarters.label(bin), QStringLiteral("2019 Q3"));
        QCOMPARE(quarters.firstDayOf(bin), boost::gregorian::date(2019, 7, 1));
        QCOMPARE(quarters.lastDayOf(bin), boost::gregorian::date(2019, 9, 30));
        const DateBinner months(DateBinner::Unit::Month);
        QCOMPARE(months.binOf(boost::gregorian::date(2020, 1, 1)) - months.binOf(boost::gregorian::date(2019, 12, 31)), 1);
        QCOMPARE(months.label(months.binOf(boost::gregorian::date(2020, 2, 29))), QStringLiteral("2020-02"));
    }

    void byStanceCountsTheStanceOnTheEventsDate()
    {
        ChartRequest request;
        request.kind = ChartRequest::Kind::ByStance;
        const ChartData data = ChartAggregator(*m_file).compute(request);
        QCOMPARE(data.categories, (QStringList{"2014", "2015", "2016", "2017", "2018", "2019"}));
        QCOMPARE(values(data, StanceFamily::LimitsCooperation), (QList<double>{0, 1, 1, 1, 0, 0}));
        QCOMPARE(values(data, StanceFamily::Agreement287g), (QList<double>{0, 0, 1, 1, 1, 1}));
        QCOMPARE(values(data, StanceFamily::Neither), (QList<double>{1, 0, 3, 0, 0, 0}));
        QCOMPARE(data.eventCount, 11);
        QCOMPARE(data.jurisdictionCount, 3);
        QVERIFY(data.caption().contains(QStringLiteral("11 events, 3 jurisdictions")));
    }

    void historyAgreesWithTheSqlRule()
    {
        // The in-memory rule and the SQL filter must put every event in the same family.
        ChartAggregator aggregator(*m_file);
        const StanceHistory history = StanceHistory::load(*m_file);
        EventQuery query(*m_file);
        for (qint64 id : query.eventIds({})) {
            const Event e = *m_file->event(id);
            QCOMPARE(history.familyOn(e.jurisdictionId, e.firstJulianDay()),
                     query.stanceFamilyOn(e.jurisdictionId, e.firstJulianDay()));
        }
        EventFilter limits;
        limits.stanceFamilies = {StanceFamily::LimitsCooperation};
        QCOMPARE(query.count(limits), 3);
    }

    void perCapitaExcludesUnknownPopulations()
    {
        ChartRequest request;
        request.kind = ChartRequest::Kind::ByStance;
        request.perCapita = true;
        const ChartData data = ChartAggregator(*m_file).compute(request);
        const int y2016 = int(data.categories.indexOf(QStringLiteral("2016")));
        QCOMPARE(values(data, StanceFamily::LimitsCooperation)[y2016], 1.0);  // 1 event / 100,000
        QCOMPARE(values(data, StanceFamily::Agreement287g)[y2016], 2.0);      // 1 event / 50,000
        QCOMPARE(data.excluded, QStringList{QStringLiteral("Gamma, KS")});
        QVERIFY(data.caption().contains(QStringLiteral("Gamma, KS")));
    }

    void adoptionCountsJurisdictionsInForceAtEachBinsEnd()
    {
        ChartRequest request;
        request.kind = ChartRequest::Kind::Adoption;
        const ChartData data = ChartAggregator(*m_file).compute(request);
        QCOMPARE(data.categories, (QStringList{"2015", "2016", "2017"}));
        QCOMPARE(values(data, StanceFamily::LimitsCooperation), (QList<double>{1, 1, 0}));
        QCOMPARE(values(data, StanceFamily::Agreement287g), (QList<double>{0, 1, 2}));
        QCOMPARE(data.periodCount, 3);
        QVERIFY(data.lines);
    }

    void eventStudyAlignsAtTheChange()
    {
        ChartRequest request;
        request.kind = ChartRequest::Kind::EventStudy;
        request.windowBins = 2;
        const ChartData data = ChartAggregator(*m_file).compute(request);
        QCOMPARE(data.categories, (QStringList{"-2", "-1", "0", "+1", "+2"}));
        QCOMPARE(values(data, StanceFamily::LimitsCooperation), (QList<double>{0, 1, 1, 1, 2}));
        QCOMPARE(values(data, StanceFamily::Agreement287g), (QList<double>{0.5, 0.5, 2, 0.5, 0}));
    }

    void rankingColoursByStanceOnTheLatestEvent()
    {
        ChartRequest request;
        request.kind = ChartRequest::Kind::Ranking;
        ChartData data = ChartAggregator(*m_file).compute(request);
        QCOMPARE(data.categories, (QStringList{"Alpha, KS", "Beta, KS", "Gamma, KS"}));
        QCOMPARE(data.series.first().values, (QList<double>{6, 3, 2}));
        QCOMPARE(data.series.first().pointFamilies,
                 (QList<StanceFamily>{StanceFamily::Agreement287g, StanceFamily::Agreement287g, StanceFamily::Neither}));
        request.perCapita = true;
        request.topN = 1;
        data = ChartAggregator(*m_file).compute(request);
        QCOMPARE(data.categories, QStringList{QStringLiteral("Alpha, KS")});  // 6 per 100k, ties Beta; name decides
        QCOMPARE(data.series.first().values, QList<double>{6.0});
        QCOMPARE(data.excluded, QStringList{QStringLiteral("Gamma, KS")});
    }

    void followsTheFilter()
    {
        ChartRequest request;
        request.kind = ChartRequest::Kind::Ranking;
        request.filter.types = {EventType::Raid};
        const ChartData data = ChartAggregator(*m_file).compute(request);
        QCOMPARE(data.categories, QStringList{QStringLiteral("Beta, KS")});
        QCOMPARE(data.eventCount, 1);
        QVERIFY(data.caption().contains(QStringLiteral("Raid")));
        const QString csv = data.toCsv();
        QCOMPARE(csv, QStringLiteral("Jurisdiction,Events\n\"Beta, KS\",1\n"));
    }
};

QTEST_GUILESS_MAIN(TestChartAggregator)
#include "TestChartAggregator.moc"
