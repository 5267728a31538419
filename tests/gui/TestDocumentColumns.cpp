// The window's snapshot of events (CaseDocument::columns) follows every edit, undo and redo:
// patched at once for edits that name their events, read again in the background otherwise,
// and always equal to a fresh read of the file once it is there.
#include "CaseDocument.h"
#include "TestSupport.h"
#include "analysis/StanceHistory.h"
#include "io/SampleCase.h"
#include "model/PolicyPeriod.h"
#include "query/EventColumns.h"
#include "storage/CaseFile.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace caseline;

namespace {
QString rowsOf(const EventColumns &c)
{
    QStringList out;
    for (qint32 r = 0; r < qint32(c.size()); ++r)
        out << QStringLiteral("%1 %2 %3-%4 %5").arg(c.id(r)).arg(c.jurisdictionId(r)).arg(c.firstDay(r)).arg(c.lastDay(r)).arg(c.type(r));
    QStringList byDate;
    for (qint64 id : c.allIdsByDate(Qt::AscendingOrder))
        byDate << QString::number(id);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n') + byDate.join(QLatin1Char(','));
}
}  // namespace

class TestDocumentColumns : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDocument> m_document;

    // The document's snapshot, waiting for a background read when one is running.
    std::shared_ptr<const EventColumns> current()
    {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_document->columns() != nullptr, 10000); }();
        return m_document->columns();
    }

    bool matchesFile()
    {
        const auto columns = current();
        const auto fresh = EventColumns::read(m_document->file());
        if (!columns || rowsOf(*columns) != rowsOf(*fresh)) {
            qWarning("snapshot differs from the file");
            return false;
        }
        return true;
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.caseline").arg(QTest::currentTestFunction()));
        auto file = CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing);
        SampleCase::writeTo(*file);
        m_document = std::make_unique<CaseDocument>(std::move(file));
    }

    void cleanup() { m_document.reset(); }

    void editsAreThereBeforeTheViewsReRead()
    {
        const auto before = current();
        QVERIFY(before->size() > 10);
        // When the views hear of the edit, the snapshot already holds it: no read to wait for.
        std::shared_ptr<const EventColumns> seen;
        connect(m_document.get(), &CaseDocument::changed, this, [&] { seen = m_document->columns(); });
        Event e = *m_document->file().event(before->id(0));
        e.start = PartialDate::day(2024, 5, 6);
        QVERIFY(m_document->updateEvent(e));
        QVERIFY(seen);
        QVERIFY(seen != before);
        QVERIFY(!m_document->lanesMayHaveChanged());  // views keep their lanes
        QVERIFY(!m_document->isReadingColumns());
        QVERIFY(matchesFile());

        Event added;
        added.jurisdictionId = e.jurisdictionId;
        added.type = EventType::Raid;
        added.start = PartialDate::year(2003);
        added.title = QStringLiteral("A new event");
        QVERIFY(m_document->addEvent(added));
        QVERIFY(matchesFile());
        QVERIFY(m_document->removeEvents({before->id(3), before->id(4)}));
        QVERIFY(matchesFile());

        // Undo all three, redo two, undo one: the snapshot follows each step.
        QUndoStack *stack = m_document->undoStack();
        for (int i = 0; i < 3; ++i) {
            stack->undo();
            QVERIFY(matchesFile());
        }
        QCOMPARE(rowsOf(*current()), rowsOf(*before));
        stack->redo();
        stack->redo();
        QVERIFY(matchesFile());
        stack->undo();
        QVERIFY(matchesFile());
        QVERIFY(!m_document->isReadingColumns());
    }

    // The snapshot answers stance filters from the policy periods it holds: a new period, and its
    // undo, change which events were under which stance on their dates.
    void stanceChangesAreThereBeforeTheViewsReRead()
    {
        const auto before = current();
        EventFilter agreements;
        agreements.stanceFamilies = {StanceFamily::Agreement287g};
        const auto rowsNow = [&] { return current()->matchingRows(m_document->file(), agreements); };
        const auto rowsFresh = [&] { return EventColumns::read(m_document->file())->matchingRows(m_document->file(), agreements); };
        const std::vector<qint32> rowsBefore = rowsNow();
        QCOMPARE(rowsBefore, rowsFresh());
        // A 287(g) agreement from 1990 on, in a lane with events and no stance so far.
        const StanceHistory stances = StanceHistory::load(m_document->file());
        qint64 lane = 0;
        for (const auto &[id, run] : before->lanes().asKeyValueRange())
            if (run.first < run.second && stances.spans(id).isEmpty())
                lane = id;
        QVERIFY(lane);
        PolicyPeriod period;
        period.jurisdictionId = lane;
        period.stance = Stance::JailEnforcement287g;
        period.start = PartialDate::year(1990);
        QVERIFY(m_document->addPolicyPeriod(period));
        QVERIFY(!m_document->isReadingColumns());  // patched, not read again
        QVERIFY(rowsNow().size() > rowsBefore.size());
        QCOMPARE(rowsNow(), rowsFresh());
        m_document->undoStack()->undo();
        QCOMPARE(rowsNow(), rowsBefore);
        QCOMPARE(rowsNow(), rowsFresh());
    }

    // Removing a jurisdiction removes events the command does not list: read again instead.
    void removingAJurisdictionReadsAgain()
    {
        const auto before = current();
        const qint64 lane = before->jurisdictionId(0);
        QVERIFY(m_document->removeJurisdiction(lane));
        QVERIFY(m_document->lanesMayHaveChanged());
        QVERIFY(m_document->isReadingColumns() || m_document->columns() != before);
        QVERIFY(matchesFile());
        QVERIFY(current()->laneRows(lane).first == current()->laneRows(lane).second);
        m_document->undoStack()->undo();
        QVERIFY(matchesFile());
        QCOMPARE(rowsOf(*current()), rowsOf(*before));
    }

    void externalChangeReadsAgain()
    {
        const auto before = current();
        {
            auto other = CaseFile::open(m_document->path());  // another window or process
            other->removeEvent(before->id(0));
        }
        Event e = *m_document->file().event(before->id(1));
        e.title += QStringLiteral(" (edited)");
        QVERIFY(m_document->updateEvent(e));
        QVERIFY(!m_document->lanesMayHaveChanged());
        m_document->reloadAfterExternalChange();
        QVERIFY(m_document->lanesMayHaveChanged());
        QVERIFY(matchesFile());
        QCOMPARE(current()->size(), before->size() - 1);
    }
};

QTEST_MAIN(TestDocumentColumns)
#include "TestDocumentColumns.moc"
