// MappedInput hands the pages of a parsed CSV back in steps: resident memory falls once a step's
// worth has been consumed and at the end, not on every call, and the bytes read the same after.

#include "TestSupport.h"

#include "io/MappedInput.h"
#include "io/TextEncoding.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace caseline;

namespace {

// This process's resident bytes (Linux).
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

// The resident bytes of the mapping that holds `address` (Linux), or -1.
qint64 residentBytesOfMapping(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return -1;
    const auto at = quintptr(address);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-'), space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.endsWith(" kB")) {  // a mapping's first line
            bool okStart = false, okEnd = false;
            const quintptr start = line.left(dash).toULongLong(&okStart, 16);
            const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(&okEnd, 16);
            inside = okStart && okEnd && start <= at && at < end;
        } else if (inside && line.startsWith("Rss:")) {
            return line.mid(4).trimmed().chopped(3).trimmed().toLongLong() * 1024;
        }
    }
    return -1;
}

// Reads every page, so that all of them are resident.
QByteArray touchAll(const QByteArray &bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256); }

}  // namespace

class TestMappedInput : public QObject {
    Q_OBJECT
private slots:
    void releasesConsumedPagesInSteps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.csv"));
        constexpr qsizetype kSize = 3 * MappedInput::kReleaseStep;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray line("2019-06-27,Lawrence,KS,backup call to ICE\n");
            QByteArray content;
            while (content.size() < kSize)
                content += line;
            content.truncate(kSize);
            QCOMPARE(file.write(content), kSize);
        }
        MappedInput input(path);
        QVERIFY(input.open());
        const QByteArray &bytes = input.bytes();
        QCOMPARE(bytes.size(), kSize);
        const QByteArray digest = touchAll(bytes);
        const qint64 full = residentBytes();
        QVERIFY(full > kSize);
        constexpr qint64 kSlack = 2 * 1024 * 1024;  // the test's own allocations

        // Less than a step consumed: nothing handed back yet.
        input.releaseBefore(bytes.constData() + MappedInput::kReleaseStep / 2);
        QVERIFY2(residentBytes() > full - kSlack, qPrintable(QString::number(full - residentBytes())));
        // A step and a half: everything before that position goes.
        input.releaseBefore(bytes.constData() + MappedInput::kReleaseStep * 3 / 2);
        QVERIFY2(residentBytes() < full - MappedInput::kReleaseStep * 3 / 2 + kSlack,
                 qPrintable(QString::number(full - residentBytes())));
        // The end: the rest goes too, though less than a step remains.
        input.releaseBefore(bytes.constData() + bytes.size());
        QVERIFY2(residentBytes() < full - kSize + kSlack, qPrintable(QString::number(full - residentBytes())));

        // The pages are read in again from the file, unchanged; a position before the last one
        // (a second pass) releases from the start again.
        QCOMPARE(touchAll(bytes), digest);
        QVERIFY(residentBytes() > full - kSlack);
        input.releaseBefore(bytes.constData() + MappedInput::kReleaseStep + 4096);
        QVERIFY2(residentBytes() < full - MappedInput::kReleaseStep + kSlack,
                 qPrintable(QString::number(full - residentBytes())));
    }

    // The scan read from the file (in two halves at once) is the scan of the mapped bytes after a
    // byte order mark, and reading it leaves the mapping untouched (nothing of it resident).
    void scansTheFileWithoutTouchingTheMapping()
    {
        QTemporaryDir dir;
        const QByteArray line("2019-06-27,Espa\xC3\xB1ola,caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80\n");
        const QByteArray body = line.repeated(int(16 * 1024 * 1024 / line.size()));  // many pieces
        for (const QByteArray &content : {body, QByteArray("\xEF\xBB\xBF") + body, body + "\xE2\x80",
                                          QByteArray("\xEF\xBB\xBF")}) {
            const QString path = dir.filePath(QStringLiteral("scan.csv"));
            {
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                QCOMPARE(file.write(content), content.size());
            }
            MappedInput input(path);
            QVERIFY(input.open());
            const std::optional<InputScan> scan = input.scan();
            QVERIFY(scan);
            // Not a byte of the mapping was read: none of it is resident (one touch can map a
            // large page-cache folio whole, megabytes).
            QCOMPARE(residentBytesOfMapping(input.bytes().constData()), 0);
            const InputScan expected = InputScan::of(TextEncoding::withoutUtf8Bom(content));
            QCOMPARE(scan->firstInvalidUtf8, expected.firstInvalidUtf8);
            QCOMPARE(scan->firstNul, expected.firstNul);
            QCOMPARE(scan->lineBreaks, expected.lineBreaks);
        }
    }
};

QTEST_GUILESS_MAIN(TestMappedInput)
#include "TestMappedInput.moc"
