// Drafting an event from a passage of a real article: quote, page, date, lane and type.
#include "TestSupport.h"

#include "analysis/EventTypeSuggester.h"
#include "analysis/JurisdictionSuggester.h"
#include "analysis/PassageEvent.h"
#include "analysis/QuoteVerifier.h"
#include "analysis/SourcePages.h"

#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {
Source article(const char *seed, const PartialDate &published)
{
    Source s;
    s.id = 7;
    s.title = QString::fromLatin1(seed);
    s.published = published;
    s.text = QString::fromUtf8(readFile(sharedPath(QStringLiteral("seeds/") + QLatin1String(seed))));
    return s;
}

QList<Jurisdiction> lanes()
{
    Jurisdiction lawrence{11, {}, QStringLiteral("Lawrence"), JurisdictionKind::City, QStringLiteral("KS"), {}, {}, {}, {}};
    Jurisdiction douglas{12, {}, QStringLiteral("Douglas County"), JurisdictionKind::County, QStringLiteral("KS"), {}, {}, {}, {}};
    Jurisdiction la{13, {}, QStringLiteral("Los Angeles"), JurisdictionKind::City, QStringLiteral("CA"), {}, {}, {}, {}};
    return {lawrence, douglas, la};
}

// The passage's range in the source text, found the way a user would select it.
std::pair<qsizetype, qsizetype> rangeOf(const Source &s, const QString &passage)
{
    const qsizetype at = s.text.indexOf(passage);
    return {at, at + passage.size()};
}
}  // namespace

class TestPassageEvent : public QObject {
    Q_OBJECT
private slots:
    void thursdayFromTheArticleDate()
    {
        const Source s = article("000_b4864c6d6f030810.txt", PartialDate::day(2019, 7, 2));
        const QString passage = QStringLiteral(
            "Later the department said an officer provided backup to an ICE agent conducting a pedestrian check Thursday.");
        const auto [begin, end] = rangeOf(s, passage);
        QVERIFY(begin >= 0);
        // A selection usually takes the white space around it too.
        const PassageEvent d = PassageEvent::draft(s, begin - 1, end + 1, lanes());
        QVERIFY(d.isValid());
        QCOMPARE(d.begin, begin);
        QCOMPARE(d.end, end);
        QCOMPARE(d.event.citations.size(), 1);
        QCOMPARE(d.event.citations.first().quote, passage);
        QCOMPARE(d.event.citations.first().sourceId, s.id);
        QVERIFY(!d.event.citations.first().page);  // an article has no pages
        QCOMPARE(d.event.start, PartialDate::day(2019, 6, 27));
        QVERIFY2(d.event.note.contains(QStringLiteral("document dated 2019-07-02")), qPrintable(d.event.note));
        QVERIFY2(d.event.note.contains(QStringLiteral("“Thursday”")), qPrintable(d.event.note));
        QCOMPARE(d.event.type, EventType::BackupCall);
        // The passage names no lane; the article names Lawrence throughout.
        QCOMPARE(d.event.jurisdictionId, qint64(11));
        QVERIFY2(d.laneExplanation.contains(QStringLiteral("document names “Lawrence” most")), qPrintable(d.laneExplanation));
        QVERIFY(d.event.title.startsWith(QStringLiteral("Later the department said")));
        QCOMPARE(QuoteVerifier::verify(s.text, d.event.citations.first().quote).status, QuoteVerifier::Status::Verified);
    }

    void commissionWorkSession()
    {
        const Source s = article("001_df85e2e743b8b948.txt", PartialDate::day(2020, 2, 14));
        const QString passage = QStringLiteral(
            "The Lawrence City Commission considered adopting a city-wide immigration sanctuary policy at a work session Tuesday, Feb. 11.");
        const auto [begin, end] = rangeOf(s, passage);
        const PassageEvent d = PassageEvent::draft(s, begin, end, lanes());
        QCOMPARE(d.event.start, PartialDate::day(2020, 2, 11));
        QCOMPARE(d.event.type, EventType::CommissionSession);
        QCOMPARE(d.event.jurisdictionId, qint64(11));
        QVERIFY2(d.laneExplanation.contains(QStringLiteral("the passage names “Lawrence”")), qPrintable(d.laneExplanation));
    }

    void lastWeekAtMonthPrecision()
    {
        const Source s = article("000_b4864c6d6f030810.txt", PartialDate::day(2019, 7, 2));
        const QString passage = QStringLiteral(
            "Community members in Lawrence became alarmed last week when local police provided assistance to an agent");
        const auto [begin, end] = rangeOf(s, passage);
        const PassageEvent d = PassageEvent::draft(s, begin, end, lanes());
        QCOMPARE(d.event.start.toIsoString(), QStringLiteral("2019-06"));
        QCOMPARE(d.event.type, EventType::BackupCall);
    }

    void noDateFallsBackToTheDocument()
    {
        Source s;
        s.text = QStringLiteral("The sheriff signed the agreement.");
        s.published = PartialDate::day(2025, 2, 18);
        const PassageEvent d = PassageEvent::draft(s, 0, s.text.size(), {});
        QCOMPARE(d.event.start, s.published);
        QVERIFY(d.dateExplanation.contains(QStringLiteral("gives no date")));
        QCOMPARE(d.event.type, EventType::Agreement);
        QCOMPARE(d.event.jurisdictionId, qint64(0));
        QVERIFY(!PassageEvent::draft(s, 3, 3, {}).isValid());
        QVERIFY(!PassageEvent::draft(s, 3, 4, {}).isValid());  // " " only
    }

    void pagesFromFormFeeds()
    {
        Source s;
        s.text = QStringLiteral("one\fpage two text\fthree");
        const SourcePages pages(s.text);
        QCOMPARE(pages.pageCount(), 3);
        QCOMPARE(pages.pageAt(0), std::optional<int>(1));
        QCOMPARE(pages.pageAt(3), std::optional<int>(1));  // the form feed ends page 1
        QCOMPARE(pages.pageAt(4), std::optional<int>(2));
        QCOMPARE(pages.pageAt(s.text.size() - 1), std::optional<int>(3));
        QCOMPARE(pages.pageStart(2), qsizetype(4));
        QCOMPARE(SourcePages(QStringLiteral("no pages")).pageAt(2), std::nullopt);
        const PassageEvent d = PassageEvent::draft(s, s.text.indexOf(QStringLiteral("page two")), s.text.indexOf(QStringLiteral(" text")), {});
        QCOMPARE(d.event.citations.first().page, std::optional<int>(2));
        QCOMPARE(d.event.citations.first().quote, QStringLiteral("page two"));
    }

    void typeWords_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<int>("type");
        QTest::newRow("detained") << "Agents detained a man outside the courthouse." << int(EventType::Detention);
        QTest::newRow("detainer") << "The jail declined to honor the detainer and he was detained no longer." << int(EventType::Detainer);
        QTest::newRow("ordinance") << "The council passed the ordinance 5-2." << int(EventType::Ordinance);
        QTest::newRow("287(g)") << "The county joined the 287(g) program." << int(EventType::Agreement);
        QTest::newRow("March is a month") << "In March the group held a rally." << int(EventType::Protest);
        QTest::newRow("statement") << "Burns released a statement clarifying the interaction." << int(EventType::Statement);
    }
    void typeWords()
    {
        QFETCH(QString, passage);
        QFETCH(int, type);
        const EventTypeSuggester::Suggestion s = EventTypeSuggester::suggest(passage);
        QVERIFY(s.type);
        QCOMPARE(int(*s.type), type);
        QCOMPARE(passage.mid(s.position, s.word.size()), s.word);
        QVERIFY(!EventTypeSuggester::suggest(QStringLiteral("Nothing happened here.")).type);
    }

    void longestLaneNameWins()
    {
        const JurisdictionSuggester suggester(lanes() << Jurisdiction{14, {}, QStringLiteral("Suwannee County Sheriff's Office"),
                                                                      JurisdictionKind::Agency, QStringLiteral("FL"), {}, {}, {}, {}});
        const auto found = suggester.mentions(QStringLiteral("In Douglas County, lawrence police and the Suwannee County Sheriff’s Office..."));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).jurisdictionId, qint64(14));  // ties: the longer name first
        QCOMPARE(found.at(1).jurisdictionId, qint64(12));
        QCOMPARE(found.at(2).jurisdictionId, qint64(11));
        QVERIFY(suggester.mentions(QStringLiteral("Lawrenceville and Los Angelesque")).isEmpty());
    }
};

QTEST_MAIN(TestPassageEvent)
#include "TestPassageEvent.moc"
