#include "ApplicationSetup.h"
#include "CaseDocument.h"
#include "EventTableModel.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "charts/ChartCanvas.h"
#include "charts/ChartPanel.h"
#include "analysis/ChartAggregator.h"
#include "io/SampleCase.h"
#include "storage/CaseFile.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace caseline;

class TestChartPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ChartPanel *charts() const { return m_window->chartPanel(); }
    QString numberAt(int row, int column) const { return charts()->numbers()->item(row, column)->text(); }

private slots:
    void init()
    {
        setUpApplication(*QCoreApplication::instance());
        const QString path = m_dir.filePath(QStringLiteral("charts.caseline"));
        QFile::remove(path);
        {
            auto file = CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing);
            SampleCase::writeTo(*file);
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(m_window->openFile(path));
        m_window->centreTabs()->setCurrentWidget(charts());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void switchesKindsAndFollowsFilters()
    {
        QComboBox *kind = charts()->kindBox();
        kind->setCurrentIndex(kind->findData(int(ChartRequest::Kind::Ranking)));
        QCOMPARE(charts()->currentData().title, QStringLiteral("Jurisdictions with the most events"));
        QCOMPARE(numberAt(0, 0), QStringLiteral("Lawrence, KS"));
        QCOMPARE(numberAt(0, 1), QStringLiteral("13"));

        // Checking "Statement" in the window's filter redraws the chart from statements only.
        QListWidget *types = m_window->filterPanel()->typeList();
        for (int i = 0; i < types->count(); ++i)
            if (types->item(i)->data(Qt::UserRole).toInt() == int(EventType::Statement))
                types->item(i)->setCheckState(Qt::Checked);
        QVERIFY(charts()->currentData().caption().contains(QStringLiteral("Statement")));
        const int statements = int(m_window->eventModel()->rowCount());
        QCOMPARE(charts()->currentData().eventCount, statements);

        kind->setCurrentIndex(kind->findData(int(ChartRequest::Kind::Adoption)));
        QCOMPARE(charts()->currentData().title, QStringLiteral("Jurisdictions by stance over time"));
        kind->setCurrentIndex(kind->findData(int(ChartRequest::Kind::EventStudy)));
        QVERIFY(charts()->currentData().lines);
        kind->setCurrentIndex(kind->findData(int(ChartRequest::Kind::ByStance)));
        QCOMPARE(charts()->numbers()->columnCount(), 4);  // bin + three families
    }

    void clickingABarFiltersTheTimeline()
    {
        QComboBox *kind = charts()->kindBox();
        kind->setCurrentIndex(kind->findData(int(ChartRequest::Kind::Ranking)));
        // The second bar is the federal lane; a click on it shows only its events.
        emit charts()->canvas()->barClicked(1, StanceFamily::Neither);
        QCOMPARE(m_window->centreTabs()->currentIndex(), 0);
        QCOMPARE(m_window->eventModel()->rowCount(), 6);
        QCOMPARE(m_window->filterPanel()->filter().jurisdictionIds.size(), 1);
    }

    // In a large case (the sample stands in for one) without the events' snapshot (its read
    // failed), charts are counted by SQLite on a worker thread; the window goes on, the chart
    // before stays with a note, and exports wait. A newer request supersedes one under way.
    void countsInTheBackgroundWithoutASnapshot()
    {
        CaseDocument::setWaitForColumnsFrom(0);
        CaseDocument::setReadsColumns(false);
        const auto restore = qScopeGuard([this] {
            CaseDocument::setWaitForColumnsFrom(50000);
            CaseDocument::setReadsColumns(true);
            m_window->document()->reloadAfterExternalChange();
        });
        m_window->document()->reloadAfterExternalChange();
        QVERIFY(!m_window->document()->columns() && !m_window->document()->isWaitingForColumns());
        QComboBox *kind = charts()->kindBox();
        kind->setCurrentIndex(kind->findData(int(ChartRequest::Kind::Ranking)));
        QVERIFY(charts()->isCounting());  // no filter: counted in the background too
        QTRY_VERIFY(!charts()->isCounting());
        const int allEvents = int(charts()->currentData().eventCount);
        auto *note = charts()->findChild<QLabel *>(QStringLiteral("chartCountingNote"));
        QVERIFY(note && !note->isVisible());

        EventFilter confirmed;
        confirmed.statuses = {EventStatus::Confirmed};
        charts()->setFilter(confirmed);
        QVERIFY(charts()->isCounting());
        QVERIFY(note->isVisible());
        QCOMPARE(int(charts()->currentData().eventCount), allEvents);  // the chart before, meanwhile
        QString error;
        QVERIFY(!charts()->exportTo(m_dir.filePath(QStringLiteral("while-counting.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("still being counted")), qPrintable(error));
        QTRY_VERIFY(!charts()->isCounting());
        QVERIFY(!note->isVisible());
        const ChartData expected = ChartAggregator(m_window->document()->file()).compute(charts()->request());
        QCOMPARE(charts()->currentData().toCsv(), expected.toCsv());
        QCOMPARE(charts()->currentData().caption(), expected.caption());
        QVERIFY(expected.caption().contains(QStringLiteral("Confirmed")));

        // Two requests in a row: the last one shows.
        EventFilter unconfirmed;
        unconfirmed.statuses = {EventStatus::Disputed, EventStatus::Unverified};
        charts()->setFilter(confirmed);
        charts()->setFilter(unconfirmed);
        QTRY_VERIFY(!charts()->isCounting());
        const ChartData last = ChartAggregator(m_window->document()->file()).compute(charts()->request());
        QCOMPARE(charts()->currentData().caption(), last.caption());
        QCOMPARE(charts()->currentData().eventCount, last.eventCount);
        QVERIFY(last.eventCount < expected.eventCount);

        // Once a snapshot is read the chart is counted from it at once, and the answer under way
        // is dropped.
        charts()->setFilter(confirmed);
        QVERIFY(charts()->isCounting());
        CaseDocument::setReadsColumns(true);
        m_window->document()->reloadAfterExternalChange();
        EventFilter statements;
        statements.types = {EventType::Statement};
        charts()->setFilter(statements);
        QTRY_VERIFY(m_window->document()->columns());
        QVERIFY(charts()->currentData().caption().contains(QStringLiteral("Statement")));
        QTRY_VERIFY(!charts()->isCounting());
        QVERIFY(charts()->currentData().caption().contains(QStringLiteral("Statement")));
        charts()->setFilter(unconfirmed);
        QVERIFY(!charts()->isCounting());  // a status filter too, from the snapshot
        QCOMPARE(charts()->currentData().caption(), last.caption());
        QCOMPARE(charts()->currentData().toCsv(), last.toCsv());

        // The case closes (here: the panel loses its document) with one count under way and one
        // waiting: both are given up.
        CaseDocument::setReadsColumns(false);
        m_window->document()->reloadAfterExternalChange();
        charts()->setFilter(confirmed);
        charts()->setFilter(unconfirmed);
        QVERIFY(charts()->isCounting());
        charts()->setDocument(nullptr);
        QTRY_VERIFY(!charts()->isCounting());
        QVERIFY(!note->isVisible());
        charts()->setDocument(m_window->document());
    }

    void exportsAPdfThroughTheDialog()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("from-dialog.pdf"));
        QString suggested;
        charts()->setSaveDialog([&](const QString &name) {
            suggested = name;
            return pdf;
        });
        QTest::mouseClick(charts()->findChild<QPushButton *>(QStringLiteral("chartExportButton")), Qt::LeftButton);
        QCOMPARE(suggested, QStringLiteral("by-stance.pdf"));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        text.waitForFinished();
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(QStringLiteral("Events by stance on the event's date")), qPrintable(words.left(300)));
        QVERIFY(words.contains(QStringLiteral("Limits cooperation")));
    }
};

QTEST_MAIN(TestChartPanel)
#include "TestChartPanel.moc"
