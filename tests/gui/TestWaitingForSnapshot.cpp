// A large case's views wait for the events' snapshot instead of asking SQLite (which blocks the
// window for a few hundred ms at a million events): on opening, and after File > Reload or an
// import too large to undo, while a filter change meanwhile is applied once the snapshot is there.
// The sample stands in for a large case (CaseDocument::setWaitForColumnsFrom(0)); once settled,
// every view must show what the synchronous path shows.
#include "ApplicationSetup.h"
#include "CaseDocument.h"
#include "EventTableModel.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "io/SampleCase.h"
#include "query/EventColumns.h"
#include "query/EventQuery.h"
#include "query/TimelineIndex.h"
#include "storage/CaseFile.h"
#include "timeline/TimelineView.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace caseline;

namespace {
QList<qint64> tableIds(const EventTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.eventIdAt(row);
    return ids;
}

bool settled(MainWindow &window)
{
    return !window.document()->isWaitingForColumns() && !window.eventModel()->isWaitingForColumns()
        && !window.timelineView()->isWaitingForColumns() && window.timelineView()->index();
}
}  // namespace

class TestWaitingForSnapshot : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase() { setUpApplication(*QCoreApplication::instance()); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.caseline").arg(QTest::currentTestFunction()));
        auto file = CaseFile::open(m_path, CaseFile::OpenMode::CreateIfMissing);
        SampleCase::writeTo(*file);
        CaseDocument::setWaitForColumnsFrom(0);  // the sample counts as large
    }

    void cleanup() { CaseDocument::setWaitForColumnsFrom(50000); }

    void documentSaysWhileItReads()
    {
        CaseDocument document(CaseFile::open(m_path));
        QSignalSpy ready(&document, &CaseDocument::columnsReady);
        QVERIFY(document.isWaitingForColumns());
        QVERIFY(!document.columns());
        QVERIFY(ready.wait(10000));
        QVERIFY(!document.isWaitingForColumns());
        QVERIFY(document.columns());
        // A change the snapshot cannot be patched with: waiting again until it is read.
        document.reloadAfterExternalChange();
        QVERIFY(document.isWaitingForColumns());
        QVERIFY(ready.wait(10000));
        QVERIFY(!document.isWaitingForColumns());

        // Small cases do not wait: the views ask SQLite at once, as before.
        CaseDocument::setWaitForColumnsFrom(1000000);
        CaseDocument small(CaseFile::open(m_path));
        QVERIFY(!small.isWaitingForColumns());
    }

    void openingShowsTheEventsOnceRead()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        // Nothing from SQLite yet: the table and the timeline wait for the snapshot.
        QVERIFY(window.eventModel()->isWaitingForColumns());
        QCOMPARE(window.eventModel()->rowCount(), 0);
        QVERIFY(window.timelineView()->isWaitingForColumns());
        QVERIFY(!window.timelineView()->index());
        // No count over every event meanwhile (tens of ms at a million): it comes with the snapshot.
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("eventCountLabel"))->text(), QStringLiteral("Reading the events…"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 10000);

        // Then the same as a window that asked SQLite.
        CaseDocument::setWaitForColumnsFrom(1000000);
        MainWindow direct;
        direct.show();
        QVERIFY(direct.openFile(m_path));
        QVERIFY(!direct.eventModel()->isWaitingForColumns());
        QVERIFY(direct.eventModel()->rowCount() > 20);
        QCOMPARE(tableIds(*window.eventModel()), tableIds(*direct.eventModel()));
        QCOMPARE(window.timelineView()->laneIds(), direct.timelineView()->laneIds());
        QCOMPARE(window.timelineView()->index()->matchingEventCount(), direct.timelineView()->index()->matchingEventCount());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("eventCountLabel"))->text(),
                 QStringLiteral("%1 events").arg(QLocale().toString(direct.eventModel()->rowCount())));
        // The view range is fitted to the events once they are there, as when read at once.
        QTRY_COMPARE(window.timelineView()->scale().leftDay(), direct.timelineView()->scale().leftDay());
    }

    void filterChosenWhileReadingAgainIsApplied()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 10000);
        const QList<qint64> before = tableIds(*window.eventModel());

        // Another program adds an event; File > Reload reads the snapshot again.
        qint64 added = 0;
        {
            auto other = CaseFile::open(m_path);
            Event e = *other->event(before.first());
            e.id = 0;
            e.key.clear();
            e.type = EventType::Raid;
            e.title = QStringLiteral("Added elsewhere");
            e.citations.clear();
            added = other->addEvent(e);
        }
        window.document()->reloadAfterExternalChange();
        QVERIFY(window.eventModel()->isWaitingForColumns());
        QCOMPARE(tableIds(*window.eventModel()), before);  // what was shown stays meanwhile
        EventFilter raids;
        raids.types = {EventType::Raid};
        window.filterPanel()->applyFilter(raids);
        window.eventTable()->sortByColumn(EventTableModel::DateColumn, Qt::DescendingOrder);
        QVERIFY(window.eventModel()->isWaitingForColumns());
        QVERIFY(window.timelineView()->isWaitingForColumns());
        QCOMPARE(tableIds(*window.eventModel()), before);
        QCOMPARE(window.eventModel()->rowOfEvent(before[3]), 3);  // the rows shown, in their order

        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 10000);
        const QList<qint64> expected = EventQuery(window.document()->file())  // from SQLite
                                           .eventIds(raids, EventQuery::SortColumn::Date, Qt::DescendingOrder);
        QVERIFY(expected.contains(added));
        QCOMPARE(tableIds(*window.eventModel()), expected);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(window.eventModel()->rowOfEvent(expected[i]), int(i));
        TimelineIndex fresh(window.document()->file());
        fresh.setFilter(raids);
        QCOMPARE(window.timelineView()->index()->filter(), raids);
        QCOMPARE(window.timelineView()->laneIds(), fresh.orderedLaneIds(window.timelineView()->laneOrder()));
        QCOMPARE(window.timelineView()->index()->matchingEventCount(), fresh.matchingEventCount());
    }

    // Another order than by date is SQLite's (over a second at a million events by title): in a
    // large case it is listed on a worker while the rows shown stay, and the last order or filter
    // asked for is the one shown.
    void otherOrdersAreListedOnAWorker()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 10000);
        const QList<qint64> byDate = tableIds(*window.eventModel());
        auto *count = window.findChild<QLabel *>(QStringLiteral("eventCountLabel"));
        const QString allEvents = count->text();
        window.eventTable()->sortByColumn(EventTableModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(window.eventModel()->isSorting());
        QCOMPARE(tableIds(*window.eventModel()), byDate);  // meanwhile
        QCOMPARE(count->text(), QStringLiteral("Listing the events…"));
        window.eventTable()->sortByColumn(EventTableModel::JurisdictionColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!window.eventModel()->isSorting());
        const EventQuery query(window.document()->file());
        const QList<qint64> byJurisdiction = query.eventIds(EventFilter(), EventQuery::SortColumn::Jurisdiction, Qt::DescendingOrder);
        QVERIFY(byJurisdiction != byDate);
        QCOMPARE(tableIds(*window.eventModel()), byJurisdiction);
        for (qsizetype i = 0; i < byJurisdiction.size(); ++i)  // rows found by a table made on the worker
            QCOMPARE(window.eventModel()->rowOfEvent(byJurisdiction[i]), int(i));
        QCOMPARE(window.eventModel()->rowOfEvent(999999), -1);
        QCOMPARE(count->text(), allEvents);

        // A filter chosen while listing: the rows follow it.
        window.eventTable()->sortByColumn(EventTableModel::TitleColumn, Qt::AscendingOrder);
        EventFilter oneType;
        oneType.types = {window.document()->file().event(byDate.first())->type};
        window.filterPanel()->applyFilter(oneType);
        QVERIFY(window.eventModel()->isSorting());
        QTRY_VERIFY(!window.eventModel()->isSorting());
        const QList<qint64> filtered = query.eventIds(oneType, EventQuery::SortColumn::Title, Qt::AscendingOrder);
        QVERIFY(!filtered.isEmpty() && filtered.size() < byDate.size());
        QCOMPARE(tableIds(*window.eventModel()), filtered);

        // By date again: from the snapshot, at once.
        window.eventTable()->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
        QVERIFY(!window.eventModel()->isSorting());
        QCOMPARE(tableIds(*window.eventModel()), query.eventIds(oneType, EventQuery::SortColumn::Date, Qt::AscendingOrder));
    }

    // A new title moves nothing: the snapshot and the table's list are kept, the rows re-read,
    // and every event's row is still found (by a binary search, no table of ids).
    void titleEditKeepsTheListAndShowsTheTitle()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 10000);
        const auto columns = window.document()->columns();
        const QList<qint64> before = tableIds(*window.eventModel());
        const int row = 7;
        Event e = *window.document()->file().event(before[row]);
        e.title = QStringLiteral("A title edited");
        QVERIFY(window.document()->updateEvent(e));
        QCOMPARE(window.document()->columns().get(), columns.get());
        QVERIFY(!window.eventModel()->isWaitingForColumns());
        QCOMPARE(tableIds(*window.eventModel()), before);
        QCOMPARE(window.eventModel()->index(row, EventTableModel::TitleColumn).data().toString(), e.title);
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(window.eventModel()->rowOfEvent(before[i]), int(i));
        QCOMPARE(window.eventModel()->rowOfEvent(999999), -1);

        // Newest first: found from the other end.
        window.eventTable()->sortByColumn(EventTableModel::DateColumn, Qt::DescendingOrder);
        const QList<qint64> newestFirst = tableIds(*window.eventModel());
        QCOMPARE(newestFirst.size(), before.size());
        for (qsizetype i = 0; i < newestFirst.size(); ++i)
            QCOMPARE(window.eventModel()->rowOfEvent(newestFirst[i]), int(i));
    }
};

QTEST_MAIN(TestWaitingForSnapshot)
#include "TestWaitingForSnapshot.moc"
