#include "ApplicationSetup.h"
#include "CaseActions.h"
#include "CaseDocument.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "ExportDialog.h"
#include "FilterPanel.h"
#include "import/ImportDialog.h"
#include "io/SampleCase.h"
#include "storage/CaseFile.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

using namespace caseline;

class TestImportDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;

    qsizetype periods() const { return m_window->document()->file().policyPeriods().size(); }
    qsizetype lanes() const { return m_window->document()->file().jurisdictions().size(); }

private slots:
    void init()
    {
        setUpApplication(*QCoreApplication::instance());
        const QString path = m_dir.filePath(QStringLiteral("%1.caseline").arg(QTest::currentTestFunction()));
        {
            auto file = CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing);
            SampleCase::writeTo(*file);
        }
        m_errors.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setMessageSink([this](const QString &, const QString &text) { m_errors << text; });
        m_window->show();
        QVERIFY(m_window->openFile(path));
    }
    void cleanup() { m_window.reset(); }

    void previewThenImportThenUndo()
    {
        const QString input = test::sharedPath(QStringLiteral("data/sanctuary/detainer-policies-2014-2015.csv"));
        int previewRows = -1;
        QString format;
        QStringList problems;
        m_window->caseActions()->setDialogRunner([&](QDialog &dialog) {
            auto &importer = dynamic_cast<ImportDialog &>(dialog);
            format = importer.formatBox()->currentText();
            previewRows = importer.previewTable()->rowCount();
            for (int i = 0; i < importer.warningList()->count(); ++i)
                problems << importer.warningList()->item(i)->text();
            return importer.isReadable();
        });
        const qsizetype periodsBefore = periods();
        const qsizetype lanesBefore = lanes();
        m_window->setImportDialog([&] { return input; });
        m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QCOMPARE(previewRows, 0);  // the list holds stances, not events
        QVERIFY(std::any_of(problems.begin(), problems.end(), [](const QString &p) { return p.contains(QStringLiteral(":139: warning:")); }));
        QCOMPARE(periods(), periodsBefore + 165);
        QVERIFY(lanes() > lanesBefore + 150);

        m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(periods(), periodsBefore);
        QCOMPARE(lanes(), lanesBefore);
        m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(periods(), periodsBefore + 165);
        QVERIFY(m_errors.isEmpty());
    }

    void previewShowsEventsAndTheFormat()
    {
        const QString input = test::sharedPath(QStringLiteral("data/timelinejs/houston-timeline3.json"));
        ImportDialog dialog(input);
        QVERIFY(dialog.isReadable());
        QCOMPARE(dialog.previewTable()->rowCount(), 18);
        QVERIFY(!dialog.previewTable()->item(0, 1)->text().isEmpty());
        // Forcing a format that does not fit says why and offers no import.
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("ice287g")));
        QVERIFY(!dialog.isReadable());
        QVERIFY(dialog.problem().contains(QStringLiteral("houston-timeline3.json")));
    }

    void exportsAStoryAndTheFilteredEvents()
    {
        // The sample's story, as a Markdown chronology with its quotes.
        const QString markdown = m_dir.filePath(QStringLiteral("story.md"));
        m_window->caseActions()->setDialogRunner([](QDialog &dialog) {
            auto &exporter = dynamic_cast<ExportDialog &>(dialog);
            exporter.formatBox()->setCurrentIndex(exporter.formatBox()->findData(QStringLiteral("markdown")));
            exporter.setScope(ExportDialog::Scope::Story);
            return true;
        });
        QString suggested;
        m_window->setExportSaveDialog([&](const QString &name) {
            suggested = name;
            return markdown;
        });
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExport")));
        QVERIFY(m_window->exportWithDialog());
        QVERIFY(suggested.endsWith(QStringLiteral(".md")));
        const QString text = QString::fromUtf8(test::readFile(markdown));
        QVERIFY(text.contains(QStringLiteral("27th and Iowa")));  // a quote from the backup-call event
        QVERIFY(!text.contains(QStringLiteral("ICE created")));    // a federal event, not in the story

        // The events the filters show, as CSV.
        EventFilter detentions;
        detentions.types = {EventType::Detention};
        m_window->filterPanel()->applyFilter(detentions);
        const QString csv = m_dir.filePath(QStringLiteral("filtered.csv"));
        m_window->caseActions()->setDialogRunner([](QDialog &dialog) {
            auto &exporter = dynamic_cast<ExportDialog &>(dialog);
            exporter.formatBox()->setCurrentIndex(exporter.formatBox()->findData(QStringLiteral("csv")));
            return exporter.scope() == ExportDialog::Scope::CurrentFilter;  // the default when filtered
        });
        m_window->setExportSaveDialog([&](const QString &) { return csv; });
        QVERIFY(m_window->exportWithDialog());
        const QString rows = QString::fromUtf8(test::readFile(csv));
        QVERIFY(rows.contains(QStringLiteral("Syed Ahmed Jamal")));
        QVERIFY(!rows.contains(QStringLiteral("backup-call")));
        QVERIFY(m_errors.isEmpty());
    }

    void badFileChangesNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        test::writeFile(bad, "id,jurisdiction,state,start,title\ne1,Lawrence,KS,2019-13-40,Broken\n");
        const qint64 before = m_window->document()->file().eventCount();
        bool shown = false;
        m_window->caseActions()->setDialogRunner([&](QDialog &dialog) {
            shown = true;
            auto &importer = dynamic_cast<ImportDialog &>(dialog);
            return importer.isReadable();  // a user cannot press Import on an unreadable file
        });
        QVERIFY(!m_window->importFile(bad));
        QVERIFY(shown);
        QCOMPARE(m_window->document()->file().eventCount(), before);
        QVERIFY(m_window->document()->undoStack()->count() == 0);
    }
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
