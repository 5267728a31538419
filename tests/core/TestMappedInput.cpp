// MappedInput hands the pages of a parsed CSV back in steps: resident memory falls once a step's
// worth has been consumed and at the end, not on every call, and the bytes read the same after.

#include "TestSupport.h"

#include "io/MappedInput.h"

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
};

QTEST_GUILESS_MAIN(TestMappedInput)
#include "TestMappedInput.moc"
