// SetAsideRows, where the scratch full-text index keeps the rows it puts off: every row read back
// as written and in order (empty texts, texts of any byte, rows longer than the pieces it reads
// the file in, rows cut at a piece's end), the file gone after, and a full disk reported as
// such instead of rows quietly lost.

#include "TestSupport.h"

#include "io/SetAsideRows.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace caseline;

namespace {

struct Row {
    qint64 id;
    QByteArray title, summary, quotes;
    bool operator==(const Row &) const = default;
};

QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

}  // namespace

class TestSetAsideRows : public QObject {
    Q_OBJECT
private slots:
    void givesEveryRowBackInOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("rows"));
        QRandomGenerator random(6);
        std::vector<Row> written;
        for (int i = 0; i < 20000; ++i) {
            // Mostly short rows, some empty, a few longer than a piece (1 MiB) of the file.
            const qsizetype longest = i % 5000 == 17 ? 3 * 1024 * 1024 : (i % 7 == 0 ? 0 : 300);
            written.push_back({qint64(i) * 3 + 1, randomBytes(random, random.bounded(longest + 1)),
                               randomBytes(random, random.bounded(longest + 1)), i % 2 ? QByteArray() : randomBytes(random, 40)});
        }
        SetAsideRows rows(path);
        QVERIFY(rows.isOpen());
        for (const Row &row : written)
            QVERIFY(rows.add(row.id, row.title, row.summary, row.quotes));
        QCOMPARE(rows.size(), qsizetype(written.size()));
        QVERIFY(QFileInfo(path).size() > 3 * 3 * 1024 * 1024);  // on disk, not in memory
        std::vector<Row> read;
        QVERIFY(rows.forEach([&](qint64 id, QByteArrayView title, QByteArrayView summary, QByteArrayView quotes) {
            read.push_back({id, title.toByteArray(), summary.toByteArray(), quotes.toByteArray()});
        }));
        QCOMPARE(read.size(), written.size());
        QVERIFY(read == written);
        QVERIFY(!QFileInfo::exists(path));
    }

    void noRowsReadsNothing()
    {
        QTemporaryDir dir;
        SetAsideRows rows(dir.filePath(QStringLiteral("rows")));
        int calls = 0;
        QVERIFY(rows.forEach([&](qint64, QByteArrayView, QByteArrayView, QByteArrayView) { ++calls; }));
        QCOMPARE(calls, 0);
    }

    void aFullDiskIsReported()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("needs /dev/full");
        SetAsideRows rows(QStringLiteral("/dev/full"));
        QVERIFY(rows.isOpen());
        const QByteArray text(64 * 1024, 'x');
        bool failed = false;
        for (int i = 0; i < 100 && !failed; ++i)
            failed = !rows.add(i, text, text, text);
        QVERIFY(failed);  // within the first pieces written
        QVERIFY(!rows.add(1000, "a", "b", "c"));
        QVERIFY(!rows.forEach([](qint64, QByteArrayView, QByteArrayView, QByteArrayView) {}));
    }

    void aFileCutShortIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows"));
        SetAsideRows rows(path);
        for (int i = 0; i < 5000; ++i)
            QVERIFY(rows.add(i, QByteArray(300, 't'), QByteArray(300, 's'), {}));
        // Written out (the last piece is written by forEach), then cut short by someone else.
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
        int calls = 0;
        QVERIFY(!rows.forEach([&](qint64, QByteArrayView, QByteArrayView, QByteArrayView) { ++calls; }));
        QVERIFY(calls < 5000);
    }
};

QTEST_GUILESS_MAIN(TestSetAsideRows)
#include "TestSetAsideRows.moc"
