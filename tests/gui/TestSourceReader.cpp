// The source reader in the real window: documents added as sources (an article and a real MOA
// PDF), a new event from a selected sentence with its date suggested from the document's date,
// highlights linked both ways, quote flags in the details and the "Sources to check" view.
#include "ApplicationSetup.h"
#include "CaseActions.h"
#include "CaseDocument.h"
#include "EventDetailsView.h"
#include "EventTableModel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "editors/EventEditorDialog.h"
#include "editors/PartialDateEdit.h"
#include "editors/SourceDialog.h"
#include "io/SampleCase.h"
#include "reader/SourceReaderPanel.h"
#include "reader/SourceTextView.h"
#include "reader/SourcesToCheckView.h"
#include "storage/CaseFile.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {
const QString kThursday = QStringLiteral(
    "Later the department said an officer provided backup to an ICE agent conducting a pedestrian check Thursday.");
const QString kMoaPassage = QStringLiteral(
    "The LEA is expected to pursue to completion prosecution of any state or local charges that caused the alien to be "
    "taken into custody.");
}  // namespace

class TestSourceReader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    SourceReaderPanel *m_reader = nullptr;
    QStringList m_messages;
    QString m_documentToAdd;
    PartialDate m_documentDate;
    std::function<bool(EventEditorDialog &)> m_onEventDialog;

    static void trigger(QWidget *window, const char *name)
    {
        auto *action = window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
    }

    // Adds a document through the reader's Add Document action, its date entered in the dialog.
    qint64 addDocument(const QString &path, const PartialDate &date)
    {
        m_documentToAdd = path;
        m_documentDate = date;
        const qint64 before = m_window->document()->file().sources().size();
        trigger(m_reader, "actionAddDocument");
        if (m_window->document()->file().sources().size() != before + 1)
            return 0;
        return m_reader->sourceId();
    }

    // An event of the case other than `not`, from the table.
    qint64 anotherEvent(qint64 notThis) const
    {
        for (int row = 0; row < m_window->eventModel()->rowCount(); ++row)
            if (m_window->eventModel()->eventIdAt(row) != notThis)
                return m_window->eventModel()->eventIdAt(row);
        return 0;
    }

    qint64 eventTitled(const QString &title) const
    {
        auto *model = m_window->eventModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, EventTableModel::TitleColumn).data().toString() == title)
                return model->eventIdAt(row);
        return 0;
    }

    // Selects the passage in the reader the way a mouse drag would leave it.
    void selectPassage(const QString &passage)
    {
        const QuoteVerifier::Result where = QuoteVerifier::verify(m_window->document()->file().source(m_reader->sourceId())->text, passage);
        QCOMPARE(where.status, QuoteVerifier::Status::Verified);
        m_reader->textView()->selectRange(where.position, where.end);
    }

private slots:
    void init()
    {
        setUpApplication(*QCoreApplication::instance());
        const QString path = m_dir.filePath(QStringLiteral("%1.caseline").arg(QTest::currentTestFunction()));
        {
            auto file = CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing);
            SampleCase::writeTo(*file);
        }
        m_window = std::make_unique<MainWindow>();
        m_window->setMessageSink([](const QString &title, const QString &text) { QFAIL(qPrintable(title + QStringLiteral(": ") + text)); });
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(path));
        m_reader = m_window->sourceReader();
        m_messages.clear();
        m_reader->setMessageSink([this](const QString &text) { m_messages << text; });
        m_reader->setOpenDialog([this] { return m_documentToAdd; });
        m_window->caseActions()->setDialogRunner([this](QDialog &dialog) {
            if (auto *source = qobject_cast<SourceDialog *>(&dialog)) {
                source->findChild<PartialDateEdit *>()->setDate(m_documentDate);
                return true;
            }
            if (auto *event = qobject_cast<EventEditorDialog *>(&dialog))
                return m_onEventDialog ? m_onEventDialog(*event) : false;
            return false;
        });
        trigger(m_window.get(), "actionReadSources");
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("readerDock"))->isVisible());
    }

    void cleanup()
    {
        m_window.reset();
        m_onEventDialog = nullptr;
    }

    void eventFromThursdaySentence()
    {
        const qint64 sourceId = addDocument(sharedPath(QStringLiteral("seeds/000_b4864c6d6f030810.txt")), PartialDate::day(2019, 7, 2));
        QVERIFY2(sourceId, qPrintable(m_messages.join(QLatin1Char('\n'))));
        QVERIFY(m_reader->textView()->toPlainText().contains(kThursday));
        QVERIFY(m_reader->passages().isEmpty());
        QVERIFY(!m_reader->eventFromSelectionAction()->isEnabled());

        QVERIFY(m_reader->findNext(QStringLiteral("pedestrian check")));
        QCOMPARE(m_reader->textView()->textCursor().selectedText(), QStringLiteral("pedestrian check"));
        QVERIFY(!m_reader->findNext(QStringLiteral("words the article never uses")));

        selectPassage(kThursday);
        QVERIFY(m_reader->eventFromSelectionAction()->isEnabled());
        const qint64 lawrence = m_window->document()->file().findJurisdiction(QStringLiteral("Lawrence"), QStringLiteral("KS"))->id;
        bool shown = false;
        m_onEventDialog = [&](EventEditorDialog &editor) {
            shown = true;
            // The suggestion: the Thursday before the article's date, and how it was found.
            [&] {
                QCOMPARE(editor.windowTitle(), QStringLiteral("New Event from Selection"));
                QCOMPARE(editor.startEdit()->date(), PartialDate::day(2019, 6, 27));
                const QString note = editor.findChildren<QPlainTextEdit *>().last()->toPlainText();
                QVERIFY2(note.contains(QStringLiteral("document dated 2019-07-02 (a Tuesday) says “Thursday”")), qPrintable(note));
                QVERIFY2(note.contains(QStringLiteral("2019-06-27")), qPrintable(note));
                QCOMPARE(editor.jurisdictionBox()->currentData().toLongLong(), lawrence);
                QCOMPARE(EventType(editor.typeBox()->currentData().toInt()), EventType::BackupCall);
                auto *citations = editor.findChild<QTableWidget *>(QStringLiteral("citationTable"));
                QCOMPARE(citations->rowCount(), 1);
                QCOMPARE(citations->item(0, 2)->text(), kThursday);
                QCOMPARE(citations->item(0, 1)->text(), QString());  // an article has no pages
            }();
            editor.titleEdit()->setText(QStringLiteral("Officer backs up ICE agent (from the reader)"));
            return !QTest::currentTestFailed();
        };
        const int undoBefore = m_window->document()->undoStack()->count();
        trigger(m_reader, "actionNewEventFromSelection");
        QVERIFY(shown);
        QVERIFY(!QTest::currentTestFailed());

        // Stored, selected, highlighted, and its quote verified in the details.
        const qint64 id = m_window->selectedEventIds().value(0);
        QVERIFY(id);
        const auto event = m_window->document()->file().event(id);
        QCOMPARE(event->title, QStringLiteral("Officer backs up ICE agent (from the reader)"));
        QCOMPARE(event->start, PartialDate::day(2019, 6, 27));
        QCOMPARE(event->citations.first().sourceId, sourceId);
        QCOMPARE(event->citations.first().quote, kThursday);
        QCOMPARE(m_window->document()->undoStack()->count(), undoBefore + 1);
        QCOMPARE(m_reader->passages().size(), 1);
        QVERIFY(m_reader->passages().first().isLocated());
        QCOMPARE(m_reader->textView()->currentMark(), 0);
        QVERIFY2(m_window->detailsView()->toPlainText().contains(QStringLiteral("✓ Found in the source's text.")),
                 qPrintable(m_window->detailsView()->toPlainText()));

        // Another event selected: no passage of it here. Clicking the highlight brings ours back.
        const qint64 other = anotherEvent(id);
        m_window->selectEvent(other);
        QCOMPARE(m_reader->textView()->currentMark(), -1);
        SourceTextView *view = m_reader->textView();
        const CitedPassage &p = m_reader->passages().first();
        view->showRange(p.begin, p.end);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->rectOf(p.begin + 10).center());
        QCOMPARE(m_window->selectedEventIds(), QList<qint64>{id});
        QCOMPARE(view->currentMark(), 0);

        // One undo takes the event away, and its highlight with it.
        trigger(m_window.get(), "actionUndo");
        QVERIFY(!m_window->document()->file().event(id));
        QVERIFY(m_reader->passages().isEmpty());
        QVERIFY(view->extraSelections().isEmpty());
    }

    void pdfPagesAndScrollToPassage()
    {
        const qint64 moa = addDocument(sharedPath(QStringLiteral("data/moa/kansas-bureau-of-investigation-287g-task-force-moa-2025-02-18.pdf")),
                                       PartialDate::day(2025, 2, 18));
        QVERIFY2(moa, qPrintable(m_messages.join(QLatin1Char('\n'))));
        auto *pageLabel = m_reader->findChild<QLabel *>(QStringLiteral("readerPageLabel"));
        QCOMPARE(pageLabel->text(), QStringLiteral("Page 1 of 14"));

        // Words not in the open source: the full-text index finds the document that has them.
        m_reader->showSource(m_window->document()->file().sourceByKey(QStringLiteral("a000"))->id);
        QVERIFY(m_reader->findNext(QStringLiteral("resolution of local charges")));
        QCOMPARE(m_reader->sourceId(), moa);
        QCOMPARE(m_reader->textView()->textCursor().selectedText(), QStringLiteral("RESOLUTION OF LOCAL CHARGES"));
        QVERIFY(m_reader->findChild<QLabel *>(QStringLiteral("readerFindNote"))->text().contains(QStringLiteral("Not in the previous source")));
        // A sample source's title holds these words, but no text does: the reader stays where it was.
        QVERIFY(!m_reader->findNext(QStringLiteral("sanctuary ordinance")));
        QCOMPARE(m_reader->sourceId(), moa);
        QVERIFY(!m_reader->findNext(QStringLiteral("xylophone")));
        QCOMPARE(m_reader->findChild<QLabel *>(QStringLiteral("readerFindNote"))->text(), QStringLiteral("No source holds these words."));

        selectPassage(kMoaPassage);
        m_onEventDialog = [&](EventEditorDialog &editor) {
            auto *citations = editor.findChild<QTableWidget *>(QStringLiteral("citationTable"));
            [&] {
                QCOMPARE(citations->item(0, 1)->text(), QStringLiteral("3"));  // the page it is on
                QCOMPARE(editor.startEdit()->date(), PartialDate::day(2025, 2, 18));
                QCOMPARE(EventType(editor.typeBox()->currentData().toInt()), EventType::Detention);
            }();
            editor.titleEdit()->setText(QStringLiteral("KBI to prosecute local charges first"));
            return !QTest::currentTestFailed();
        };
        trigger(m_reader, "actionNewEventFromSelection");
        QVERIFY(!QTest::currentTestFailed());
        const qint64 id = m_window->selectedEventIds().value(0);
        QVERIFY(id);
        QCOMPARE(m_window->document()->file().event(id)->citations.first().page, std::optional<int>(3));
        QVERIFY(m_window->detailsView()->toPlainText().contains(QStringLiteral("Found in the source's text, page 3.")));

        // Away to another source and back: selecting the event opens its document at its passage.
        const qint64 other = anotherEvent(id);
        m_reader->showSource(m_window->document()->file().sources().first().id);
        m_window->selectEvent(other);
        m_window->selectEvent(id);
        QCOMPARE(m_reader->sourceId(), moa);
        SourceTextView *view = m_reader->textView();
        const CitedPassage &p = m_reader->passages().value(view->currentMark());
        QCOMPARE(p.eventId, id);
        QVERIFY(view->verticalScrollBar()->value() > 0);
        QVERIFY(view->viewport()->rect().contains(view->rectOf(p.begin).center()));
        QTRY_COMPARE(pageLabel->text(), QStringLiteral("Page 3 of 14"));
    }

    void flagsAndSourcesToCheck()
    {
        const qint64 sourceId = addDocument(sharedPath(QStringLiteral("seeds/000_b4864c6d6f030810.txt")), PartialDate::day(2019, 7, 2));
        QVERIFY(sourceId);
        CaseDocument *document = m_window->document();
        // A sample event cites the article through the sample's own source, which has no text.
        const qint64 sampleEvent = eventTitled(QStringLiteral("Lawrence officer backs up ICE agent"));
        QVERIFY(sampleEvent);
        Event event = *document->file().event(sampleEvent);
        m_window->selectEvent(event.id);
        QVERIFY(m_window->detailsView()->toPlainText().contains(QStringLiteral("Not checked: the source keeps no text.")));

        // Cite the stored article instead, with one word changed.
        Citation wrong;
        wrong.sourceId = sourceId;
        wrong.quote = QString(kThursday).replace(QStringLiteral("pedestrian"), QStringLiteral("traffic"));
        event.citations = {wrong};
        QVERIFY(document->updateEvent(event));
        const QString details = m_window->detailsView()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Does not match the source's text from “traffic check Thursday.”")), qPrintable(details));

        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("sourcesToCheckDock"));
        dock->show();
        dock->raise();
        SourcesToCheckView *list = m_window->sourcesToCheck();
        QTRY_VERIFY(list->topLevelItemCount() > 0);
        QTreeWidgetItem *mismatch = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *source = list->topLevelItem(i);
            if (source->data(0, SourcesToCheckView::SourceIdRole).toLongLong() == sourceId) {
                QCOMPARE(source->childCount(), 1);
                mismatch = source->child(0);
            } else {
                QVERIFY2(source->text(1).contains(QStringLiteral("no text kept")), qPrintable(source->text(1)));
            }
        }
        QVERIFY(mismatch);
        QCOMPARE(mismatch->text(0), event.title);
        QCOMPARE(mismatch->data(0, SourcesToCheckView::EventIdRole).toLongLong(), event.id);
        m_window->selectEvent(0);
        emit list->itemActivated(mismatch, 0);
        QCOMPARE(m_window->selectedEventIds(), QList<qint64>{event.id});

        // Corrected: the list follows the change.
        event.citations.first().quote = kThursday;
        QVERIFY(document->updateEvent(event));
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            QVERIFY(list->topLevelItem(i)->data(0, SourcesToCheckView::SourceIdRole).toLongLong() != sourceId);
    }

    void sampleQuotesVerifyOnceTheArticleIsAttached()
    {
        // The sample's article 000 is a source without text: listed to check, then attached.
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("sourcesToCheckDock"));
        dock->show();
        dock->raise();
        SourcesToCheckView *list = m_window->sourcesToCheck();
        const auto article = m_window->document()->file().sourceByKey(QStringLiteral("a000"));
        QVERIFY(article && article->text.isEmpty());
        QTreeWidgetItem *row = nullptr;
        QTRY_VERIFY(list->topLevelItemCount() > 0);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, SourcesToCheckView::SourceIdRole).toLongLong() == article->id)
                row = list->topLevelItem(i);
        QVERIFY(row);
        QVERIFY2(row->text(1).contains(QStringLiteral("no text kept")), qPrintable(row->text(1)));
        emit list->itemActivated(row, 0);
        QCOMPARE(m_reader->sourceId(), article->id);
        QVERIFY(m_reader->attachDocumentAction()->isEnabled());

        m_documentToAdd = sharedPath(QStringLiteral("seeds/000_b4864c6d6f030810.txt"));
        trigger(m_reader, "actionAttachDocument");
        QVERIFY(!m_window->document()->file().source(article->id)->text.isEmpty());
        QVERIFY(!m_reader->attachDocumentAction()->isEnabled());
        // Every quote the sample takes from article 000 is found in it, and highlighted.
        QVERIFY(m_reader->passages().size() >= 5);
        for (const CitedPassage &p : m_reader->passages())
            QVERIFY2(p.isLocated(), qPrintable(p.quote));
        QCOMPARE(m_reader->textView()->extraSelections().size(), m_reader->passages().size());
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            QVERIFY(list->topLevelItem(i)->data(0, SourcesToCheckView::SourceIdRole).toLongLong() != article->id);

        const qint64 id = eventTitled(QStringLiteral("Lawrence officer backs up ICE agent"));
        m_window->selectEvent(id);
        QVERIFY(m_window->detailsView()->toPlainText().contains(QStringLiteral("✓ Found in the source's text.")));
        QCOMPARE(m_reader->passages().value(m_reader->textView()->currentMark()).eventId, id);

        // One undo forgets the text again.
        trigger(m_window.get(), "actionUndo");
        QVERIFY(m_window->document()->file().source(article->id)->text.isEmpty());
        QVERIFY(m_reader->textView()->extraSelections().isEmpty());
    }

    // Closed, the reader does not follow each edit; opened again, it shows the case as it is.
    void catchesUpWhenShownAgain()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("readerDock"));
        auto *box = m_reader->findChild<QComboBox *>(QStringLiteral("readerSourceBox"));
        const int before = box->count();
        dock->hide();
        Source added;
        added.title = QStringLiteral("Added while the reader was closed");
        QVERIFY(m_window->document()->addSource(added));
        QCOMPARE(box->count(), before);  // not re-read while closed
        trigger(m_window.get(), "actionReadSources");
        QVERIFY(dock->isVisible());
        QCOMPARE(box->count(), before + 1);
        QVERIFY(box->findText(added.title, Qt::MatchContains) >= 0);
    }

    void badDocumentChangesNothing()
    {
        const QString fake = m_dir.filePath(QStringLiteral("fake.pdf"));
        writeFile(fake, "not a pdf at all");
        const qsizetype before = m_window->document()->file().sources().size();
        QCOMPARE(addDocument(fake, PartialDate()), qint64(0));
        QCOMPARE(m_window->document()->file().sources().size(), before);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QStringLiteral("fake.pdf: not a readable PDF")), qPrintable(m_messages.first()));
        // Nothing selected: nothing to make an event from.
        QVERIFY(!m_reader->createEventFromSelection());
    }
};

QTEST_MAIN(TestSourceReader)
#include "TestSourceReader.moc"
