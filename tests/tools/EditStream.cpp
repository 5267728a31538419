// edit_stream CASEFILE: a helper for test_kill_safety, not a test. Opens the case file and adds
// events one by one through the core API, printing each new event's id on its own line (flushed)
// only after addEvent() has returned — i.e. after the edit is promised to be on disk. Runs until
// killed (or 1,000,000 events).
#include "model/Event.h"
#include "model/Jurisdiction.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QCoreApplication>

#include <cstdio>

using namespace caseline;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: edit_stream CASEFILE\n");
        return 1;
    }
    try {
        auto file = CaseFile::open(QString::fromLocal8Bit(argv[1]), CaseFile::OpenMode::CreateIfMissing);
        qint64 lane = 0;
        if (auto existing = file->findJurisdiction(QStringLiteral("Edit Stream"), QStringLiteral("KS")))
            lane = existing->id;
        else {
            Jurisdiction j;
            j.key = QStringLiteral("edit-stream-lane");
            j.name = QStringLiteral("Edit Stream");
            j.state = QStringLiteral("KS");
            lane = file->addJurisdiction(j);
        }
        const qint64 first = file->eventCount();
        for (qint64 i = first; i < 1000000; ++i) {
            Event e;
            e.key = QStringLiteral("edit-stream-%1").arg(i);
            e.jurisdictionId = lane;
            e.type = EventType::Statement;
            e.start = PartialDate::day(2019, 1 + int(i % 12), 1 + int(i % 28));
            e.title = QStringLiteral("Edit %1").arg(i);
            e.summary = QStringLiteral("Written one by one, each in its own transaction.");
            file->addEvent(e);
            std::printf("%lld\n", static_cast<long long>(e.id));
            std::fflush(stdout);
        }
    } catch (const CaseFileError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 3;
    }
    return 0;
}
