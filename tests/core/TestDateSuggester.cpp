#include "TestSupport.h"

#include "analysis/DateSuggester.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {
// Article 000 is dated 2019-07-02 (a Tuesday): its first line says so.
const PartialDate kArticle000 = PartialDate::day(2019, 7, 2);
}

class TestDateSuggester : public QObject {
    Q_OBJECT
private slots:
    void articleDate()
    {
        const QString text = QString::fromUtf8(readFile(sharedPath(QStringLiteral("seeds/000_b4864c6d6f030810.txt"))));
        const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
        const auto s = DateSuggester::suggest(firstLine, {});
        QCOMPARE(s.date, kArticle000);
    }

    void seedPhrases_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("explains");
        // Article 000, dated 2019-07-02, in its own words.
        const QString d = QStringLiteral("2019-07-02");
        QTest::newRow("Thursday") << "Later the department said an officer provided backup to an ICE agent conducting a pedestrian check Thursday."
                                  << d << "2019-06-27" << "the Thursday before it = 2019-06-27";
        QTest::newRow("last Thursday") << "It happened last Thursday." << d << "2019-06-27" << "2019-06-27";
        QTest::newRow("last week") << "Community members in Lawrence became alarmed last week when local police provided assistance"
                                   << d << "2019-06" << "2019-06-24 to 2019-06-30";
        QTest::newRow("On Monday") << "On Monday, Lawrence Police Chief Gregory Burns released a statement clarifying last week’s interaction with ICE."
                                   << d << "2019-07-01" << "“On Monday”";
        QTest::newRow("statement Monday") << "In the statement Monday, Chief Burns acknowledged" << d << "2019-07-01" << "Monday";
        QTest::newRow("last year") << "a local chemist’s detention by ICE made national news last year." << d << "2018" << "“last year”";
        QTest::newRow("This year") << "This year too, immigration policy has become an increasingly divisive topic" << d << "2019" << "2019";
        QTest::newRow("in 2003") << "was created by the federal government in 2003." << d << "2003" << "2003";
        QTest::newRow("in 2022") << "as he awaits a trial in 2022." << d << "2022" << "2022";
        QTest::newRow("2017 proclamation") << "declared itself a “welcoming city” in a 2017 proclamation." << QString() << "2017" << "2017";
        // Article 004: "in 2008", undated article.
        QTest::newRow("2008") << "When federal officials began issuing detainers in 2008 under a pilot program" << QString() << "2008" << "2008";
        // Article 001: "Tuesday, Feb. 11" against a document date after it, and before it.
        QTest::newRow("Tuesday, Feb. 11") << "at a work session Tuesday, Feb. 11." << "2020-02-14" << "2020-02-11" << "the document's year";
        QTest::newRow("Feb. 11 previous year") << "at a work session Tuesday, Feb. 11." << "2021-01-05" << "2020-02-11"
                                               << "the year before";
        QTest::newRow("weekday disagrees") << "Tuesday, Feb. 11" << "2019-03-01" << "2019-02-11" << "2019-02-11 is a Monday, not a Tuesday";
        QTest::newRow("February 11") << "on February 11 the board met" << "2020-03-01" << "2020-02-11" << "2020-02-11";
        QTest::newRow("July 2019") << "in July 2019 the police" << QString() << "2019-07" << "July 2019";
        QTest::newRow("iso") << "dated 2019-07-02" << QString() << "2019-07-02" << "2019-07-02";
        QTest::newRow("yesterday") << "Police said yesterday" << d << "2019-07-01" << "2019-07-01";
        QTest::newRow("today") << "The council meets today." << d << "2019-07-02" << "2019-07-02";
        QTest::newRow("Tuesday in a Tuesday paper") << "On Tuesday" << d << "2019-06-25" << "2019-06-25";
        QTest::newRow("last week across months") << "last week" << "2019-06-05" << "2019" << "spans two months";
        QTest::newRow("last week across years") << "last week" << "2020-01-08" << "2020" << "spans New Year";
        QTest::newRow("last month") << "last month" << d << "2019-06" << "2019-06";
    }

    void seedPhrases()
    {
        QFETCH(QString, passage);
        QFETCH(QString, document);
        QFETCH(QString, expected);
        QFETCH(QString, explains);
        const auto s = DateSuggester::suggest(passage, PartialDate::parse(document));
        QVERIFY2(s.isValid(), qPrintable(passage));
        QCOMPARE(s.date.toIsoString(), expected);
        QVERIFY2(s.explanation.contains(explains), qPrintable(s.explanation));
    }

    void nothing()
    {
        QVERIFY(!DateSuggester::suggest(QStringLiteral("The officer was on the scene for about six minutes."), kArticle000).isValid());
        QVERIFY(!DateSuggester::suggest(QStringLiteral("Thursday"), {}).isValid());  // no document date
        QVERIFY(!DateSuggester::suggest(QStringLiteral("287(g) agreements"), kArticle000).isValid());
    }

    void allCues()
    {
        const auto all = DateSuggester::suggestAll(
            QStringLiteral("On Monday, Burns released a statement clarifying last week’s interaction"), kArticle000);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).date.toIsoString(), QStringLiteral("2019-07-01"));
        QCOMPARE(all.at(1).date.toIsoString(), QStringLiteral("2019-06"));
    }

    // Where the bundled sample derives a date from a phrase, the suggester must agree with it.
    void sampleNotesAgree()
    {
        QFile f(QStringLiteral(CASELINE_SAMPLE_JSON));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        static const QRegularExpression derived(QStringLiteral("^Date derived: article dated (\\d{4}-\\d\\d-\\d\\d)[^“]*says[^“]*“([^”]+)”"));
        int checked = 0;
        for (const QJsonValue &v : root.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            const auto m = derived.match(e.value(QLatin1String("note")).toString());
            if (!m.hasMatch())
                continue;
            const auto s = DateSuggester::suggest(m.captured(2), PartialDate::parse(m.captured(1)));
            QVERIFY2(s.isValid(), qPrintable(m.captured(2)));
            QCOMPARE(s.date.toIsoString(), e.value(QLatin1String("start")).toString());
            ++checked;
        }
        QVERIFY2(checked >= 5, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(TestDateSuggester)
#include "TestDateSuggester.moc"
