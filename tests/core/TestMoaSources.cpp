// The two real 287(g) MOAs in ../shared/data/moa through `caseline source add`: their text is
// kept page by page, an event drafted from a passage on a known page cites that page, and
// `caseline check` verifies its quote — and names the event once the quote is off by one word.
#include "TestSupport.h"

#include "analysis/PassageEvent.h"
#include "analysis/QuoteVerifier.h"
#include "analysis/SourcePages.h"
#include "analysis/SourceMatch.h"
#include "storage/CaseFile.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {
qint64 sourceIdFrom(const QByteArray &out)
{
    static const QRegularExpression re(QStringLiteral("source (\\d+) added"));
    return re.match(QString::fromUtf8(out)).captured(1).toLongLong();
}

// Poppler's reading of one page, an independent witness of what each page holds.
QString popplerPage(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                          QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString lettersOf(const QString &text)
{
    QString out = QuoteVerifier::normalize(text);
    out.remove(QLatin1Char(' '));
    return out;
}

// The longest line of a page's text: a line that should be found on that page and no other.
QString longestLine(const QString &pageText)
{
    QString best;
    for (const QString &line : pageText.split(QLatin1Char('\n')))
        if (line.simplified().size() > best.size())
            best = line.simplified();
    return best;
}
}  // namespace

class TestMoaSources : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void passageOnKnownPage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("passage");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("lane");
        QTest::addColumn<QString>("changedWord");
        QTest::addColumn<QString>("otherWord");
        QTest::newRow("Kansas Bureau of Investigation, task force, 2025")
            << "kansas-bureau-of-investigation-287g-task-force-moa-2025-02-18.pdf" << "2025-02-18" << 14
            << "The LEA is expected to pursue to completion prosecution of any state or local charges that caused "
               "the alien to be taken into custody."
            << 3 << "Kansas Bureau of Investigation" << "completion" << "conclusion";
        QTest::newRow("Suwannee County FL, warrant service, 2019")
            << "suwannee-county-fl-287g-warrant-service-moa-2019-10-15.pdf" << "2019-10-15" << 12
            << "The Suwannee County Sheriff's Office is responsible for personnel expenses, including, but not "
               "limited to, salaries and benefits, local transportation, and official issue material."
            << 3 << "Suwannee County Sheriff's Office" << "personnel" << "staff";
    }

    void passageOnKnownPage()
    {
        QFETCH(QString, file);
        QFETCH(QString, date);
        QFETCH(int, pages);
        QFETCH(QString, passage);
        QFETCH(int, page);
        QFETCH(QString, lane);
        QFETCH(QString, changedWord);
        QFETCH(QString, otherWord);
        const QString pdf = sharedPath(QStringLiteral("data/moa/") + file);
        const QString caseFile = m_dir.filePath(file + QStringLiteral(".caseline"));

        ProcessResult r = runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile, pdf, QStringLiteral("--title"),
                                       QStringLiteral("287(g) MOA"), QStringLiteral("--outlet"), QStringLiteral("ICE"),
                                       QStringLiteral("--date"), date});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral(", %1 page(s)").arg(pages).toUtf8()), r.out.constData());
        const qint64 sourceId = sourceIdFrom(r.out);

        auto caseline = CaseFile::open(caseFile);
        const auto source = caseline->source(sourceId);
        QVERIFY(source);
        QCOMPARE(source->kind, QStringLiteral("document"));
        QCOMPARE(source->published.toIsoString(), date);
        const SourcePages sourcePages(source->text);
        QCOMPARE(sourcePages.pageCount(), pages);
        QVERIFY(!source->text.contains(QChar(0xFFFE)));  // PDFium's hyphenation marks are not kept

        // Every page holds what Poppler reads on the same page (where Poppler is installed).
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QStringList ours = source->text.split(QLatin1Char('\f'));
            for (int p = 1; p <= pages; ++p) {
                const QString line = longestLine(popplerPage(pdf, p));
                QVERIFY2(line.size() > 30, qPrintable(QStringLiteral("page %1").arg(p)));
                // Poppler and PDFium space a few words differently ("ofthis"); the letters must agree.
                QVERIFY2(lettersOf(ours.at(p - 1)).contains(lettersOf(line)),
                         qPrintable(QStringLiteral("page %1 lacks: %2").arg(p).arg(line)));
            }
        }

        // Select the passage as a reader would: where its words are in the stored text.
        const QuoteVerifier::Result where = QuoteVerifier::verify(source->text, passage);
        QCOMPARE(where.status, QuoteVerifier::Status::Verified);
        Jurisdiction agency{0, {}, lane, JurisdictionKind::Agency, date.startsWith(QLatin1String("2025")) ? QStringLiteral("KS") : QStringLiteral("FL"),
                            {}, {}, {}, {}};
        Jurisdiction other{0, {}, QStringLiteral("Lawrence"), JurisdictionKind::City, QStringLiteral("KS"), {}, {}, {}, {}};
        caseline->addJurisdiction(other);
        caseline->addJurisdiction(agency);
        const PassageEvent draft = PassageEvent::draft(*source, where.position, where.end, caseline->jurisdictions());
        QVERIFY(draft.isValid());
        QCOMPARE(draft.event.citations.first().page, std::optional<int>(page));
        QCOMPARE(draft.event.citations.first().quote, source->text.mid(where.position, where.end - where.position));
        QCOMPARE(draft.event.jurisdictionId, agency.id);
        QCOMPARE(draft.event.start.toIsoString(), date);  // the passage gives no date: the document's
        QVERIFY2(draft.dateExplanation.contains(QStringLiteral("gives no date")), qPrintable(draft.dateExplanation));

        Event event = draft.event;
        event.title = QStringLiteral("MOA clause on page %1 (%2)").arg(page).arg(lane);
        caseline->addEvent(event);
        caseline.reset();  // the command line reads the file on its own
        r = runCaseline({QStringLiteral("check"), caseFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("quotes: 1 verified, 0 do not match"), r.out.constData());

        // One word changed: check fails and names the event.
        caseline = CaseFile::open(caseFile);
        Event changed = *caseline->event(event.id);
        QVERIFY(changed.citations.first().quote.contains(changedWord));
        changed.citations.first().quote.replace(changedWord, otherWord);
        caseline->updateEvent(changed);
        caseline.reset();
        r = runCaseline({QStringLiteral("check"), caseFile});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(event.title.toUtf8()), r.err.constData());
        QVERIFY2(r.out.contains("quotes: 0 verified, 1 do not match"), r.out.constData());
    }

    void fullTextIndexFindsTheDocument()
    {
        const QString caseFile = m_dir.filePath(QStringLiteral("both.caseline"));
        for (const char *pdf : {"kansas-bureau-of-investigation-287g-task-force-moa-2025-02-18.pdf",
                                "suwannee-county-fl-287g-warrant-service-moa-2019-10-15.pdf"}) {
            const ProcessResult r = runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile,
                                                 sharedPath(QStringLiteral("data/moa/") + QLatin1String(pdf))});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const auto titles = [&](const QString &words) {
            auto file = CaseFile::open(caseFile);
            QStringList out;
            for (const SourceMatch &m : SourceMatch::find(*file, words))
                out << m.title;
            return out;
        };
        QCOMPARE(titles(QStringLiteral("Suwannee warrant service")),
                 QStringList{QStringLiteral("suwannee-county-fl-287g-warrant-service-moa-2019-10-15.pdf")});
        QCOMPARE(titles(QStringLiteral("Kansas Attorney General")),
                 QStringList{QStringLiteral("kansas-bureau-of-investigation-287g-task-force-moa-2025-02-18.pdf")});
        QCOMPARE(titles(QStringLiteral("memorandum of agreement")).size(), 2);
        QVERIFY(titles(QStringLiteral("sanctuary")).isEmpty());

        // A case file from before the index (schema 2) gets it when it is opened.
        {
            auto file = CaseFile::open(caseFile);
            file->database().exec(QStringLiteral("DROP TABLE source_fts"));
            file->database().exec(QStringLiteral("PRAGMA user_version = 2"));
        }
        {
            auto file = CaseFile::open(caseFile);
            QVERIFY(!file->backupPath().isEmpty());
            QCOMPARE(file->migratedFromVersion(), 2);
        }
        QCOMPARE(titles(QStringLiteral("Suwannee warrant service")).size(), 1);

        // The index follows edits and removals of a source.
        {
            auto file = CaseFile::open(caseFile);
            Source kansas = *file->source(1);
            kansas.text = QStringLiteral("Nothing about Kansas here any more.");
            file->updateSource(kansas);
        }
        QVERIFY(titles(QStringLiteral("Kansas Attorney General")).isEmpty());
        QCOMPARE(titles(QStringLiteral("Kansas")).size(), 1);
        CaseFile::open(caseFile)->removeSource(1);
        QVERIFY(titles(QStringLiteral("Kansas")).isEmpty());
    }

    void pdfWithoutTextLayerIsRefused()
    {
        // A "scan": a page that is only a picture. There is no text to keep, so nothing is created.
        const QString pdf = m_dir.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            QImage picture(400, 300, QImage::Format_RGB32);
            picture.fill(Qt::white);
            QPainter onPicture(&picture);
            onPicture.fillRect(40, 40, 300, 20, Qt::black);  // where a line of print would be
            onPicture.end();
            painter.drawImage(QRect(500, 500, 4000, 3000), picture);
        }
        const QString caseFile = m_dir.filePath(QStringLiteral("scan.caseline"));
        const ProcessResult r = runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile, pdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no text layer"), r.err.constData());
        QVERIFY(!QFile::exists(caseFile));
    }
};

QTEST_MAIN(TestMoaSources)
#include "TestMoaSources.moc"
