#include "model/PartialDate.h"

#include <QTest>

using namespace caseline;
using P = PartialDate::Precision;

class TestPartialDate : public QObject {
    Q_OBJECT
private slots:
    void parsesEachPrecision_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("display");
        QTest::newRow("year") << "2019" << int(P::Year) << "2019-Jan-01" << "2019-Dec-31" << "2019";
        QTest::newRow("month") << "2019-07" << int(P::Month) << "2019-Jul-01" << "2019-Jul-31" << "Jul 2019";
        QTest::newRow("day") << "2019-07-02" << int(P::Day) << "2019-Jul-02" << "2019-Jul-02" << "2 Jul 2019";
        QTest::newRow("leap february") << "2020-02" << int(P::Month) << "2020-Feb-01" << "2020-Feb-29" << "Feb 2020";
        QTest::newRow("spaces trimmed") << "  2003 " << int(P::Year) << "2003-Jan-01" << "2003-Dec-31" << "2003";
    }
    void parsesEachPrecision()
    {
        QFETCH(QString, text);
        QFETCH(int, precision);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, display);
        const PartialDate d = PartialDate::parse(text);
        QVERIFY(d.isValid());
        QCOMPARE(int(d.precision()), precision);
        QCOMPARE(QString::fromStdString(boost::gregorian::to_simple_string(d.firstDay())), first);
        QCOMPARE(QString::fromStdString(boost::gregorian::to_simple_string(d.lastDay())), last);
        QCOMPARE(d.toDisplayString(), display);
        QCOMPARE(d.toIsoString(), text.trimmed());
        QCOMPARE(d.period().begin(), d.firstDay());
        QCOMPARE(d.period().last(), d.lastDay());
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("empty") << "" << "not a date";
        QTest::newRow("month 13") << "2019-13-40" << "month 13";
        QTest::newRow("day 31 of June") << "2019-06-31" << "day 31";
        QTest::newRow("february 29 in 2019") << "2019-02-29" << "day 29";
        QTest::newRow("year zero") << "0000" << "out of range";
        QTest::newRow("five digits") << "99999" << "not a date";
        QTest::newRow("words") << "last week" << "not a date";
        QTest::newRow("slashes") << "07/02/2019" << "not a date";
        QTest::newRow("month zero") << "2019-00" << "month 0";
        QTest::newRow("trailing junk") << "2019-07-02T10:00" << "not a date";
    }
    void rejectsBadInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasonContains);
        QString why;
        const PartialDate d = PartialDate::parse(text, &why);
        QVERIFY(!d.isValid());
        QVERIFY2(why.contains(reasonContains), qPrintable(why));
    }

    void ordersByStartThenCoarserFirst()
    {
        QList<PartialDate> dates{PartialDate::parse(QStringLiteral("2019-07-02")), PartialDate::parse(QStringLiteral("2019")),
                                 PartialDate::parse(QStringLiteral("2019-07")), PartialDate::parse(QStringLiteral("2018-12-31")),
                                 PartialDate::parse(QStringLiteral("2019-07-01"))};
        std::sort(dates.begin(), dates.end());
        QStringList iso;
        for (const auto &d : dates)
            iso << d.toIsoString();
        QCOMPARE(iso, (QStringList{"2018-12-31", "2019", "2019-07", "2019-07-01", "2019-07-02"}));
        QVERIFY(PartialDate::parse(QStringLiteral("2019")) < PartialDate::parse(QStringLiteral("2019-01")));
        QVERIFY(PartialDate::parse(QStringLiteral("2019-07")) == PartialDate::month(2019, 7));
        QVERIFY(PartialDate() < PartialDate::year(1500));
    }

    void containsAndJulianDays()
    {
        const PartialDate month = PartialDate::month(2020, 2);
        QVERIFY(month.contains(boost::gregorian::date(2020, 2, 29)));
        QVERIFY(!month.contains(boost::gregorian::date(2020, 3, 1)));
        QCOMPARE(month.lastJulianDay() - month.firstJulianDay(), 28);
        const PartialDate roundTrip = PartialDate::fromJulianDay(month.firstJulianDay(), P::Day);
        QCOMPARE(roundTrip.toIsoString(), QStringLiteral("2020-02-01"));
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "TestPartialDate.moc"
