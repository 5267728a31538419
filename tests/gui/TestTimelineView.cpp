#include "CaseDocument.h"
#include "SyntheticCase.h"
#include "TestSupport.h"
#include "io/SampleCase.h"
#include "query/TimelineIndex.h"
#include "timeline/TimeAxisTicks.h"
#include "timeline/TimelineRenderer.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace caseline;
using namespace caseline::test;

namespace {

// Three towns with events a week apart through 2019, and one stance each.
struct Towns {
    std::unique_ptr<SyntheticCase> c;
    qint64 alpha = 0, bravo = 0, charlie = 0;
    QList<qint64> alphaEvents, bravoEvents;
};

Towns makeTowns(const QString &path)
{
    Towns t;
    t.c = std::make_unique<SyntheticCase>(path);
    Transaction tx(t.c->file->database());
    t.alpha = t.c->addLane(QStringLiteral("Alpha"), QStringLiteral("KS"));
    t.bravo = t.c->addLane(QStringLiteral("Bravo"), QStringLiteral("MO"));
    t.charlie = t.c->addLane(QStringLiteral("Charlie"), QStringLiteral("TX"));
    for (int week = 0; week < 52; ++week) {
        const qint64 day = julian(2019, 1, 7) + week * 7;
        t.alphaEvents << t.c->addEvent(t.alpha, PartialDate::fromJulianDay(day, PartialDate::Precision::Day),
                                       week % 2 ? EventType::Arrest : EventType::Statement);
        if (week % 4 == 0)
            t.bravoEvents << t.c->addEvent(t.bravo, PartialDate::fromJulianDay(day + 2, PartialDate::Precision::Day),
                                           EventType::Ordinance);
    }
    t.c->addEvent(t.charlie, PartialDate::month(2019, 6), EventType::Agreement, QStringLiteral("287(g) signed"));
    t.c->addPeriod(t.alpha, Stance::WelcomingCity, PartialDate::month(2019, 3));
    t.c->addPeriod(t.charlie, Stance::JailEnforcement287g, PartialDate::month(2019, 6), PartialDate::month(2019, 10));
    tx.commit();
    return t;
}

}  // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath(const QString &suffix = QStringLiteral(".caseline"))
    {
        return m_dir.filePath(QStringLiteral("file%1%2").arg(++m_files).arg(suffix));
    }

    std::unique_ptr<CaseDocument> openTowns(Towns &towns)
    {
        const QString path = newPath();
        towns = makeTowns(path);
        towns.c->file.reset();
        return std::make_unique<CaseDocument>(CaseFile::open(path));
    }

    static void showView(TimelineView &view)
    {
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

private slots:
    void ticksAdaptToTheZoom()
    {
        const QFontMetricsF fm{QFont(QStringLiteral("DejaVu Sans"), 9)};
        const auto ticksFor = [&](double firstDay, double days) {
            TimeScale scale(0, 1, 1000);
            scale.fit(firstDay, firstDay + days);
            return TimeAxisTicks::compute(scale, fm);
        };
        const double y2000 = double(julian(2000, 1, 1));
        const auto decades = ticksFor(y2000 - 365.25 * 100, 365.25 * 120);
        QVERIFY(decades.step <= TimeAxisTicks::Step::Decade);
        const auto years = ticksFor(y2000, 365.25 * 12);
        QCOMPARE(years.step, TimeAxisTicks::Step::Year);
        QCOMPARE(years.major.first().label, QStringLiteral("2000"));
        QVERIFY(!years.minor.isEmpty());  // quarters or months between the years
        const auto months = ticksFor(y2000, 366);
        QVERIFY(months.step == TimeAxisTicks::Step::Month || months.step == TimeAxisTicks::Step::Quarter);
        const auto days = ticksFor(y2000, 7);
        QCOMPARE(days.step, TimeAxisTicks::Step::Day);
        QCOMPARE(days.major.first().label, QStringLiteral("1 Jan 2000"));  // New Year's Day gives the year
        QCOMPARE(days.major.at(1).label, QStringLiteral("2 Jan"));
        QCOMPARE(days.context, QStringLiteral("Jan 2000"));  // drawn at the left edge
        // A week across 600 px (the timeline of a 1280-pixel window) labels every day.
        TimeScale laptop(0, 1, 600);
        laptop.fit(y2000 + 10, y2000 + 17);
        const auto week = TimeAxisTicks::compute(laptop, fm);
        QCOMPARE(week.step, TimeAxisTicks::Step::Day);
        QCOMPARE(week.major.first().label, QStringLiteral("11 Jan"));
        QCOMPARE(week.context, QStringLiteral("Jan 2000"));
        // Panning at that zoom never switches between day and week labels (each pan step of the
        // benchmark's screenshot series, 2 % of the width, across a year).
        for (double from = y2000 + 240; from < y2000 + 605; from += 7 * 0.02) {
            TimeScale panned(0, 1, 582);
            panned.fit(from, from + 7);
            const auto ticks = TimeAxisTicks::compute(panned, fm);
            QVERIFY2(ticks.step == TimeAxisTicks::Step::Day, qPrintable(QString::number(from - y2000)));
            QVERIFY(!ticks.context.isEmpty());
        }
        // Weeks (too narrow for days) name the month and year at the left edge too.
        TimeScale narrow(0, 1, 330);
        narrow.fit(y2000 + 40.5, y2000 + 47.5);
        const auto weeks7 = TimeAxisTicks::compute(narrow, fm);
        QCOMPARE(weeks7.step, TimeAxisTicks::Step::Week);
        QCOMPARE(weeks7.context, QStringLiteral("Feb 2000"));
        const auto weeks = ticksFor(y2000, 40);
        QVERIFY(weeks.step == TimeAxisTicks::Step::Week || weeks.step == TimeAxisTicks::Step::Month);

        // At every zoom, labels never touch.
        for (double span = 3; span < 365.25 * 400; span *= 1.7) {
            const auto result = ticksFor(y2000, span);
            QVERIFY2(!result.major.isEmpty(), qPrintable(QString::number(span)));
            for (qsizetype i = 0; i + 1 < result.major.size(); ++i)
                QVERIFY2(result.major[i].x + 3 + fm.horizontalAdvance(result.major[i].label) < result.major[i + 1].x,
                         qPrintable(QStringLiteral("%1 days: %2 / %3").arg(span).arg(result.major[i].label, result.major[i + 1].label)));
        }
    }

    void showsTheSampleWithItsLanes()
    {
        const QString path = newPath();
        {
            auto file = CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing);
            SampleCase::writeTo(*file);
        }
        CaseDocument document(CaseFile::open(path));
        TimelineView view;
        view.setDocument(&document);
        showView(view);
        QCOMPARE(view.objectName(), QStringLiteral("timelineView"));
        QVERIFY(!view.accessibleName().isEmpty());
        QCOMPARE(view.laneIds().size(), 7);
        // fitAll shows every event: ICE's creation in 2003 through 2020.
        QVERIFY(view.firstVisibleDay() <= julian(2003, 1, 1));
        QVERIFY(view.lastVisibleDay() >= julian(2021, 1, 1));
        const qint64 lawrence = view.laneIds().first();  // most events first
        QCOMPARE(view.index()->lane(lawrence)->name, QStringLiteral("Lawrence"));
        QVERIFY(view.laneRect(lawrence));
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
    }

    void clickingAGlyphSelectsItsEvent()
    {
        Towns towns;
        auto document = openTowns(towns);
        TimelineView view;
        view.setDocument(document.get());
        showView(view);
        // Ten weeks in view: Alpha's weekly events stand apart.
        view.showDays(double(julian(2019, 3, 1)), double(julian(2019, 5, 10)));
        const qint64 target = towns.alphaEvents[12];  // 1 Apr 2019
        const auto rect = view.eventRect(target);
        QVERIFY(rect);
        QVERIFY(view.plotRect().contains(rect->center()));
        QSignalSpy selected(&view, &TimelineView::eventSelected);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect->center());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toLongLong(), target);
        QCOMPARE(view.selectedEvent(), target);

        // A neighbour, another lane's event, then empty time, which clears the selection.
        const qint64 bravo = towns.bravoEvents[3];
        const auto bravoRect = view.eventRect(bravo);
        QVERIFY(bravoRect);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, bravoRect->center());
        QCOMPARE(selected.last().first().toLongLong(), bravo);
        const QPoint empty(int(view.plotRect().left()) + 5, bravoRect->center().y());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, empty);
        QCOMPARE(view.selectedEvent(), 0);
        QCOMPARE(selected.last().first().toLongLong(), 0);
    }

    void clickingAClusterZoomsIntoIt()
    {
        Towns towns;
        auto document = openTowns(towns);
        TimelineView view;
        view.setDocument(document.get());
        showView(view);
        view.showDays(double(julian(2010, 1, 1)), double(julian(2025, 1, 1)));  // 15 years: weeks merge
        const auto *painter = view.timelinePainter();
        (void)view.laneRect(towns.alpha);  // lays out
        const TimelinePainter::PaintedLane *alpha = nullptr;
        for (const auto &lane : painter->paintedLanes())
            if (lane.jurisdictionId == towns.alpha)
                alpha = &lane;
        QVERIFY(alpha);
        QVERIFY(alpha->marks.size() < 52);
        int total = 0;
        size_t biggest = 0;
        for (size_t i = 0; i < alpha->marks.size(); ++i) {
            total += alpha->marks[i].count;
            if (alpha->marks[i].count > alpha->marks[biggest].count)
                biggest = i;
        }
        QCOMPARE(total, 52);
        const TimelineMark cluster = alpha->marks[biggest];
        QVERIFY(cluster.count > 1);
        const QPoint at = alpha->markRects[biggest].center().toPoint();
        const double before = view.scale().visibleDays();
        QSignalSpy selected(&view, &TimelineView::eventSelected);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(selected.size(), 0);
        QVERIFY(view.scale().visibleDays() < before / 4);
        QVERIFY(view.firstVisibleDay() <= cluster.firstDay);
        QVERIFY(view.lastVisibleDay() >= cluster.lastDay);
    }

    void arrowKeysMoveTheSelection()
    {
        Towns towns;
        auto document = openTowns(towns);
        TimelineView view;
        view.setDocument(document.get());
        showView(view);
        view.showDays(double(julian(2019, 1, 1)), double(julian(2019, 3, 1)));
        view.setSelectedEvent(towns.alphaEvents[20]);  // late May: scrolled into view
        QVERIFY(view.firstVisibleDay() <= julian(2019, 1, 7) + 20 * 7);
        QVERIFY(view.lastVisibleDay() >= julian(2019, 1, 7) + 20 * 7);
        QSignalSpy selected(&view, &TimelineView::eventSelected);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedEvent(), towns.alphaEvents[21]);
        QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.selectedEvent(), towns.alphaEvents[21]);
        QCOMPARE(selected.size(), 3);
        // Down: the lane below (Bravo, fewer events) and its event nearest in time.
        QCOMPARE(view.laneIds().indexOf(towns.bravo), view.laneIds().indexOf(towns.alpha) + 1);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectedEvent(), towns.bravoEvents[5]);  // week 20 + 2 days
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.selectedEvent(), towns.alphaEvents[20]);
        // Stepping past the lane's last event keeps it.
        view.setSelectedEvent(towns.alphaEvents.last());
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedEvent(), towns.alphaEvents.last());
        const auto rect = view.eventRect(towns.alphaEvents.last());
        QVERIFY(rect);  // scrolled into view
    }

    void zoomAndPanChangeTheVisibleRange()
    {
        Towns towns;
        auto document = openTowns(towns);
        TimelineView view;
        view.setDocument(document.get());
        showView(view);
        view.showDays(double(julian(2019, 1, 1)), double(julian(2020, 1, 1)));
        const double days = view.scale().visibleDays();
        const double middle = (view.scale().leftDay() + view.scale().rightDay()) / 2;
        QSignalSpy range(&view, &TimelineView::visibleRangeChanged);
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.scale().visibleDays() < days * 0.8);
        QVERIFY(std::abs((view.scale().leftDay() + view.scale().rightDay()) / 2 - middle) < 1);
        QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(std::abs(view.scale().visibleDays() - days) < 0.5);
        QVERIFY(range.size() >= 2);

        // Ctrl+wheel zooms around the pointer: the day under it stays there.
        const QPointF at(view.plotRect().left() + 200, 100);
        const double dayAt = view.scale().dayAt(at.x() - view.plotRect().left());
        QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.scale().visibleDays() < days / 2);
        QVERIFY(std::abs(view.scale().dayAt(at.x() - view.plotRect().left()) - dayAt) < 0.5);

        // Dragging left shows later days.
        const double left = view.scale().leftDay();
        const QPoint from(int(view.plotRect().center().x()), 20 + int(view.plotRect().top()));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view.viewport(), from - QPoint(150, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, from - QPoint(150, 0));
        QVERIFY(std::abs(view.scale().leftDay() - (left + 150 / view.scale().pixelsPerDay())) < 0.5);
        QCOMPARE(view.selectedEvent(), 0);  // a drag is not a click

        // The scroll bar pans over the data.
        QScrollBar *bar = view.horizontalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(0);
        QVERIFY(view.firstVisibleDay() < julian(2019, 1, 7));
        bar->setValue(bar->maximum());
        QVERIFY(view.lastVisibleDay() > julian(2019, 12, 23));

        view.fitAll();
        QVERIFY(view.firstVisibleDay() <= julian(2019, 1, 7));
        QVERIFY(view.lastVisibleDay() >= julian(2019, 12, 30));
        view.goToDate(PartialDate::day(2019, 8, 15));
        view.showDays(double(julian(2019, 8, 1)), double(julian(2019, 8, 8)));
        view.goToDate(PartialDate::day(2019, 3, 15));
        QVERIFY(view.firstVisibleDay() <= julian(2019, 3, 15) && view.lastVisibleDay() >= julian(2019, 3, 15));
        view.goToDate(PartialDate::year(2019));  // wider than the view: shows the whole year
        QVERIFY(view.firstVisibleDay() <= julian(2019, 1, 1) && view.lastVisibleDay() >= julian(2019, 12, 31));
    }

    void filtersOrderAndHiddenLanes()
    {
        Towns towns;
        auto document = openTowns(towns);
        TimelineView view;
        view.setDocument(document.get());
        showView(view);
        QCOMPARE(view.laneIds(), (QList<qint64>{towns.alpha, towns.bravo, towns.charlie}));
        EventFilter ordinances;
        ordinances.types = {EventType::Ordinance};
        view.setFilter(ordinances);
        QCOMPARE(view.laneIds(), QList<qint64>{towns.bravo});
        view.setSelectedEvent(towns.bravoEvents[0]);
        (void)view.laneRect(towns.bravo);
        for (const auto &lane : view.timelinePainter()->paintedLanes())
            for (const TimelineMark &mark : lane.marks)
                QCOMPARE(mark.type, int(EventType::Ordinance));
        QVERIFY(!view.eventRect(towns.alphaEvents[0]));
        view.setFilter({});
        view.setLaneOrder(TimelineLaneOrder::Stance);
        QCOMPARE(view.laneIds(), (QList<qint64>{towns.alpha, towns.charlie, towns.bravo}));
        view.setLaneOrder(TimelineLaneOrder::State);
        QCOMPARE(view.laneIds(), (QList<qint64>{towns.alpha, towns.bravo, towns.charlie}));
        view.setHiddenLanes({towns.bravo});
        QCOMPARE(view.laneIds(), (QList<qint64>{towns.alpha, towns.charlie}));

        // Edits through the document show up.
        view.setHiddenLanes({});
        Event added;
        added.jurisdictionId = towns.charlie;
        added.start = PartialDate::day(2019, 7, 4);
        added.title = QStringLiteral("Protest at the jail");
        added.type = EventType::Protest;
        QVERIFY(document->addEvent(added));
        QCOMPARE(view.index()->lane(towns.charlie)->eventCount, 2);
        view.showDays(double(julian(2019, 6, 20)), double(julian(2019, 7, 20)));
        QVERIFY(view.eventRect(added.id));
        document->undoStack()->undo();
        QCOMPARE(view.index()->lane(towns.charlie)->eventCount, 1);
    }

    void selectingScrollsAFarLaneIntoView()
    {
        const QString path = newPath();
        qint64 far = 0, farEvent = 0;
        {
            SyntheticCase c(path);
            Transaction tx(c.file->database());
            for (int l = 0; l < 80; ++l) {
                const qint64 lane = c.addLane(QStringLiteral("Place %1").arg(l, 2, 10, QLatin1Char('0')), QStringLiteral("CA"));
                const qint64 e = c.addEvent(lane, PartialDate::day(2000 + l / 4, 1 + l % 12, 1));
                if (l == 70) {
                    far = lane;
                    farEvent = e;
                }
            }
            tx.commit();
        }
        CaseDocument document(CaseFile::open(path));
        TimelineView view;
        view.setDocument(&document);
        view.setLaneOrder(TimelineLaneOrder::Name);
        showView(view);
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QVERIFY(!view.laneRect(far));
        view.setSelectedEvent(farEvent);
        QVERIFY(view.verticalScrollBar()->value() > 0);
        const auto lane = view.laneRect(far);
        QVERIFY(lane);
        QVERIFY(view.viewport()->rect().contains(*lane));
        QVERIFY(view.eventRect(farEvent));
        QVERIFY(view.index()->loadedLaneCount() < 80);  // only lanes on screen were read
    }

    void rendersPngAndPdf()
    {
        const QString path = newPath();
        {
            auto file = CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing);
            SampleCase::writeTo(*file);
        }
        auto file = CaseFile::open(path);
        const QString png = newPath(QStringLiteral(".png"));
        const QString pdf = newPath(QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(renderTimeline(*file, {}, std::nullopt, png, &error), qPrintable(error));
        QVERIFY2(renderTimeline(*file, {}, std::nullopt, pdf, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.width(), 1600);
        QVERIFY(image.height() > 200);
        // Not blank: the bands and glyphs bring many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 50);
        QVERIFY(!renderTimeline(*file, {}, std::nullopt, newPath(QStringLiteral(".gif")), &error));
        QVERIFY(error.contains(QStringLiteral(".png")));

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(20000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Lawrence, KS")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("Los Angeles, CA")));
        QVERIFY(text.contains(QStringLiteral("287(g) agreement")));  // the legend
        QVERIFY(text.contains(QStringLiteral("2010")));             // the axis

        // A date range and a filter narrow the render.
        EventFilter statements;
        statements.types = {EventType::Statement};
        const QString narrow = newPath(QStringLiteral(".pdf"));
        QVERIFY(renderTimeline(*file, statements, DayRange{julian(2019, 1, 1), julian(2020, 12, 31)}, narrow, &error));
        pdftotext.start(QStringLiteral("pdftotext"), {narrow, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(20000));
        const QString narrowText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(narrowText.contains(QStringLiteral("Lawrence, KS")));
        QVERIFY(!narrowText.contains(QStringLiteral("Chicago")));
        QVERIFY(!narrowText.contains(QStringLiteral("2005")));

        if (const QByteArray keep = qgetenv("CASELINE_KEEP_RENDERS"); !keep.isEmpty()) {
            QFile::copy(png, QString::fromLocal8Bit(keep) + QStringLiteral("/sample.png"));
            QFile::copy(pdf, QString::fromLocal8Bit(keep) + QStringLiteral("/sample.pdf"));
        }
    }
};

QTEST_MAIN(TestTimelineView)
#include "TestTimelineView.moc"
