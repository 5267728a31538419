// Issue 8: the whole "open the sample, filter, select an event, export a chart" path with the
// keyboard alone — menu mnemonics, shortcuts, Tab, arrows, Space and Enter, sent as key events to
// whatever has the focus, never by calling the window's methods. Only the file names come from
// the save-dialog seams.
#include "ApplicationSetup.h"
#include "CaseActions.h"
#include "CaseDocument.h"
#include "EventTableModel.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "analysis/ChartData.h"
#include "charts/ChartPanel.h"
#include "query/TimelineIndex.h"
#include "query/TimelineLaneEvents.h"
#include "storage/CaseFile.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace caseline;

class TestKeyboardOnly : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A key to whatever has the keyboard focus now (the popup menu when one is open).
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::activePopupWidget();
        if (!target)
            target = QApplication::focusWidget();
        if (!target)
            target = QApplication::activeWindow();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    // Tab until the focus is on `wanted`; fails (naming the widgets passed) if the tab chain never
    // reaches it.
    static bool tabTo(const QWidget *wanted, int maxPresses = 60)
    {
        QStringList passed;
        for (int i = 0; i < maxPresses; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (focus == wanted)
                return true;
            passed << QStringLiteral("%1(%2)").arg(QString::fromLatin1(focus ? focus->metaObject()->className() : "none"),
                                                   focus ? focus->objectName() : QString());
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        qWarning("Tab passed: %s", qPrintable(passed.join(QStringLiteral(" → "))));
        return QApplication::focusWidget() == wanted;
    }

private slots:
    void initTestCase()
    {
        setUpApplication(*QCoreApplication::instance());
        QFile::remove(MainWindow::sampleCasePath());
        QVERIFY(m_dir.isValid());
    }

    void openFilterSelectAndExportWithTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.document());

        // File > Open Sample Case: Alt+F opens the menu, S is the item's mnemonic.
        press(Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        press(Qt::Key_S);
        QTRY_VERIFY(window.document());
        QCOMPARE(window.document()->path(), MainWindow::sampleCasePath());
        const qint64 total = window.document()->file().eventCount();
        QVERIFY(total >= 20);

        // Edit > Find (Ctrl+F) puts the focus in the search field; Enter applies at once.
        press(Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = window.filterPanel()->searchEdit();
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("police"));
        press(Qt::Key_Return);
        QCOMPARE(window.filterPanel()->filter().searchText, QStringLiteral("police"));
        const int matching = window.eventModel()->rowCount();
        QVERIFY(matching > 0);
        QVERIFY(matching < total);
        auto *count = window.findChild<QLabel *>(QStringLiteral("eventCountLabel"));
        QCOMPARE(count->text(), QStringLiteral("%1 of %2 events").arg(matching).arg(total));

        // Tab from the search field reaches the timeline; Right selects the first event in view,
        // Right again the next in its lane, End the lane's last, Home its first.
        TimelineView *timeline = window.timelineView();
        QVERIFY(tabTo(timeline));
        QVERIFY(timeline->hasFocus());
        // Passing through the table may have selected a row; Escape clears the selection.
        press(Qt::Key_Escape);
        QCOMPARE(timeline->selectedEvent(), 0);
        QVERIFY(window.selectedEventIds().isEmpty());
        press(Qt::Key_Right);
        const qint64 first = timeline->selectedEvent();
        QVERIFY(first != 0);
        QCOMPARE(window.selectedEventIds(), QList<qint64>{first});  // the table follows
        QVERIFY(timeline->accessibleDescription().contains(window.document()->file().event(first)->title));
        press(Qt::Key_End);
        const qint64 last = timeline->selectedEvent();
        press(Qt::Key_Home);
        const qint64 home = timeline->selectedEvent();
        const qint64 lane = timeline->index()->locate(home)->jurisdictionId;
        const TimelineLaneEvents &laneEvents = timeline->index()->events(lane);
        QCOMPARE(home, laneEvents.id(0));
        QCOMPARE(last, laneEvents.id(laneEvents.size() - 1));
        if (laneEvents.size() > 1) {
            press(Qt::Key_Right);
            QCOMPARE(timeline->selectedEvent(), laneEvents.id(1));
        }
        const qint64 chosen = timeline->selectedEvent();
        QCOMPARE(window.selectedEventIds(), QList<qint64>{chosen});
        // Every selected event matches the filter: it is one of the table's rows.
        QVERIFY(window.eventModel()->rowOfEvent(chosen) >= 0);
        // Plus zooms in, minus back out.
        const double span = timeline->scale().visibleDays();
        press(Qt::Key_Plus);
        QVERIFY(timeline->scale().visibleDays() < span);
        press(Qt::Key_Minus);
        QVERIFY(qAbs(timeline->scale().visibleDays() - span) < span * 0.01);

        // Enter opens the selected event in the editor; Escape closes it without a change.
        QString editedTitle;
        window.caseActions()->setDialogRunner([&](QDialog &dialog) {
            dialog.show();
            if (!QTest::qWaitForWindowActive(&dialog))
                return false;
            if (auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit")))
                editedTitle = title->text();
            QTest::keyClick(&dialog, Qt::Key_Escape);
            return dialog.result() == QDialog::Accepted;
        });
        const int undoBefore = window.document()->undoStack()->count();
        press(Qt::Key_Return);
        QCOMPARE(editedTitle, window.document()->file().event(chosen)->title);
        QCOMPARE(window.document()->undoStack()->count(), undoBefore);

        // Charts tab (Alt+R), Tab to Export, Space; the seam gives the file name.
        const QString pdf = m_dir.filePath(QStringLiteral("by-stance.pdf"));
        window.chartPanel()->setSaveDialog([&](const QString &) { return pdf; });
        // The offscreen platform does not give the activation back when a dialog closes; a window
        // manager would.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        press(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(window.centreTabs()->currentWidget(), static_cast<QWidget *>(window.chartPanel()));
        // The chart shows the filtered events: its caption names the search.
        QVERIFY(window.chartPanel()->currentData().caption().contains(QStringLiteral("police")));
        auto *exportButton = window.chartPanel()->findChild<QPushButton *>(QStringLiteral("chartExportButton"));
        QVERIFY(exportButton);
        QVERIFY(tabTo(exportButton));
        press(Qt::Key_Space);
        QTRY_VERIFY(QFile::exists(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.size() > 2000);

        // And a PNG through the same keys.
        const QString png = m_dir.filePath(QStringLiteral("by-stance.png"));
        window.chartPanel()->setSaveDialog([&](const QString &) { return png; });
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(exportButton));
        press(Qt::Key_Space);
        QTRY_VERIFY(QFile::exists(png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 500);

        // Enter on a number in the table beside the chart does what a click on its bar does:
        // back on the timeline, filtered to that bar's dates and stance.
        auto *numbers = window.chartPanel()->findChild<QTableWidget *>(QStringLiteral("chartNumbers"));
        QVERIFY(numbers);
        QVERIFY(numbers->rowCount() > 0);
        QVERIFY(tabTo(numbers));
        press(Qt::Key_Right);  // from the date column to the first stance's count
        press(Qt::Key_Return);
        QTRY_COMPARE(window.centreTabs()->currentIndex(), 0);
        const EventFilter narrowed = window.filterPanel()->filter();
        QVERIFY(narrowed.from.isValid());
        QVERIFY(narrowed.to.isValid());
        QCOMPARE(narrowed.stanceFamilies.size(), 1);
        QCOMPARE(narrowed.searchText, QStringLiteral("police"));  // the search is kept
    }

    // Every Alt+letter must lead to one place only: a mnemonic shared by a menu and a label or tab,
    // or by two items of one menu, makes the key cycle between them instead of acting.
    void mnemonicsDoNotCollide()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSample());
        QStringList clashes;
        const auto mnemonic = [](const QString &text) {
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&(?!&)")));
            return at < 0 || at + 1 >= text.size() ? QChar() : text[at + 1].toLower();
        };
        const auto checkUnique = [&](const QStringList &texts, const QString &where) {
            QHash<QChar, QString> owners;
            for (const QString &text : texts) {
                const QChar key = mnemonic(text);
                if (key.isNull())
                    continue;
                if (owners.contains(key))
                    clashes << QStringLiteral("%1: Alt+%2 in “%3” and “%4”").arg(where, key, owners.value(key), text);
                owners.insert(key, text);
            }
            return owners.size();
        };
        QStringList windowLevel;
        for (QAction *menu : window.menuBar()->actions())
            windowLevel << menu->text();
        for (int i = 0; i < window.centreTabs()->count(); ++i)
            windowLevel << window.centreTabs()->tabText(i);
        for (QLabel *label : window.findChildren<QLabel *>())
            if (label->buddy() && label->isVisibleTo(&window))
                windowLevel << label->text();
        QVERIFY(checkUnique(windowLevel, QStringLiteral("window")) >= 10);
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            QStringList items;
            for (QAction *action : menu->actions())
                if (!action->isSeparator())
                    items << action->text();
            checkUnique(items, menu->title());
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestKeyboardOnly)
#include "TestKeyboardOnly.moc"
