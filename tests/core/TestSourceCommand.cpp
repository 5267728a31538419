#include "TestSupport.h"

#include "model/Event.h"
#include "model/Jurisdiction.h"
#include "storage/CaseFile.h"

#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {
const char *const kSeed = "seeds/000_b4864c6d6f030810.txt";
const QString kQuote = QStringLiteral(
    "Later the department said an officer provided backup to an ICE agent conducting a pedestrian check Thursday.");

qint64 sourceIdFrom(const QByteArray &out)
{
    static const QRegularExpression re(QStringLiteral("source (\\d+) added"));
    return re.match(QString::fromUtf8(out)).captured(1).toLongLong();
}

void addEvent(const QString &caseFile, qint64 sourceId, const QString &title, const QString &quote)
{
    auto file = CaseFile::open(caseFile);
    Jurisdiction lawrence{0, {}, QStringLiteral("Lawrence"), JurisdictionKind::City, QStringLiteral("KS"), {}, {}, {}, {}};
    if (auto existing = file->findJurisdiction(lawrence.name, lawrence.state))
        lawrence = *existing;
    else
        file->addJurisdiction(lawrence);
    Event e;
    e.jurisdictionId = lawrence.id;
    e.type = EventType::BackupCall;
    e.start = PartialDate::day(2019, 6, 27);
    e.title = title;
    Citation c;
    c.sourceId = sourceId;
    c.quote = quote;
    e.citations << c;
    file->addEvent(e);
}
}  // namespace

class TestSourceCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void addTextThenCheck()
    {
        const QString caseFile = m_dir.filePath(QStringLiteral("text.caseline"));
        ProcessResult r = runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile, sharedPath(QLatin1String(kSeed)),
                                       QStringLiteral("--date"), QStringLiteral("2019-07-02"), QStringLiteral("--outlet"),
                                       QStringLiteral("Lawrence Journal-World")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 id = sourceIdFrom(r.out);
        QVERIFY2(id > 0, r.out.constData());
        {
            auto file = CaseFile::open(caseFile);
            const auto source = file->source(id);
            QVERIFY(source);
            QCOMPARE(source->title, QStringLiteral("000_b4864c6d6f030810.txt"));  // default: the file name
            QCOMPARE(source->publisher, QStringLiteral("Lawrence Journal-World"));
            QCOMPARE(source->published, PartialDate::day(2019, 7, 2));
            QCOMPARE(source->text, QString::fromUtf8(readFile(sharedPath(QLatin1String(kSeed)))));
        }
        addEvent(caseFile, id, QStringLiteral("Lawrence officer backs up ICE agent"), kQuote);
        r = runCaseline({QStringLiteral("check"), caseFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 verified, 0 do not match"), r.out.constData());

        QString changed = kQuote;
        changed.replace(QStringLiteral("pedestrian"), QStringLiteral("traffic"));
        addEvent(caseFile, id, QStringLiteral("Changed quote event"), changed);
        r = runCaseline({QStringLiteral("check"), caseFile});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Changed quote event"), r.err.constData());
        QVERIFY2(r.err.contains("\"Later the department said"), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray::number(changed.indexOf(QStringLiteral("traffic")))), r.err.constData());
        QVERIFY2(r.out.contains("1 verified, 1 do not match"), r.out.constData());
    }

    // CSV carries neither the document text nor the source's key: importing an export back must
    // find the source it came from, not add a second one without text (which would turn every
    // quote unchecked). JSON carries both and must round-trip too.
    void reimportKeepsDocumentText()
    {
        const QString caseFile = m_dir.filePath(QStringLiteral("reimport.caseline"));
        ProcessResult r = runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile,
                                       sharedPath(QLatin1String(kSeed)), QStringLiteral("--date"), QStringLiteral("2019-07-02")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 id = sourceIdFrom(r.out);
        addEvent(caseFile, id, QStringLiteral("Lawrence officer backs up ICE agent"), kQuote);
        const QString text = QString::fromUtf8(readFile(sharedPath(QLatin1String(kSeed))));
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
            const QString exported = m_dir.filePath(QStringLiteral("reimport.") + format);
            r = runCaseline({QStringLiteral("export"), caseFile, QStringLiteral("--format"), format, QStringLiteral("--out"), exported});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(readFile(exported).contains("Dozens of people on social media"), format == QLatin1String("json"));
            r = runCaseline({QStringLiteral("import"), caseFile, exported});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            {
                auto file = CaseFile::open(caseFile);
                QCOMPARE(file->sources().size(), 1);
                QCOMPARE(file->source(id)->text, text);
                QCOMPARE(file->source(id)->published, PartialDate::day(2019, 7, 2));
            }
            r = runCaseline({QStringLiteral("check"), caseFile});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.out.contains("1 verified, 0 do not match"), r.out.constData());
        }
    }

    void sampleStaysUnchecked()
    {
        const QString caseFile = m_dir.filePath(QStringLiteral("sample.caseline"));
        QCOMPARE(runCaseline({QStringLiteral("sample"), QStringLiteral("--out"), caseFile}).exitCode, 0);
        const ProcessResult r = runCaseline({QStringLiteral("check"), caseFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("0 verified, 0 do not match"), r.out.constData());
        QVERIFY2(r.out.contains("unchecked"), r.out.constData());
    }

    void htmlStaysText()
    {
        const QString html = m_dir.filePath(QStringLiteral("page.html"));
        writeFile(html, "<html><head><title>T</title><script>alert('x'); document.write('<b>pwned</b>')</script>"
                        "<style>p{color:red}</style></head><body><p>Police said <b>on Monday</b> that&nbsp;the"
                        " agent&rsquo;s check was routine.</p><img src=x onerror=alert(1)></body></html>");
        const QString caseFile = m_dir.filePath(QStringLiteral("html.caseline"));
        const ProcessResult r = runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile, html,
                                             QStringLiteral("--title"), QStringLiteral("A page")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto file = CaseFile::open(caseFile);
        const auto source = file->source(sourceIdFrom(r.out));
        QVERIFY(source);
        QCOMPARE(source->title, QStringLiteral("A page"));
        QVERIFY2(source->text.contains(QStringLiteral("Police said on Monday that")), qPrintable(source->text));
        QVERIFY(source->text.contains(QStringLiteral("agent’s check")));
        QVERIFY(!source->text.contains(QStringLiteral("alert")));
        QVERIFY(!source->text.contains(QStringLiteral("pwned")));
        QVERIFY(!source->text.contains(QLatin1Char('<')));
        QVERIFY(!source->text.contains(QStringLiteral("color")));
    }

    void latin1Fallback()
    {
        const QString txt = m_dir.filePath(QStringLiteral("latin1.txt"));
        writeFile(txt, "Caf\xe9 owners said\r\nno.\n");
        const QString caseFile = m_dir.filePath(QStringLiteral("latin1.caseline"));
        const ProcessResult r = runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile, txt});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("Windows-1252"), r.err.constData());
        auto file = CaseFile::open(caseFile);
        QCOMPARE(file->source(sourceIdFrom(r.out))->text, QStringLiteral("Café owners said\nno.\n"));
    }

    void pdfPages()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("doc.pdf"));
        {
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSize(12);
            painter.setFont(font);
            painter.drawText(QPointF(200, 400), QStringLiteral("First page about the ordinance."));
            writer.newPage();
            painter.drawText(QPointF(200, 400), QStringLiteral("Second page about the commission."));
        }
        const QString caseFile = m_dir.filePath(QStringLiteral("pdf.caseline"));
        const ProcessResult r = runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile, pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("2 page(s)"), r.out.constData());
        auto file = CaseFile::open(caseFile);
        const QString text = file->source(sourceIdFrom(r.out))->text;
        const QStringList pages = text.split(QLatin1Char('\f'));
        QCOMPARE(pages.size(), 2);
        QVERIFY2(pages.at(0).contains(QStringLiteral("First page")), qPrintable(text));
        QVERIFY2(pages.at(1).contains(QStringLiteral("Second page")), qPrintable(text));
    }

    void badInput()
    {
        const QString caseFile = m_dir.filePath(QStringLiteral("bad.caseline"));
        QCOMPARE(runCaseline({QStringLiteral("source"), QStringLiteral("remove"), caseFile, QStringLiteral("x.txt")}).exitCode, 1);
        QCOMPARE(runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile}).exitCode, 1);
        QCOMPARE(runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile, m_dir.filePath(QStringLiteral("none.txt"))}).exitCode, 2);
        const QString doc = m_dir.filePath(QStringLiteral("x.docx"));
        writeFile(doc, "PK");
        QCOMPARE(runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile, doc}).exitCode, 2);
        const QString notPdf = m_dir.filePath(QStringLiteral("fake.pdf"));
        writeFile(notPdf, "not a pdf");
        QCOMPARE(runCaseline({QStringLiteral("source"), QStringLiteral("add"), caseFile, notPdf}).exitCode, 2);
        QVERIFY(!QFile::exists(caseFile));  // nothing created for a bad document
    }
};

QTEST_MAIN(TestSourceCommand)
#include "TestSourceCommand.moc"
