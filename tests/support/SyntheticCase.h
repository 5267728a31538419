#pragma once

#include "storage/CaseFile.h"
#include "storage/Database.h"

#include <QList>

namespace caseline::test {

// Small case files built through CaseFile, for timeline tests: jurisdictions and day-precision
// events written in one transaction (one sync to disk instead of one per event).
struct SyntheticCase {
    std::unique_ptr<CaseFile> file;
    QList<qint64> lanes;  // jurisdiction ids in creation order

    explicit SyntheticCase(const QString &path)
        : file(CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing)) {}

    qint64 addLane(const QString &name, const QString &state)
    {
        Jurisdiction j;
        j.name = name;
        j.state = state;
        j.kind = JurisdictionKind::City;
        lanes.append(file->addJurisdiction(j));
        return lanes.last();
    }

    qint64 addEvent(qint64 lane, const PartialDate &start, EventType type = EventType::Statement,
                    const QString &title = QString(), const PartialDate &end = PartialDate())
    {
        Event e;
        e.jurisdictionId = lane;
        e.type = type;
        e.start = start;
        e.end = end;
        e.title = title.isEmpty() ? QStringLiteral("Event on %1").arg(start.toIsoString()) : title;
        return file->addEvent(e);
    }

    qint64 addPeriod(qint64 lane, Stance stance, const PartialDate &start, const PartialDate &end = PartialDate())
    {
        PolicyPeriod p;
        p.jurisdictionId = lane;
        p.stance = stance;
        p.start = start;
        p.end = end;
        return file->addPolicyPeriod(p);
    }
};

inline qint64 julian(int y, int m, int d) { return PartialDate::day(y, m, d).firstJulianDay(); }

}  // namespace caseline::test
