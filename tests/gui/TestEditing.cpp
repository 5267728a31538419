#include "ApplicationSetup.h"
#include "CaseActions.h"
#include "CaseDocument.h"
#include "EventDetailsView.h"
#include "EventTableModel.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "StoryPanel.h"
#include "TestSupport.h"
#include "editors/EventEditorDialog.h"
#include "timeline/TimelineView.h"
#include "editors/PartialDateEdit.h"
#include "io/SampleCase.h"
#include "storage/CaseFile.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QApplication>
#include <QPushButton>
#include <QTimer>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace caseline;

class TestEditing : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_messages;

    static void triggerAction(QWidget *window, const char *name)
    {
        auto *action = window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
    }

    int rowWithTitle(const QString &title) const
    {
        auto *model = m_window->eventModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, EventTableModel::TitleColumn).data().toString() == title)
                return row;
        return -1;
    }

    QString countText() const { return m_window->findChild<QLabel *>(QStringLiteral("eventCountLabel"))->text(); }

private slots:
    void init()
    {
        setUpApplication(*QCoreApplication::instance());
        m_path = m_dir.filePath(QStringLiteral("%1.caseline").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
        {
            auto file = CaseFile::open(m_path, CaseFile::OpenMode::CreateIfMissing);
            SampleCase::writeTo(*file);
        }
        m_window = std::make_unique<MainWindow>();
        m_window->setMessageSink([](const QString &title, const QString &text) { QFAIL(qPrintable(title + QStringLiteral(": ") + text)); });
        m_window->show();
        QVERIFY(m_window->openFile(m_path));
    }
    void cleanup() { m_window.reset(); }

    void editTitleUndoRedoAndReopen()
    {
        const QString original = QStringLiteral("Lawrence officer backs up ICE agent");
        const int row = rowWithTitle(original);
        QVERIFY(row >= 0);
        m_window->eventTable()->selectRow(row);
        const qint64 id = m_window->selectedEventIds().value(0);
        QCOMPARE(m_window->detailsView()->eventId(), id);
        QVERIFY(m_window->detailsView()->toPlainText().contains(QStringLiteral("27th and Iowa")));
        QVERIFY(m_window->detailsView()->toPlainText().contains(QStringLiteral("Stance on that date")));

        m_window->caseActions()->setDialogRunner([](QDialog &dialog) {
            auto &editor = dynamic_cast<EventEditorDialog &>(dialog);
            editor.titleEdit()->selectAll();
            QTest::keyClicks(editor.titleEdit(), QStringLiteral("Officer assists ICE near 27th and Iowa"));
            return editor.problem().isEmpty();
        });
        triggerAction(m_window.get(), "actionEditEvent");
        const QString edited = QStringLiteral("Officer assists ICE near 27th and Iowa");
        QCOMPARE(m_window->document()->file().event(id)->title, edited);
        QVERIFY(rowWithTitle(edited) >= 0);
        // The edit kept its citations: the editor writes back what it shows.
        QCOMPARE(m_window->document()->file().event(id)->citations.size(), 3);

        triggerAction(m_window.get(), "actionUndo");
        QCOMPARE(m_window->document()->file().event(id)->title, original);
        QVERIFY(rowWithTitle(original) >= 0);
        triggerAction(m_window.get(), "actionRedo");
        QCOMPARE(m_window->document()->file().event(id)->title, edited);

        // No save step: the edit is on disk. Close the window and read the file afresh.
        m_window.reset();
        auto reopened = CaseFile::open(m_path);
        QCOMPARE(reopened->event(id)->title, edited);
    }

    void addEventWithMonthPrecision()
    {
        const qint64 before = m_window->document()->file().eventCount();
        m_window->eventTable()->selectRow(rowWithTitle(QStringLiteral("Lawrence officer backs up ICE agent")));
        m_window->caseActions()->setDialogRunner([](QDialog &dialog) {
            auto &editor = dynamic_cast<EventEditorDialog &>(dialog);
            QTest::keyClicks(editor.titleEdit(), QStringLiteral("Commission returns to the ordinance"));
            editor.typeBox()->setCurrentIndex(editor.typeBox()->findData(int(EventType::CommissionSession)));
            QTest::keyClicks(editor.startEdit(), QStringLiteral("2020-13"));
            if (editor.problem().isEmpty())
                return false;  // a month 13 must be refused
            editor.startEdit()->clear();
            QTest::keyClicks(editor.startEdit(), QStringLiteral("2020-05"));
            return editor.problem().isEmpty();
        });
        triggerAction(m_window.get(), "actionNewEvent");
        QCOMPARE(m_window->document()->file().eventCount(), before + 1);
        const int row = rowWithTitle(QStringLiteral("Commission returns to the ordinance"));
        QVERIFY(row >= 0);
        QCOMPARE(m_window->eventModel()->index(row, EventTableModel::DateColumn).data().toString(), QStringLiteral("May 2020"));
        // It landed on the selected event's lane, and is selected.
        const qint64 id = m_window->selectedEventIds().value(0);
        const Event created = *m_window->document()->file().event(id);
        QCOMPARE(created.start.precision(), PartialDate::Precision::Month);
        QCOMPARE(m_window->document()->file().jurisdiction(created.jurisdictionId)->name, QStringLiteral("Lawrence"));
        triggerAction(m_window.get(), "actionUndo");
        QCOMPARE(m_window->document()->file().eventCount(), before);
    }

    void deleteThenUndoRestoresEverything()
    {
        const int row = rowWithTitle(QStringLiteral("ICE detains local chemist Syed Ahmed Jamal"));
        m_window->eventTable()->selectRow(row);
        const qint64 id = m_window->selectedEventIds().value(0);
        const Event before = *m_window->document()->file().event(id);
        const Story storyBefore = m_window->document()->file().stories().value(0);
        triggerAction(m_window.get(), "actionDeleteEvents");
        QVERIFY(!m_window->document()->file().event(id));
        triggerAction(m_window.get(), "actionUndo");
        auto restored = m_window->document()->file().event(id);
        QVERIFY(restored);
        for (auto &c : restored->citations)
            c.id = 0;
        Event expected = before;
        for (auto &c : expected.citations)
            c.id = 0;
        QCOMPARE(*restored, expected);
        // The story entry the delete took with it is back in its place.
        QCOMPARE(m_window->document()->file().story(storyBefore.id)->entries, storyBefore.entries);
    }

    void filterByTypeAndSearchAQuote()
    {
        const qint64 total = m_window->document()->file().eventCount();
        QListWidget *types = m_window->filterPanel()->typeList();
        for (int i = 0; i < types->count(); ++i)
            if (types->item(i)->data(Qt::UserRole).toInt() == int(EventType::Detention))
                types->item(i)->setCheckState(Qt::Checked);
        QCOMPARE(m_window->eventModel()->rowCount(), 1);
        QCOMPARE(countText(), QStringLiteral("1 of %1 events").arg(total));
        triggerAction(m_window.get(), "actionClearFilters");
        QCOMPARE(m_window->eventModel()->rowCount(), total);

        // "pedestrian check" appears in a quote of the sample, not in any title.
        QLineEdit *search = m_window->filterPanel()->searchEdit();
        QTest::keyClicks(search, QStringLiteral("pedestrian check"));
        QTRY_VERIFY(m_window->eventModel()->rowCount() < total);
        QVERIFY(m_window->eventModel()->rowCount() >= 1);
        QVERIFY(countText().contains(QStringLiteral(" of ")));
        // The matched words are marked in the details of a found event.
        m_window->eventTable()->selectRow(0);
        const QString html = m_window->detailsView()->toHtml();
        QVERIFY2(html.contains(QStringLiteral("background-color:#ffe08a")), qPrintable(html.left(500)));
    }

    void addTwoEventsToAStory()
    {
        StoryPanel *stories = m_window->storyPanel();
        Story fresh;
        fresh.name = QStringLiteral("Backup call draft");
        QVERIFY(m_window->document()->addStory(fresh));
        QVERIFY(stories->selectStory(fresh.name));
        auto *table = m_window->eventTable();
        table->selectRow(rowWithTitle(QStringLiteral("Lawrence officer backs up ICE agent")));
        triggerAction(m_window.get(), "actionAddToStory");
        table->selectRow(rowWithTitle(QStringLiteral("Police Chief Burns explains the backup call")));
        triggerAction(m_window.get(), "actionAddToStory");
        const Story story = *m_window->document()->file().storyByName(fresh.name);
        QCOMPARE(story.entries.size(), 2);
        QCOMPARE(stories->entryList()->count(), 2);
        // Reorder: the chief's statement first.
        stories->entryList()->setCurrentRow(1);
        stories->moveCurrentEntry(-1);
        const Story reordered = *m_window->document()->file().storyByName(fresh.name);
        QCOMPARE(reordered.entries.first().eventId, story.entries.last().eventId);
        // Showing only the story filters the table to its two events.
        m_window->findChild<QCheckBox *>(QStringLiteral("storyOnlyCheck"))->setChecked(true);
        QCOMPARE(m_window->eventModel()->rowCount(), 2);
    }

    void clickingAGlyphSelectsEverywhere()
    {
        TimelineView *timeline = m_window->timelineView();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        timeline->fitAll();
        const qint64 id = m_window->eventModel()->eventIdAt(rowWithTitle(QStringLiteral("ICE detains local chemist Syed Ahmed Jamal")));
        // Zoom to 2018 so the detention stands alone rather than in a cluster.
        timeline->goToDate(PartialDate::year(2018));
        timeline->showDays(PartialDate::year(2018).firstJulianDay() - 30, PartialDate::year(2018).lastJulianDay() + 30);
        const auto rect = timeline->eventRect(id);
        QVERIFY(rect);
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, rect->center());
        QCOMPARE(m_window->selectedEventIds(), QList<qint64>{id});
        QCOMPARE(m_window->detailsView()->eventId(), id);
        QVERIFY(m_window->detailsView()->toPlainText().contains(QStringLiteral("Syed Ahmed Jamal")));
        // Choosing a row in the table moves the timeline's selection.
        const int row = rowWithTitle(QStringLiteral("Lawrence officer backs up ICE agent"));
        m_window->eventTable()->selectRow(row);
        QCOMPARE(timeline->selectedEvent(), m_window->eventModel()->eventIdAt(row));
        // A filter reaches the timeline too: with only detentions, Los Angeles has no lane.
        QListWidget *types = m_window->filterPanel()->typeList();
        for (int i = 0; i < types->count(); ++i)
            if (types->item(i)->data(Qt::UserRole).toInt() == int(EventType::Detention))
                types->item(i)->setCheckState(Qt::Checked);
        QVERIFY(timeline->filter().types == QList<EventType>{EventType::Detention});
        QCOMPARE(timeline->laneIds().size(), 1);
        triggerAction(m_window.get(), "actionClearFilters");
        // A lane can be hidden from the timeline's context menu and shown again.
        const qint64 lane = timeline->laneIds().first();
        const QRect laneArea = *timeline->laneRect(lane);
        QCOMPARE(timeline->laneAt(laneArea.center()), lane);
        const int lanes = int(timeline->laneIds().size());
        QTimer::singleShot(0, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (menu && !menu->actions().isEmpty())
                menu->actions().first()->trigger();
            if (menu)
                menu->close();
        });
        QContextMenuEvent contextMenu(QContextMenuEvent::Mouse, laneArea.center(), timeline->viewport()->mapToGlobal(laneArea.center()));
        QApplication::sendEvent(timeline->viewport(), &contextMenu);
        QCOMPARE(int(timeline->laneIds().size()), lanes - 1);
        QVERIFY(!timeline->laneIds().contains(lane));
        triggerAction(m_window.get(), "actionShowHiddenLanes");
        QCOMPARE(int(timeline->laneIds().size()), lanes);
    }

    void managesPeriodsAndSources()
    {
        m_window->eventTable()->selectRow(rowWithTitle(QStringLiteral("Lawrence officer backs up ICE agent")));
        const qint64 lawrence = m_window->document()->file().event(m_window->selectedEventIds().first())->jurisdictionId;
        const PolicyPeriod before = m_window->document()->file().policyPeriods(lawrence).first();
        QVERIFY(before.isOpenEnded());
        // Give the welcoming-city period an end through Case > Policy Periods… > Edit.
        int listed = -1;
        m_window->caseActions()->setDialogRunner([](QDialog &dialog) {
            auto *until = dialog.findChildren<PartialDateEdit *>().value(1);
            if (!until)
                return false;
            QTest::keyClicks(until, QStringLiteral("2019-12"));
            return true;
        });
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            auto *list = dialog ? dialog->findChild<QListWidget *>(QStringLiteral("entityList")) : nullptr;
            if (!list)
                return;
            listed = list->count();
            list->setCurrentRow(0);
            dialog->findChild<QPushButton *>(QStringLiteral("editButton"))->click();
            dialog->reject();
        });
        triggerAction(m_window.get(), "actionManagePolicyPeriods");
        QCOMPARE(listed, 1);
        const PolicyPeriod after = *m_window->document()->file().policyPeriod(before.id);
        QCOMPARE(after.end, PartialDate::month(2019, 12));
        QCOMPARE(after.citations.size(), before.citations.size());  // the quote stays with the period
        QCOMPARE(after.citations.first().quote, before.citations.first().quote);
        QCOMPARE(after.citations.first().sourceId, before.citations.first().sourceId);
        triggerAction(m_window.get(), "actionUndo");
        QVERIFY(m_window->document()->file().policyPeriod(before.id)->isOpenEnded());

        // A cited source cannot be deleted: the window says why and nothing changes.
        m_window->setMessageSink([this](const QString &, const QString &text) { m_messages << text; });
        const qsizetype sources = m_window->document()->file().sources().size();
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QListWidget *>(QStringLiteral("entityList"))->setCurrentRow(0);
            dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
            dialog->reject();
        });
        triggerAction(m_window.get(), "actionManageSources");
        QCOMPARE(m_window->document()->file().sources().size(), sources);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QStringLiteral("cited")), qPrintable(m_messages.first()));
    }

    void reopensAtTheLastViewRange()
    {
        TimelineView *timeline = m_window->timelineView();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const double first = PartialDate::year(2019).firstJulianDay();
        const double end = PartialDate::year(2019).lastJulianDay() + 1;
        timeline->showDays(first, end);
        const qint32 shownFirst = timeline->firstVisibleDay();
        const qint32 shownLast = timeline->lastVisibleDay();
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openFile(m_path));
        QTRY_COMPARE(m_window->timelineView()->firstVisibleDay(), shownFirst);
        QCOMPARE(m_window->timelineView()->lastVisibleDay(), shownLast);
    }

    void detailsShowTextNotMarkup()
    {
        Event hostile = *m_window->document()->file().event(m_window->eventModel()->eventIdAt(0));
        hostile.title = QStringLiteral("<img src=\"http://example.invalid/x.png\"><script>alert(1)</script>");
        QVERIFY(m_window->document()->updateEvent(hostile));
        m_window->selectEvent(hostile.id);
        const QString shown = m_window->detailsView()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("<script>alert(1)</script>")), qPrintable(shown));
        QVERIFY(!m_window->detailsView()->toHtml().contains(QStringLiteral("<img")));
    }
};

QTEST_MAIN(TestEditing)
#include "TestEditing.moc"
