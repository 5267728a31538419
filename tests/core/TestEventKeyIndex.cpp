// EventKeyIndex, the CSV import's table of the event keys read so far: every key found under the
// number it was added with, absent keys not found, through growth from nothing and from a
// reserved size, with keys that differ only in their last byte or in length.

#include "TestSupport.h"

#include "io/EventKeyIndex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace caseline;

namespace {

QByteArray keyNumber(int i) { return "csv:" + QByteArray::number(i, 16).rightJustified(16, '0'); }

}  // namespace

class TestEventKeyIndex : public QObject {
    Q_OBJECT
private slots:
    void findsEveryKeyItWasGiven_data()
    {
        QTest::addColumn<int>("reserved");
        QTest::newRow("grows from nothing") << 0;
        QTest::newRow("reserved") << 60000;
        QTest::newRow("reserved too few") << 1000;
    }
    void findsEveryKeyItWasGiven()
    {
        QFETCH(int, reserved);
        EventKeyIndex index;
        if (reserved)
            index.reserve(reserved);
        constexpr int kKeys = 50000;
        for (int i = 0; i < kKeys; ++i) {
            QCOMPARE(index.find(keyNumber(i)), -1);
            QCOMPARE(index.add(keyNumber(i), {i + 2, size_t(i) * 7919}), qsizetype(i));
        }
        QCOMPARE(index.size(), kKeys);
        for (int i = 0; i < kKeys; ++i) {
            const qsizetype found = index.find(keyNumber(i));
            QCOMPARE(found, qsizetype(i));
            QCOMPARE(index.entry(found).line, i + 2);
            QCOMPARE(index.entry(found).fingerprint, size_t(i) * 7919);
        }
        // Near misses: another last byte, one byte more or less, the empty key.
        for (int i = 0; i < kKeys; i += 97) {
            QByteArray key = keyNumber(i);
            key[key.size() - 1] = 'x';
            QCOMPARE(index.find(key), -1);
            QCOMPARE(index.find(keyNumber(i) + '0'), -1);
            QCOMPARE(index.find(keyNumber(i).chopped(1)), -1);
        }
        QCOMPARE(index.find(QByteArrayView()), -1);
    }

    // Random UTF-8 keys of any length, some sharing long prefixes.
    void randomKeys()
    {
        QRandomGenerator random(20261201);
        EventKeyIndex index;
        QList<QByteArray> keys;
        QSet<QByteArray> seen;
        while (keys.size() < 20000) {
            QByteArray key = random.bounded(4) == 0 ? QByteArray("the same long prefix of a key, then ") : QByteArray();
            const int length = int(random.bounded(1, 40));
            for (int i = 0; i < length; ++i)
                key += char(random.bounded(32, 127));
            if (seen.contains(key))
                continue;
            seen.insert(key);
            QCOMPARE(index.add(key, {int(keys.size()), 0}), keys.size());
            keys.append(key);
        }
        for (qsizetype i = 0; i < keys.size(); ++i)
            QCOMPARE(index.find(keys[i]), i);
        QCOMPARE(index.find(QByteArray("not among them, far too long to be one of the random keys")), -1);
    }
};

QTEST_GUILESS_MAIN(TestEventKeyIndex)
#include "TestEventKeyIndex.moc"
