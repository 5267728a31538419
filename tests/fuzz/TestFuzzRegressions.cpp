// Replays every input a fuzzer once failed on (tests/fuzz/regressions/TARGET/*) through the same
// harness the fuzz target runs, and the committed bad-input corpus through every importer and
// the case-file opener, so fixed findings stay fixed in ordinary and sanitizer builds.
#include "FuzzHarness.h"
#include "TestSupport.h"

#include "io/CaseReaderRegistry.h"

#include <QDirIterator>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void regressions_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("input");
        QDirIterator it(QStringLiteral(CASELINE_FUZZ_REGRESSIONS_DIR), QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            if (info.fileName() == QLatin1String("README.md"))
                continue;
            QTest::newRow(qPrintable(info.dir().dirName() + u'/' + info.fileName()))
                << info.dir().dirName() << info.filePath();
            ++count;
        }
        if (count == 0)
            QTest::newRow("none") << QString() << QString();
    }
    void regressions()
    {
        QFETCH(QString, target);
        QFETCH(QString, input);
        if (input.isEmpty())
            QSKIP("no regression inputs committed");
        QFile file(input);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(input));
        QVERIFY2(fuzz::runTarget(target, file.readAll()), qPrintable(QStringLiteral("no fuzz target '%1'").arg(target)));
    }

    // Every hostile file through every harness: each one returns (the harness aborts on a broken
    // invariant, the sanitizers on memory errors).
    void badCorpus_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("input");
        const QDir bad(testDataPath(QStringLiteral("bad")));
        const QStringList files = bad.entryList(QDir::Files);
        QVERIFY(files.size() >= 40);
        QStringList targets{QStringLiteral("partial_date"), QStringLiteral("case_file")};
        for (const QString &key : CaseReaderRegistry::keys())
            targets << QStringLiteral("reader_") + QString(key).replace(u'-', u'_');
        for (const QString &name : files)
            for (const QString &target : std::as_const(targets))
                QTest::newRow(qPrintable(target + u' ' + name)) << target << bad.filePath(name);
    }
    void badCorpus() { regressions(); }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
