// The byte-level text rules of the bulk CSV path (Utf8Text, StableKey::appendNormalised,
// IsoDateText on UTF-8) against the QString rules they stand in for, on random text mixing ASCII
// with the white space only Unicode knows (U+00A0, U+2028, U+3000, U+0085) and other characters
// outside ASCII; then a Caseline CSV row full of such text read through the parser.

#include "TestSupport.h"

#include "io/CaseCsvReader.h"
#include "io/CsvCell.h"
#include "io/IsoDateText.h"
#include "io/StableKey.h"
#include "io/TextArena.h"
#include "io/Utf8Text.h"

#include <QRandomGenerator>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {

QString randomText(QRandomGenerator &random)
{
    static const char16_t kAlphabet[] = {u' ', u'\t', u'\n', u'\r', u'\v', u'\f', u'a', u'B', u'z', u'\'', u'=', u'+',
                                         u'-', u'@', u'(', u')', u';', u'1', u'\u00a0', u'\u2028', u'\u3000', u'\u0085',
                                         u'\u00e9', u'\u2019', u'\u00c9', u'\u4e2d', u'\u1680'};
    constexpr int kLetters = int(std::size(kAlphabet));
    QString text;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i)
        text += QChar(kAlphabet[random.bounded(kLetters)]);
    return text;
}

QString asString(QByteArrayView utf8) { return QString::fromUtf8(utf8); }

}  // namespace

class TestUtf8Text : public QObject {
    Q_OBJECT

private slots:
    void sameAsQStringRules()
    {
        QRandomGenerator random(20261201);
        TextArena arena;
        for (int i = 0; i < 50000; ++i) {
            const QString text = randomText(random);
            const QByteArray utf8 = text.toUtf8();
            QCOMPARE(asString(Utf8Text::trimmed(utf8, arena)), text.trimmed());
            QCOMPARE(asString(Utf8Text::simplified(utf8, arena)), text.simplified());
            QCOMPARE(asString(Utf8Text::restoredCell(utf8)), CsvCell::restore(text));
            std::string normalised;
            StableKey::appendNormalised(normalised, utf8);
            QCOMPARE(QString::fromStdString(normalised), StableKey::normalise(text));
            QCOMPARE(Utf8Text::isAscii(utf8), utf8.size() == text.size());
            if (i % 1000 == 0)
                arena.clear();
        }
    }

    // Nothing copied when nothing changes: a view of the input itself.
    void unchangedTextIsNotCopied()
    {
        TextArena arena;
        const QByteArray text("Police call ICE");
        QCOMPARE(Utf8Text::simplified(text, arena).data(), text.constData());
        QCOMPARE(Utf8Text::trimmed(text, arena).data(), text.constData());
        const QByteArray spaced("  two  spaces ");
        QCOMPARE(Utf8Text::simplified(spaced, arena), QByteArrayView("two spaces"));
        QVERIFY(Utf8Text::simplified(spaced, arena).data() != spaced.constData() + 2);
    }

    // Views handed out stay valid while more is stored, across chunks and after a huge value.
    void arenaKeepsEarlierText()
    {
        TextArena arena;
        std::vector<std::pair<QByteArrayView, QByteArray>> kept;
        for (int i = 0; i < 5000; ++i) {
            const QByteArray value = QByteArray::number(i).repeated(i % 7 == 0 ? 3000 : 3);
            kept.emplace_back(arena.store(value), value);
        }
        for (const auto &[view, value] : kept)
            QCOMPARE(view, QByteArrayView(value));
        arena.clear();
        QCOMPARE(arena.store("after"), QByteArrayView("after"));
    }

    void datesSameAsQStringParse()
    {
        const char *const texts[] = {"2019", "2019-07", "2019-07-02", "2019-02-29", "2020-02-29", "1399", "1400-01-01",
                                     "9999-12-31", "2019-13", "2019-7-2", " 2019", "2019-07-02x", "20190702", "", "abcd",
                                     "2019-00", "2019-07-00", "2019-07-32", "\xd9\xa2\xd9\xa0\xd9\xa1\xd9\xa9"};
        for (const char *text : texts) {
            QString whyBytes, whyText;
            bool canonical = false;
            const PartialDate fromBytes = IsoDateText::parse(QByteArrayView(text), &whyBytes, &canonical);
            const PartialDate fromText = IsoDateText::parse(QString::fromUtf8(text), &whyText);
            QCOMPARE(fromBytes.isValid(), fromText.isValid());
            QCOMPARE(whyBytes, whyText);
            if (fromText.isValid())
                QCOMPARE(fromBytes, fromText);
            // Canonical text is exactly what the date writes.
            if (canonical)
                QCOMPARE(fromText.toIsoString(), QString::fromUtf8(text));
        }
    }

    // A row whose every text column has white space only Unicode knows, through the parser.
    void csvRowWithUnicodeWhiteSpace()
    {
        const QString nbsp(QChar(0x00a0)), ideographic(QChar(0x3000)), lineSeparator(QChar(0x2028));
        const QString title = nbsp + QStringLiteral("Caf\u00e9  raid") + ideographic + QStringLiteral("\tat") + nbsp;
        const QString summary = lineSeparator + QStringLiteral(" Two\nlines ") + nbsp;
        const QString tags = QStringLiteral(" 287(g)") + nbsp + QStringLiteral(";") + ideographic + QStringLiteral(";\u00e9t\u00e9 ");
        const QString people = QStringLiteral("Jos\u00e9 Ruiz") + nbsp + QStringLiteral("(") + nbsp
            + QStringLiteral("sheriff") + nbsp + QStringLiteral(");") + nbsp;
        const QString quote = QStringLiteral("'=1+1") + nbsp;
        const QByteArray csv = QStringLiteral("id,jurisdiction,state,start,title,summary,tags,people,source_title,quote\n"
                                              ",Espa\u00f1ola,NM,2019-07-02,\"%1\",\"%2\",\"%3\",\"%4\",Paper,\"%5\"\n")
                                   .arg(title, summary, tags, people, quote)
                                   .toUtf8();
        const auto read = CaseCsvReader().read(csv, QStringLiteral("unicode.csv"));
        QVERIFY(std::holds_alternative<CaseData>(read));
        const CaseData &data = std::get<CaseData>(read);
        QCOMPARE(data.events.size(), 1);
        const Event &e = data.events.first().event;
        QCOMPARE(e.title, title.simplified());
        QCOMPARE(e.summary, summary.trimmed());
        QCOMPARE(e.tags, (QStringList{QStringLiteral("287(g)"), QStringLiteral("\u00e9t\u00e9")}));
        QCOMPARE(e.people.size(), 1);
        QCOMPARE(e.people.first().name, QStringLiteral("Jos\u00e9 Ruiz"));
        QCOMPARE(e.people.first().role, QStringLiteral("sheriff"));
        QCOMPARE(data.events.first().citations.first().citation.quote, QStringLiteral("=1+1"));
        // The derived key: StableKey's rule on the QString forms.
        const QString jurisdictionKey = data.jurisdictions.first().key;
        QCOMPARE(e.key, QStringLiteral("csv:")
                            + StableKey::digest(jurisdictionKey + QLatin1Char(':') + QStringLiteral("2019-07-02")
                                                + QLatin1Char(':') + StableKey::normalise(title.simplified())));
    }
};

QTEST_GUILESS_MAIN(TestUtf8Text)
#include "TestUtf8Text.moc"
