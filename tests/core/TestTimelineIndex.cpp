#include "SyntheticCase.h"
#include "TestSupport.h"
#include "io/SampleCase.h"
#include "query/EventQuery.h"
#include "query/TimelineIndex.h"

#include <QTest>
#include <numeric>

using namespace caseline;
using namespace caseline::test;

namespace {

// A lane built in memory: `perDay` events on each day of [firstDay, firstDay + days).
TimelineLaneEvents denseLane(qint32 firstDay, int days, int perDay)
{
    TimelineLaneEvents lane;
    qint64 id = 1;
    for (int d = 0; d < days; ++d)
        for (int k = 0; k < perDay; ++k)
            lane.append(id++, firstDay + d, firstDay + d, quint8(k % 2 ? EventType::Statement : EventType::Arrest));
    lane.finish();
    return lane;
}

int sumOfCounts(const std::vector<TimelineMark> &marks)
{
    return std::accumulate(marks.begin(), marks.end(), 0, [](int sum, const TimelineMark &m) { return sum + m.count; });
}

qint64 laneNamed(TimelineIndex &index, const QString &name)
{
    for (const TimelineLane &lane : index.lanes())
        if (lane.name == name)
            return lane.jurisdictionId;
    return 0;
}

}  // namespace

class TestTimelineIndex : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("case%1.caseline").arg(++m_files)); }

private slots:
    void sampleLanesCountsAndLazyLoading()
    {
        auto file = CaseFile::open(newPath(), CaseFile::OpenMode::CreateIfMissing);
        SampleCase::writeTo(*file);
        TimelineIndex index(*file);
        QCOMPARE(index.lanes().size(), 7);
        QCOMPARE(index.matchingEventCount(), file->eventCount());
        const qint64 lawrence = laneNamed(index, QStringLiteral("Lawrence"));
        QVERIFY(lawrence);
        QCOMPARE(index.lane(lawrence)->eventCount, 13);
        QCOMPARE(index.lane(lawrence)->label, QStringLiteral("Lawrence, KS"));
        QCOMPARE(index.lane(lawrence)->latestFamily, StanceFamily::LimitsCooperation);
        QCOMPARE(index.lane(lawrence)->bands.size(), 1);
        QVERIFY(!index.lane(lawrence)->bands.first().lastDay);  // open-ended welcoming-city period

        // Nothing is read per lane until a lane is asked for.
        QCOMPARE(index.loadedLaneCount(), 0);
        const TimelineLaneEvents &events = index.events(lawrence);
        QCOMPARE(index.loadedLaneCount(), 1);
        QCOMPARE(events.size(), 13);
        for (int i = 1; i < events.size(); ++i)
            QVERIFY(events.firstDay(i - 1) <= events.firstDay(i));
        // Month and year dates are spans; day dates are single days.
        const auto backup = file->event(events.id(events.lowerBound(qint32(julian(2019, 6, 27)))));
        QVERIFY(backup);
        QCOMPARE(backup->start, PartialDate::day(2019, 6, 27));
        int spans = 0;
        for (int i = 0; i < events.size(); ++i)
            spans += events.lastDay(i) > events.firstDay(i);
        QVERIFY(spans >= 3);  // 2017, 2018, 2019-06, 2019

        // The default order puts the busiest lane first; lanes with only a stance still show.
        const QList<qint64> ordered = index.orderedLaneIds(TimelineLaneOrder::EventCount);
        QCOMPARE(ordered.size(), 7);
        QCOMPARE(ordered.first(), lawrence);
        const QList<qint64> byName = index.orderedLaneIds(TimelineLaneOrder::Name);
        QCOMPARE(index.lane(byName.first())->name, QStringLiteral("Chicago"));
        const QList<qint64> byStance = index.orderedLaneIds(TimelineLaneOrder::Stance);
        QCOMPARE(index.lane(byStance.last())->latestFamily, StanceFamily::Neither);
        QCOMPARE(index.lane(byStance.first())->latestFamily, StanceFamily::LimitsCooperation);
        const QList<qint64> byState = index.orderedLaneIds(TimelineLaneOrder::State);
        QCOMPARE(index.lane(byState.first())->state, QString());  // federal: no state
        QCOMPARE(index.lane(byState.last())->state, QStringLiteral("NY"));
        QVERIFY(!index.orderedLaneIds(TimelineLaneOrder::Name, {lawrence}).contains(lawrence));
    }

    void filtersRestrictLanesAndEvents()
    {
        auto file = CaseFile::open(newPath(), CaseFile::OpenMode::CreateIfMissing);
        SampleCase::writeTo(*file);
        TimelineIndex index(*file);
        const qint64 lawrence = laneNamed(index, QStringLiteral("Lawrence"));
        (void)index.events(lawrence);

        EventFilter statements;
        statements.types = {EventType::Statement};
        index.setFilter(statements);
        QCOMPARE(index.loadedLaneCount(), 0);  // a new filter drops what was loaded
        QCOMPARE(index.matchingEventCount(), EventQuery(*file).count(statements));
        const QList<qint64> shown = index.orderedLaneIds(TimelineLaneOrder::Name);
        QCOMPARE(shown.size(), 2);  // Lawrence and Los Angeles have statements
        const TimelineLaneEvents &events = index.events(lawrence);
        QCOMPARE(events.size(), 6);
        for (int i = 0; i < events.size(); ++i)
            QCOMPARE(events.type(i), int(EventType::Statement));

        // Text search and a date range bind their values after the lane's own parameter.
        EventFilter combined;
        combined.searchText = QStringLiteral("commission");
        combined.from = PartialDate::year(2020);
        index.setFilter(combined);
        const QList<qint64> expected = EventQuery(*file).eventIds(combined);
        QVERIFY(!expected.isEmpty());
        QList<qint64> got;
        for (qint64 lane : index.orderedLaneIds(TimelineLaneOrder::Name)) {
            const TimelineLaneEvents &laneEvents = index.events(lane);
            for (int i = 0; i < laneEvents.size(); ++i)
                got.append(laneEvents.id(i));
        }
        std::sort(got.begin(), got.end());
        QList<qint64> sortedExpected = expected;
        std::sort(sortedExpected.begin(), sortedExpected.end());
        QCOMPARE(got, sortedExpected);

        EventFilter nothing;
        nothing.searchText = QStringLiteral("zzzznotaword");
        index.setFilter(nothing);
        QCOMPARE(index.matchingEventCount(), 0);
        QVERIFY(index.orderedLaneIds(TimelineLaneOrder::Name).isEmpty());
        EventFilter oneLane;
        oneLane.jurisdictionIds = {lawrence};
        index.setFilter(oneLane);
        QCOMPARE(index.orderedLaneIds(TimelineLaneOrder::Name), QList<qint64>{lawrence});
    }

    void clusteringMergesWhenZoomedOutAndSplitsWhenZoomedIn()
    {
        const qint32 start = qint32(julian(2020, 1, 1));
        const TimelineLaneEvents lane = denseLane(start, 100, 3);  // 300 events over 100 days

        // Zoomed out: 100 days in 50 px, far less than the 14 px spacing per day.
        TimelineWindow out{double(start) - 10, 0.5, 1000};
        const auto coarse = lane.marks(out, 14);
        QCOMPARE(sumOfCounts(coarse), 300);
        QVERIFY2(coarse.size() <= 5, qPrintable(QString::number(coarse.size())));
        QVERIFY(coarse.front().count > 1);
        QCOMPARE(coarse.front().type, -1);  // arrests and statements mixed
        for (size_t i = 1; i < coarse.size(); ++i)
            QVERIFY(coarse[i].x - coarse[i - 1].x >= 14 - 1e-9);

        // Zoomed in to 40 px a day: one mark per day; same-day events still share a mark.
        TimelineWindow in{double(start), 40, 1000};  // 25 days visible
        const auto fine = lane.marks(in, 14);
        QCOMPARE(fine.size(), size_t(26));  // days 0..25 touch the window (day 25 at x = 1000)
        QCOMPARE(sumOfCounts(fine), 26 * 3);
        for (const TimelineMark &m : fine) {
            QCOMPARE(m.count, 3);
            QCOMPARE(m.firstDay, m.lastDay);
        }

        // One event a day, zoomed in: every event is its own mark with its id and type.
        const TimelineLaneEvents sparse = denseLane(start, 100, 1);
        const auto single = sparse.marks(in, 14);
        QCOMPARE(single.size(), size_t(26));
        QCOMPARE(single[3].count, 1);
        QCOMPARE(single[3].eventId, sparse.id(3));
        QCOMPARE(single[3].type, int(EventType::Arrest));
        QCOMPARE(single[3].x, 3 * 40.0);
        QCOMPARE(single[3].xEnd, 4 * 40.0);

        // Counts always add up to the events whose days touch the window, at any zoom and offset.
        for (double ppd : {0.01, 0.3, 2.0, 9.0, 33.0, 200.0}) {
            for (double left : {double(start) - 30, double(start) + 17.4, double(start) + 61.9}) {
                TimelineWindow w{left, ppd, 800};
                int expected = 0;
                for (int i = 0; i < lane.size(); ++i)
                    expected += lane.lastDay(i) >= w.firstDay() && lane.firstDay(i) <= w.lastDay();
                QCOMPARE(sumOfCounts(lane.marks(w, 14)), expected);
            }
        }
    }

    void clustersStayPutWhilePanning()
    {
        const qint32 start = qint32(julian(2020, 1, 1));
        const TimelineLaneEvents lane = denseLane(start, 400, 1);
        TimelineWindow w{double(start), 2, 600};
        const auto before = lane.marks(w, 14);
        w.leftDay += 5.3;  // a small pan
        const auto after = lane.marks(w, 14);
        // Apart from the mark cut by the left edge, the same clusters start on the same days.
        QList<qint32> a, b;
        for (const auto &m : before)
            if (m.firstDay > w.firstDay() + 10)
                a << m.firstDay;
        for (const auto &m : after)
            if (m.firstDay > w.firstDay() + 10)
                b << m.firstDay;
        QVERIFY(!a.isEmpty());
        QCOMPARE(b.mid(0, a.size() - 3), a.mid(0, a.size() - 3));
    }

    void spansReachingIntoTheWindowAreShown()
    {
        TimelineLaneEvents lane;
        const qint32 start = qint32(julian(2019, 1, 1));
        lane.append(1, start, start + 364, quint8(EventType::Ordinance));  // "2019"
        lane.append(2, start + 10, start + 10, quint8(EventType::Arrest));
        lane.append(3, start + 200, start + 200, quint8(EventType::Arrest));
        lane.finish();
        QCOMPARE(lane.longestSpanDays(), 364);
        TimelineWindow w{double(start) + 100, 10, 500};  // days 100..150: only the year covers them
        const auto marks = lane.marks(w, 14);
        QCOMPARE(marks.size(), size_t(1));
        QCOMPARE(marks[0].eventId, 1);
        QVERIFY(marks[0].x < 0 && marks[0].xEnd > 500);
        QCOMPARE(lane.maxLastDay(0, 3), start + 364);
        QCOMPARE(lane.typeMask(1, 3), 1u << int(EventType::Arrest));
    }

    void syntheticCaseFileAndCache()
    {
        SyntheticCase c(newPath());
        {
            Transaction tx(c.file->database());
            for (int l = 0; l < 5; ++l) {
                const qint64 lane = c.addLane(QStringLiteral("Town %1").arg(l), QStringLiteral("KS"));
                for (int i = 0; i < (l + 1) * 20; ++i)
                    c.addEvent(lane, PartialDate::fromJulianDay(julian(2015, 1, 1) + i * 7, PartialDate::Precision::Day));
            }
            tx.commit();
        }
        TimelineIndex index(*c.file, 100);  // room for about 100 events
        QCOMPARE(index.lane(c.lanes[4])->eventCount, 100);
        QCOMPARE(index.orderedLaneIds(TimelineLaneOrder::EventCount).first(), c.lanes[4]);
        const auto extent = index.dayExtent();
        QVERIFY(extent);
        QCOMPARE(extent->first, qint32(julian(2015, 1, 1)));
        QCOMPARE(extent->second, qint32(julian(2015, 1, 1) + 99 * 7));
        (void)index.events(c.lanes[0]);  // 20
        (void)index.events(c.lanes[1]);  // 40
        (void)index.events(c.lanes[2]);  // 60: over budget, the least recently used lane goes
        QVERIFY(!index.isLoaded(c.lanes[0]));
        QVERIFY(index.isLoaded(c.lanes[2]));
        QCOMPARE(index.events(c.lanes[4]).size(), 100);  // a lane bigger than the budget still loads
        QVERIFY(index.isLoaded(c.lanes[4]));

        const qint64 added = c.addEvent(c.lanes[0], PartialDate::day(2030, 5, 5));
        index.reload();
        QCOMPARE(index.lane(c.lanes[0])->eventCount, 21);
        QCOMPARE(index.dayExtent()->second, qint32(julian(2030, 5, 5)));
        const auto where = index.locate(added);
        QVERIFY(where);
        QCOMPARE(where->jurisdictionId, c.lanes[0]);
        const TimelineLaneEvents &events = index.events(c.lanes[0]);
        QCOMPARE(events.indexOf(added, qint32(julian(2030, 5, 5))), 20);
        QCOMPARE(events.indexOf(424242), -1);
    }
};

QTEST_GUILESS_MAIN(TestTimelineIndex)
#include "TestTimelineIndex.moc"
