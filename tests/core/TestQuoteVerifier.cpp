#include "TestSupport.h"

#include "analysis/QuoteVerifier.h"
#include "model/Event.h"
#include "model/Jurisdiction.h"
#include "storage/CaseFile.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {
const QString kQuote = QStringLiteral(
    "Dozens of people on social media questioned or criticized ICE’s presence and the local department’s response.");
}

class TestQuoteVerifier : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_article;

private slots:
    void initTestCase()
    {
        m_article = QString::fromUtf8(readFile(sharedPath(QStringLiteral("seeds/000_b4864c6d6f030810.txt"))));
        QVERIFY(m_article.contains(kQuote));
    }

    void normalize()
    {
        QCOMPARE(QuoteVerifier::normalize(QStringLiteral("  “It’s\u00a0a\n\n test” – 2019—20  ")),
                 QStringLiteral("\"It's a test\" - 2019-20"));
        QVector<qsizetype> offsets;
        QCOMPARE(QuoteVerifier::normalize(QStringLiteral("a \n b"), &offsets), QStringLiteral("a b"));
        QCOMPARE(offsets, (QVector<qsizetype>{0, 1, 4}));
    }

    void verbatim()
    {
        const auto r = QuoteVerifier::verify(m_article, kQuote);
        QCOMPARE(r.status, QuoteVerifier::Status::Verified);
        QCOMPARE(r.position, m_article.indexOf(kQuote));
    }

    void typographyAndLineBreaks()
    {
        QString quote = kQuote;
        quote.replace(QChar(0x2019), QLatin1Char('\''));
        quote.replace(QStringLiteral(" social "), QStringLiteral("\nsocial\r\n  "));
        QCOMPARE(QuoteVerifier::verify(m_article, quote).status, QuoteVerifier::Status::Verified);
        // Straight quotes in the text, curly in the quote.
        QString text = m_article;
        text.replace(QChar(0x2019), QLatin1Char('\''));
        QCOMPARE(QuoteVerifier::verify(text, kQuote).status, QuoteVerifier::Status::Verified);
        // The quote spanning a paragraph break, and with an NBSP.
        const QString across = QStringLiteral("to an agent with U.S. Immigration and Customs Enforcement.\u00a0 Initially the Lawrence");
        QCOMPARE(QuoteVerifier::verify(m_article, across).status, QuoteVerifier::Status::Verified);
    }

    void changedWord()
    {
        QString quote = kQuote;
        quote.replace(QStringLiteral("criticized"), QStringLiteral("praised"));
        const auto r = QuoteVerifier::verify(m_article, quote);
        QCOMPARE(r.status, QuoteVerifier::Status::Mismatch);
        // Matches up to the changed word, which is where a reporter should look.
        QCOMPARE(r.matchedPrefix, quote.indexOf(QStringLiteral("praised")));
        QCOMPARE(r.position, m_article.indexOf(QStringLiteral("Dozens of people")));
    }

    void emptyAndNoText()
    {
        QCOMPARE(QuoteVerifier::verify(m_article, QStringLiteral(" \n ")).status, QuoteVerifier::Status::EmptyQuote);
        QCOMPARE(QuoteVerifier::verify(QString(), kQuote).status, QuoteVerifier::Status::NoSourceText);
    }

    // Every quote of the bundled sample, checked against the seed article it cites.
    void sampleQuotesVerifyAgainstSeeds()
    {
        QFile f(QStringLiteral(CASELINE_SAMPLE_JSON));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QHash<QString, QuoteVerifier::Text> texts;
        for (const QJsonValue &v : root.value(QLatin1String("sources")).toArray()) {
            const QJsonObject s = v.toObject();
            texts.insert(s.value(QLatin1String("id")).toString(),
                         QuoteVerifier::Text(QString::fromUtf8(readFile(sharedPath(QStringLiteral("seeds/") + s.value(QLatin1String("file")).toString())))));
        }
        int verified = 0;
        for (const char *kind : {"events", "policy_periods"}) {
            for (const QJsonValue &v : root.value(QLatin1String(kind)).toArray()) {
                for (const QJsonValue &c : v.toObject().value(QLatin1String("citations")).toArray()) {
                    const QString quote = c[QLatin1String("quote")].toString();
                    const auto r = QuoteVerifier::verify(texts.value(c[QLatin1String("source")].toString()), quote);
                    QVERIFY2(r.status == QuoteVerifier::Status::Verified, qPrintable(quote));
                    ++verified;
                }
            }
        }
        QVERIFY(verified >= 60);
    }

    void caseFile()
    {
        auto file = CaseFile::open(m_dir.filePath(QStringLiteral("q.caseline")), CaseFile::OpenMode::CreateIfMissing);
        Source article;
        article.title = QStringLiteral("Article 000");
        article.published = PartialDate::day(2019, 7, 2);
        article.text = m_article;
        file->addSource(article);
        Source bare;
        bare.title = QStringLiteral("No text");
        file->addSource(bare);
        Jurisdiction lawrence{0, {}, QStringLiteral("Lawrence"), JurisdictionKind::City, QStringLiteral("KS"), {}, {}, {}, {}};
        file->addJurisdiction(lawrence);

        auto addEvent = [&](const QString &title, qint64 sourceId, const QString &quote) {
            Event e;
            e.jurisdictionId = lawrence.id;
            e.start = PartialDate::day(2019, 6, 27);
            e.title = title;
            Citation c;
            c.sourceId = sourceId;
            c.quote = quote;
            e.citations << c;
            file->addEvent(e);
        };
        QString curly = kQuote;
        curly.replace(QChar(0x2019), QLatin1Char('\''));
        addEvent(QStringLiteral("verbatim"), article.id, kQuote);
        addEvent(QStringLiteral("straight apostrophes"), article.id, curly);
        QString changed = kQuote;
        changed.replace(QStringLiteral("criticized"), QStringLiteral("praised"));
        addEvent(QStringLiteral("changed"), article.id, changed);
        addEvent(QStringLiteral("unchecked"), bare.id, QStringLiteral("anything"));

        const QuoteCheck check = QuoteCheck::run(*file);
        QCOMPARE(check.verified, 2);
        QCOMPARE(check.mismatched, 1);
        QCOMPARE(check.unchecked, 1);
        QCOMPARE(check.bySource.size(), 2);
        QCOMPARE(check.bySource.at(0).title, QStringLiteral("Article 000"));
        QCOMPARE(check.bySource.at(0).verified, 2);
        QCOMPARE(check.bySource.at(1).unchecked, 1);
        QCOMPARE(check.mismatches.size(), 1);
        QCOMPARE(check.mismatches.at(0).ownerTitle, QStringLiteral("changed"));
        QCOMPARE(check.mismatches.at(0).ownerKind, QStringLiteral("event"));
        QCOMPARE(check.mismatches.at(0).matchedPrefix, changed.indexOf(QStringLiteral("praised")));
    }
};

QTEST_GUILESS_MAIN(TestQuoteVerifier)
#include "TestQuoteVerifier.moc"
