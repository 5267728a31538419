#include "ApplicationSetup.h"
#include "CaseDocument.h"
#include "EventTableModel.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QDockWidget>
#include <QSettings>
#include <QTest>

using namespace caseline;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void triggerAction(QWidget *window, const char *name)
    {
        auto *action = window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    }

private slots:
    void initTestCase()
    {
        setUpApplication(*QCoreApplication::instance());
        QFile::remove(MainWindow::sampleCasePath());
        QSettings().clear();  // a first start: no layout or recent files from an earlier run
    }

    void firstStartOpensTheSample()
    {
        MainWindow window;
        window.show();
        window.openInitialFile({});
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), MainWindow::sampleCasePath());
        QAbstractItemModelTester tester(window.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.eventTable()->model()->rowCount() >= 20);
        auto *count = window.findChild<QLabel *>(QStringLiteral("eventCountLabel"));
        QVERIFY(count->text().endsWith(QStringLiteral(" events")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sample case")));
        // Rows are in date order by default: the earliest is ICE's creation in 2003.
        const QModelIndex first = window.eventModel()->index(0, EventTableModel::DateColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("2003"));
    }

    void sortsByClickingAHeader()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSample());
        QTableView *table = window.eventTable();
        table->sortByColumn(EventTableModel::TitleColumn, Qt::AscendingOrder);
        QStringList titles;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            titles << table->model()->index(row, EventTableModel::TitleColumn).data().toString();
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(titles, sorted);
    }

    void openThroughTheFileMenuAndRecentFiles()
    {
        MainWindow window;
        window.show();
        const QString copy = m_dir.filePath(QStringLiteral("copy.caseline"));
        {
            auto sample = CaseFile::open(MainWindow::sampleCasePath());
            sample->writeCopy(copy);
        }
        window.setOpenDialog([&] { return copy; });
        triggerAction(&window, "actionOpen");
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), copy);
        QTRY_COMPARE(RecentFiles::list().value(0), copy);  // written in a later pass of the event loop
        MainWindow second;
        second.openInitialFile({});  // reopens the last file
        QCOMPARE(second.document()->path(), copy);
        // A window closed before that later pass (a script, --grab) still records the file.
        const QString another = m_dir.filePath(QStringLiteral("closed-at-once.caseline"));
        QFile::copy(copy, another);
        {
            MainWindow quick;
            quick.show();
            QVERIFY(quick.openFile(another));
            QVERIFY(quick.close());
        }
        QCOMPARE(RecentFiles::list().value(0), another);
        QCOMPARE(RecentFiles::list().value(1), copy);
    }

    // Shown in a window too narrow for them, docks keep their minimum width when it grows (as
    // --grab does to take its 1024×768 picture); fitting them gives each its share again.
    void docksFitTheWidthAgain()
    {
        MainWindow window;
        window.resize(640, 480);
        window.show();
        auto *filters = window.findChild<QDockWidget *>(QStringLiteral("filterDock"));
        auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
        window.resize(1024, 768);
        QTRY_COMPARE(window.width(), 1024);
        QVERIFY2(filters->width() < 200, qPrintable(QString::number(filters->width())));
        window.fitDocksToWidth();
        QTRY_VERIFY2(filters->width() >= 200, qPrintable(QString::number(filters->width())));
        QVERIFY2(details->width() >= 200, qPrintable(QString::number(details->width())));
        QVERIFY(window.centralWidget()->width() >= 500);
    }

    void badFileShowsAMessageAndKeepsTheOpenCase()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSample());
        const QString bad = m_dir.filePath(QStringLiteral("bad.caseline"));
        test::writeFile(bad, "Year,Month\n2019,7\n");
        QStringList messages;
        window.setMessageSink([&](const QString &, const QString &text) { messages << text; });
        QVERIFY(!window.openFile(bad));
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(bad) && messages.first().contains(QStringLiteral("not a Caseline case file")),
                 qPrintable(messages.first()));
        QCOMPARE(window.document()->path(), MainWindow::sampleCasePath());
        QVERIFY(window.eventModel()->rowCount() >= 20);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
