#include "TestSupport.h"

#include <QImage>
#include <QProcess>
#include <QTest>

using namespace caseline::test;

class TestChartCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_case;

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        m_case = m_dir.filePath(QStringLiteral("sample.caseline"));
        QCOMPARE(runCaseline({QStringLiteral("sample"), QStringLiteral("--out"), m_case}).exitCode, 0);
    }

    void everyKindInEveryFormat_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("words");  // title, axis titles and legend entries
        QTest::newRow("adoption") << "adoption" << QStringList{"Jurisdictions by stance over time", "Jurisdictions in force", "Year", "Limits cooperation", "287(g) agreement"};
        QTest::newRow("by-stance") << "by-stance" << QStringList{"Events by stance on the event's date", "Events", "Year", "Limits cooperation", "Neither"};
        QTest::newRow("event-study") << "event-study" << QStringList{"Events around a jurisdiction's policy change", "Years from the change", "Events per jurisdiction"};
        QTest::newRow("ranking") << "ranking" << QStringList{"Jurisdictions with the most events", "Lawrence, KS", "Jurisdiction"};
    }
    void everyKindInEveryFormat()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, words);
        const QString base = m_dir.filePath(kind);
        for (const char *suffix : {".pdf", ".png", ".svg"}) {
            const ProcessResult r = runCaseline({QStringLiteral("chart"), m_case, QStringLiteral("--kind"), kind,
                                                 QStringLiteral("--out"), base + QLatin1String(suffix)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(QFileInfo(base + QLatin1String(suffix)).size() > 1000);
        }
        const QString text = pdfText(base + QStringLiteral(".pdf")).simplified();
        for (const QString &word : words)
            QVERIFY2(text.contains(word), qPrintable(QStringLiteral("'%1' missing from the PDF text: %2").arg(word, text.left(400))));
        QVERIFY2(text.contains(QStringLiteral("Sources:")), "the caption names the sources");
        QVERIFY2(!text.contains(QStringLiteral("…")), "no label was elided");
        const QImage png(base + QStringLiteral(".png"));
        QCOMPARE(png.size(), QSize(1754, 1240));  // A4 landscape at 150 dpi
        QVERIFY(readFile(base + QStringLiteral(".svg")).contains("<svg"));
    }

    void dataFileHoldsTheNumbers()
    {
        const QString csv = m_dir.filePath(QStringLiteral("numbers.csv"));
        const ProcessResult r = runCaseline({QStringLiteral("chart"), m_case, QStringLiteral("--kind"), QStringLiteral("ranking"),
                                             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("r.svg")), QStringLiteral("--data"), csv,
                                             QStringLiteral("--jurisdiction"), QStringLiteral("Lawrence, KS")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString numbers = QString::fromUtf8(readFile(csv));
        QVERIFY2(numbers.startsWith(QStringLiteral("Jurisdiction,Events\n\"Lawrence, KS\",")), qPrintable(numbers));
        QCOMPARE(numbers.count(QLatin1Char('\n')), 2);
    }

    void realDataChartsStayReadable()
    {
        // The sample plus ICE's 287(g) list and the detainer-policy list: hundreds of lanes,
        // twenty years of months.
        const QString study = m_dir.filePath(QStringLiteral("study.caseline"));
        QCOMPARE(runCaseline({QStringLiteral("sample"), QStringLiteral("--out"), study}).exitCode, 0);
        for (const char *data : {"data/ice-287g/participating-agencies-2025-05-16.csv", "data/sanctuary/detainer-policies-2014-2015.csv"})
            QCOMPARE(runCaseline({QStringLiteral("import"), study, sharedPath(QLatin1String(data))}).exitCode, 0);
        for (const char *kind : {"adoption", "by-stance", "event-study", "ranking"}) {
            for (const char *suffix : {".pdf", ".png", ".svg"}) {
                const QString out = m_dir.filePath(QStringLiteral("real-%1%2").arg(QLatin1String(kind), QLatin1String(suffix)));
                const ProcessResult r = runCaseline({QStringLiteral("chart"), study, QStringLiteral("--kind"), QLatin1String(kind),
                                                     QStringLiteral("--bin"), QStringLiteral("month"), QStringLiteral("--out"), out});
                QVERIFY2(r.exitCode == 0, r.err.constData());
            }
            const QString text = pdfText(m_dir.filePath(QStringLiteral("real-%1.pdf").arg(QLatin1String(kind))));
            QVERIFY2(!text.contains(QStringLiteral("…")), qPrintable(QStringLiteral("%1: elided labels").arg(QLatin1String(kind))));
        }
        const QString adoption = pdfText(m_dir.filePath(QStringLiteral("real-adoption.pdf")));
        QVERIFY(adoption.contains(QStringLiteral("2025-0")));  // month labels reach the list's 2025 signings
        QVERIFY(adoption.contains(QStringLiteral("ICE 287(g) participating agencies")));
        const QString ranking = pdfText(m_dir.filePath(QStringLiteral("real-ranking.pdf")));
        QVERIFY(ranking.contains(QStringLiteral("Sheriff")));  // whole agency names, not cut
        // The numbers file of the adoption chart ends with the 462 agencies of the 287(g) list.
        const QString csv = m_dir.filePath(QStringLiteral("adoption.csv"));
        QCOMPARE(runCaseline({QStringLiteral("chart"), study, QStringLiteral("--kind"), QStringLiteral("adoption"), QStringLiteral("--bin"),
                              QStringLiteral("month"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("a.svg")), QStringLiteral("--data"), csv})
                     .exitCode,
                 0);
        const QStringList rows = QString::fromUtf8(readFile(csv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(rows.last().startsWith(QStringLiteral("2025-05,")) && rows.last().endsWith(QStringLiteral(",462")), qPrintable(rows.last()));
    }

    void rendersTheTimeline()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("timeline.pdf"));
        const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
        for (const QString &out : {pdf, png}) {
            const ProcessResult r = runCaseline({QStringLiteral("render"), m_case, QStringLiteral("--out"), out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QString text = pdfText(pdf);
        for (const char *lane : {"Lawrence, KS", "Los Angeles, CA", "Chicago, IL", "United States (federal)", "Limits cooperation"})
            QVERIFY2(text.contains(QLatin1String(lane)), lane);
        QVERIFY(QImage(png).width() == 1600);
        // Filters and the date range apply: only Lawrence's 2019 events.
        const ProcessResult r = runCaseline({QStringLiteral("render"), m_case, QStringLiteral("--out"), pdf, QStringLiteral("--jurisdiction"),
                                             QStringLiteral("Lawrence"), QStringLiteral("--from"), QStringLiteral("2019"), QStringLiteral("--to"),
                                             QStringLiteral("2019")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString filtered = pdfText(pdf);
        QVERIFY(filtered.contains(QStringLiteral("Lawrence, KS")));
        QVERIFY(!filtered.contains(QStringLiteral("Chicago, IL")));
        QCOMPARE(runCaseline({QStringLiteral("render"), m_case, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.gif"))}).exitCode, 1);
    }

    void pageOptionsAndErrors()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        ProcessResult r = runCaseline({QStringLiteral("chart"), m_case, QStringLiteral("--kind"), QStringLiteral("by-stance"), QStringLiteral("--out"), pdf,
                                       QStringLiteral("--page"), QStringLiteral("letter"), QStringLiteral("--orientation"), QStringLiteral("portrait"),
                                       QStringLiteral("--bin"), QStringLiteral("quarter"), QStringLiteral("--type"), QStringLiteral("statement")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        info.waitForFinished();
        QVERIFY(info.readAllStandardOutput().contains("612 x 792 pts (letter)"));
        r = runCaseline({QStringLiteral("chart"), m_case, QStringLiteral("--kind"), QStringLiteral("pie"), QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 1);
        r = runCaseline({QStringLiteral("chart"), m_case, QStringLiteral("--kind"), QStringLiteral("ranking"), QStringLiteral("--out"), pdf,
                         QStringLiteral("--type"), QStringLiteral("picnic")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown event type 'picnic'"));
        r = runCaseline({QStringLiteral("chart"), m_case, QStringLiteral("--kind"), QStringLiteral("ranking"), QStringLiteral("--out"), pdf,
                         QStringLiteral("--jurisdiction"), QStringLiteral("Atlantis")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestChartCommand)
#include "TestChartCommand.moc"
