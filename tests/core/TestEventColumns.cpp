// The in-memory snapshot of events (EventColumns) must give exactly what SQLite gives: the
// timeline's lanes and events, the table's date order and every chart, for every filter it
// answers. Each check runs both paths on the same case file and compares them.
#include "SyntheticCase.h"

#include "analysis/ChartAggregator.h"
#include "query/EventColumns.h"
#include "query/EventQuery.h"
#include "query/TimelineIndex.h"
#include "storage/EventSearchIndex.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {
const char *const kWords[] = {"detainer", "booking", "sheriff", "council", "ordinance", "raid", "backup", "vote"};

// A few hundred events over nine lanes (one without events) at day, month and year precision,
// some spanning years, with words to search for, statuses, tags and two stories (ids 1 and 2);
// some deleted so ids have gaps.
void fill(SyntheticCase &c, quint32 seed)
{
    QRandomGenerator random(seed);
    for (int lane = 0; lane < 9; ++lane)
        c.addLane(QStringLiteral("Town %1").arg(lane), lane % 2 ? QStringLiteral("KS") : QStringLiteral("TX"));
    Transaction tx(c.file->database());
    QList<qint64> sources;
    for (int k = 0; k < 12; ++k) {
        Source source;
        source.title = QStringLiteral("Report %1").arg(k);
        sources << c.file->addSource(source);
    }
    QList<qint64> ids;
    for (int i = 0; i < 700; ++i) {
        const qint64 lane = c.lanes[int(random.bounded(8)) * (i % 3 ? 1 : 0)];  // lane 0 is crowded
        const int year = 1995 + int(random.bounded(30));
        PartialDate start = PartialDate::day(year, 1 + int(random.bounded(12)), 1 + int(random.bounded(28)));
        if (i % 7 == 0)
            start = PartialDate::month(year, 1 + int(random.bounded(12)));
        else if (i % 11 == 0)
            start = PartialDate::year(year);
        const PartialDate end = i % 13 == 0 ? PartialDate::year(year + 1 + int(random.bounded(4))) : PartialDate();
        const QString title = QStringLiteral("%1 %2 item %3")
                                  .arg(QLatin1String(kWords[random.bounded(8)]), QLatin1String(kWords[random.bounded(8)]))
                                  .arg(i);
        Event e;
        e.jurisdictionId = lane;
        e.type = EventType(random.bounded(kEventTypeCount));
        e.start = start;
        e.end = end;
        e.title = title;
        e.status = i % 5 == 1 ? EventStatus::Disputed : i % 7 == 2 ? EventStatus::Unverified : EventStatus::Confirmed;
        if (i % 3 == 0)
            e.tags << QStringLiteral("jail");
        if (i % 4 == 1)
            e.tags << QStringLiteral("ice");
        if (i % 10 == 3)
            e.tags << QStringLiteral("Jail");  // tags match exactly, case included
        // Most events cite one of the sources, a few cite two: the charts list the sources cited.
        for (int k = 0; k < (i % 4 == 0 ? 0 : i % 9 == 0 ? 2 : 1); ++k) {
            Citation citation;
            citation.sourceId = sources[int(random.bounded(quint32(sources.size())))];
            citation.quote = title;
            e.citations << citation;
        }
        ids << c.file->addEvent(e);
    }
    for (const int every : {6, 9}) {
        Story story;
        story.name = QStringLiteral("Every %1th").arg(every);
        for (int i = 2; i < ids.size(); i += every)
            story.entries << StoryEntry{ids[i], {}};
        c.file->addStory(story);
    }
    for (int i = 0; i < ids.size(); i += 5)
        c.file->removeEvent(ids[i]);
    tx.commit();
}

QList<EventFilter> filters(const QList<qint64> &lanes)
{
    QList<EventFilter> list;
    list << EventFilter();
    EventFilter f;
    f.types = {EventType::Detainer, EventType::Raid};
    list << f;
    f = EventFilter();
    f.from = PartialDate::year(2005);
    f.to = PartialDate::month(2012, 6);
    list << f;
    f.types = {EventType::Ordinance};
    list << f;
    f = EventFilter();
    f.jurisdictionIds = {lanes[2], lanes[0], lanes[8]};  // the last one holds no event
    list << f;
    f.from = PartialDate::day(2010, 3, 4);
    list << f;
    f = EventFilter();
    f.searchText = QStringLiteral("detainer");
    list << f;
    f.searchText = QStringLiteral("DETAIN book");  // prefixes, any case
    f.types = {EventType::Detention, EventType::Arrest, EventType::BackupCall, EventType::Statement};
    f.from = PartialDate::year(2000);
    list << f;
    f.jurisdictionIds = {lanes[1]};
    list << f;
    f = EventFilter();
    f.stanceFamilies = {StanceFamily::LimitsCooperation};  // the stance on the event's date
    list << f;
    f.stanceFamilies = {StanceFamily::Agreement287g, StanceFamily::Neither};
    f.types = {EventType::Detainer, EventType::Raid, EventType::BackupCall};
    f.from = PartialDate::year(2004);
    list << f;
    f = EventFilter();
    f.stanceFamilies = {StanceFamily::Agreement287g};
    f.searchText = QStringLiteral("detainer");
    list << f;
    f = EventFilter();
    f.statuses = {EventStatus::Disputed};
    list << f;
    f.statuses = {EventStatus::Confirmed, EventStatus::Unverified};
    f.types = {EventType::Detainer, EventType::Raid, EventType::BackupCall, EventType::Statement};
    list << f;
    f = EventFilter();
    f.tags = {QStringLiteral("jail")};
    list << f;
    f.tags = {QStringLiteral("ice"), QStringLiteral("Jail")};  // either
    f.from = PartialDate::year(2001);
    list << f;
    f.searchText = QStringLiteral("detainer");
    f.statuses = {EventStatus::Confirmed};
    list << f;
    f = EventFilter();
    f.storyId = 1;
    list << f;
    f.storyId = 2;
    f.tags = {QStringLiteral("jail")};
    f.jurisdictionIds = {lanes[0], lanes[3]};
    list << f;
    f.stanceFamilies = {StanceFamily::Neither};
    f.statuses = {EventStatus::Disputed, EventStatus::Confirmed};
    list << f;
    f = EventFilter();
    f.storyId = 99;  // no such story
    list << f;
    f = EventFilter();
    f.tags = {QStringLiteral("nowhere")};
    list << f;
    f = EventFilter();
    f.searchText = QStringLiteral("nowhere");
    list << f;
    f.searchText = QStringLiteral("  -- ");  // no words: no condition
    list << f;
    return list;
}

QString describe(const EventFilter &f)
{
    return QStringLiteral("types %1, from %2, to %3, lanes %4, words '%5', statuses %6, tags %7, story %8")
        .arg(f.types.size())
        .arg(f.from.toIsoString(), f.to.toIsoString())
        .arg(f.jurisdictionIds.size())
        .arg(f.searchText)
        .arg(f.statuses.size())
        .arg(f.tags.join(QLatin1Char(',')))
        .arg(f.storyId);
}

QString laneText(TimelineIndex &index, qint64 lane)
{
    const TimelineLaneEvents &events = index.events(lane);
    QStringList out;
    for (int i = 0; i < events.size(); ++i)
        out << QStringLiteral("%1:%2-%3/%4").arg(events.id(i)).arg(events.firstDay(i)).arg(events.lastDay(i)).arg(events.type(i));
    return out.join(QLatin1Char(' '));
}

QString indexText(TimelineIndex &index)
{
    QStringList out;
    out << QString::number(index.matchingEventCount());
    const auto extent = index.dayExtent();
    out << (extent ? QStringLiteral("%1..%2").arg(extent->first).arg(extent->second) : QStringLiteral("none"));
    for (qint64 id : index.orderedLaneIds(TimelineLaneOrder::EventCount)) {
        const TimelineLane *lane = index.lane(id);
        out << QStringLiteral("%1 n=%2 %3..%4 [%5]").arg(id).arg(lane->eventCount).arg(lane->firstDay).arg(lane->lastDay)
                   .arg(laneText(index, id));
    }
    return out.join(QLatin1Char('\n'));
}

// Everything a snapshot answers, as text: rows in order, the date order, lanes and id lookups.
QString snapshotText(const EventColumns &c, const QList<qint64> &lanes, const QList<qint64> &ids)
{
    QStringList out;
    for (qint32 r = 0; r < qint32(c.size()); ++r)
        out << QStringLiteral("%1 %2 %3-%4 %5").arg(c.id(r)).arg(c.jurisdictionId(r)).arg(c.firstDay(r)).arg(c.lastDay(r)).arg(c.type(r));
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QStringList byDate;
        for (qint64 id : c.allIdsByDate(order))
            byDate << QString::number(id);
        out << byDate.join(QLatin1Char(','));
    }
    for (qint64 lane : lanes)
        out << QStringLiteral("lane %1: %2-%3").arg(lane).arg(c.laneRows(lane).first).arg(c.laneRows(lane).second);
    for (qint64 id : ids)
        out << QStringLiteral("row of %1: %2").arg(id).arg(c.rowOf(id) ? *c.rowOf(id) : -1);
    for (qint32 r = 0; r < qint32(c.size()); ++r) {
        QList<qint64> cited = c.sourcesCitedBy({r});
        std::sort(cited.begin(), cited.end());
        QStringList text;
        for (qint64 source : cited)
            text << QString::number(source);
        out << QStringLiteral("%1 cites %2").arg(c.id(r)).arg(text.join(QLatin1Char(',')));
    }
    QList<qint64> anyCited = c.sourcesCitedByAnyEvent();
    std::sort(anyCited.begin(), anyCited.end());
    QStringList anyText;
    for (qint64 source : anyCited)
        anyText << QString::number(source);
    out << QStringLiteral("cited by any event: %1").arg(anyText.join(QLatin1Char(',')));
    return out.join(QLatin1Char('\n'));
}

QString chartText(const ChartData &d)
{
    return QStringList{d.toCsv(), d.caption(), QString::number(d.eventCount), QString::number(d.jurisdictionCount),
                       d.sources.join(QLatin1Char('|'))}
        .join(QLatin1Char('\n'));
}
}  // namespace

class TestEventColumns : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Returns how many filters matched some event, so a case that matches nothing cannot pass
    // for one that agrees.
    int compareEverything(CaseFile &file, const QList<qint64> &lanes)
    {
        int matched = 0;
        const std::shared_ptr<const EventColumns> columns = EventColumns::read(file);
        if (!columns || columns->size() != EventQuery(file).count(EventFilter()))
            return -1;
        for (const EventFilter &filter : filters(lanes)) {
            const QString what = describe(filter);
            TimelineIndex fromSql(file);
            TimelineIndex fromMemory(file);
            fromMemory.setColumns(columns);
            fromSql.setFilter(filter);
            fromMemory.setFilter(filter);
            matched += fromSql.matchingEventCount() > 0 ? 1 : 0;
            if (indexText(fromMemory) != indexText(fromSql)) {
                qWarning("timeline differs for %s:\n%s\n--- SQLite:\n%s", qPrintable(what), qPrintable(indexText(fromMemory)),
                         qPrintable(indexText(fromSql)));
                return -1;
            }
            const EventQuery query(file);
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                if (query.eventIds(filter, EventQuery::SortColumn::Date, order, columns.get())
                    != query.eventIds(filter, EventQuery::SortColumn::Date, order)) {
                    qWarning("table order differs for %s", qPrintable(what));
                    return -1;
                }

            for (const auto kind : {ChartRequest::Kind::Adoption, ChartRequest::Kind::ByStance, ChartRequest::Kind::EventStudy,
                                    ChartRequest::Kind::Ranking}) {
                ChartRequest request;
                request.kind = kind;
                request.filter = filter;
                const QString memory = chartText(ChartAggregator(file, columns).compute(request));
                const QString sql = chartText(ChartAggregator(file).compute(request));
                if (memory != sql) {
                    qWarning("chart %s differs for %s:\n%s\n--- SQLite:\n%s", qPrintable(ChartRequest::kindKey(kind)),
                             qPrintable(what), qPrintable(memory), qPrintable(sql));
                    return -1;
                }
            }
        }
        return matched;
    }

private slots:
    void sameAsSqlite()
    {
        SyntheticCase c(m_dir.filePath(QStringLiteral("dense.caseline")));
        fill(c, 6);
        c.addPeriod(c.lanes[0], Stance::SanctuaryOrdinance, PartialDate::year(2008));
        c.addPeriod(c.lanes[1], Stance::JailEnforcement287g, PartialDate::month(2003, 5), PartialDate::year(2016));
        c.addPeriod(c.lanes[3], Stance::TaskForce287g, PartialDate::day(2019, 2, 1));
        // A status this version does not know (a newer or foreign file): no status filter keeps it.
        c.file->database().exec(QStringLiteral("UPDATE event SET status = 7 WHERE id % 17 = 0"));
        QVERIFY(compareEverything(*c.file, c.lanes) >= 16);
    }

    // Ids far apart (a file edited for years, or merged) take the snapshot's sparse lookup.
    void sameAsSqliteWithSparseIds()
    {
        SyntheticCase c(m_dir.filePath(QStringLiteral("sparse.caseline")));
        fill(c, 7);
        Database &db = c.file->database();
        db.exec(QStringLiteral(
            "BEGIN; PRAGMA defer_foreign_keys = ON; UPDATE event SET id = id * 1000 + 7; "
            "UPDATE citation SET event_id = event_id * 1000 + 7; UPDATE event_tag SET event_id = event_id * 1000 + 7; "
            "UPDATE story_entry SET event_id = event_id * 1000 + 7; INSERT INTO event_fts(event_fts) VALUES ('delete-all')"));
        db.exec(EventSearchIndex::fillSql());
        db.exec(QStringLiteral("COMMIT"));
        QCOMPARE(c.file->database().pragmaInt(QStringLiteral("foreign_key_check")), 0);
        QVERIFY(compareEverything(*c.file, c.lanes) >= 16);
        const auto columns = EventColumns::read(*c.file);
        QVERIFY(!columns->rowOf(8));
        QVERIFY(columns->rowOf(2 * 1000 + 7));
    }

    // Edits (moves in time and between lanes, new events, removals) patched into a snapshot give
    // exactly the snapshot a fresh read gives.
    void patchedEqualsFreshRead()
    {
        SyntheticCase c(m_dir.filePath(QStringLiteral("patch.caseline")));
        fill(c, 9);
        QRandomGenerator random(10);
        std::shared_ptr<const EventColumns> columns = EventColumns::read(*c.file);
        QList<qint64> sources;
        for (const Source &source : c.file->sources())
            sources << source.id;
        for (int round = 0; round < 12; ++round) {
            QList<qint64> existing;
            for (qint32 r = 0; r < qint32(columns->size()); ++r)
                existing << columns->id(r);
            QList<qint64> touched;
            const int edits = round == 11 ? 0 : 1 + int(random.bounded(round < 6 ? 3 : 40));
            Transaction tx(c.file->database());
            for (int k = 0; k < edits; ++k) {
                const qint64 id = existing[int(random.bounded(quint32(existing.size())))];
                switch (random.bounded(6)) {
                case 0: {  // moved in time, maybe retyped
                    Event e = *c.file->event(id);
                    e.start = PartialDate::day(1990 + int(random.bounded(40)), 1 + int(random.bounded(12)), 1 + int(random.bounded(28)));
                    e.end = PartialDate();
                    e.type = EventType(random.bounded(kEventTypeCount));
                    c.file->updateEvent(e);
                    touched << id;
                    break;
                }
                case 1: {  // to another lane (also the empty one)
                    Event e = *c.file->event(id);
                    e.jurisdictionId = c.lanes[int(random.bounded(9))];
                    c.file->updateEvent(e);
                    touched << id;
                    break;
                }
                case 2: {  // cites other sources, stays in place
                    Event e = *c.file->event(id);
                    if (!e.citations.isEmpty() && random.bounded(2))
                        e.citations.removeLast();
                    else {
                        Citation citation;
                        citation.sourceId = sources[int(random.bounded(quint32(sources.size())))];
                        e.citations << citation;
                    }
                    c.file->updateEvent(e);
                    touched << id;
                    break;
                }
                case 4: {  // another status and tags, stays in place
                    Event e = *c.file->event(id);
                    e.status = EventStatus(random.bounded(3));
                    e.tags = random.bounded(2) ? QStringList{QStringLiteral("jail")} : QStringList();
                    c.file->updateEvent(e);
                    touched << id;
                    break;
                }
                case 3:
                    if (!touched.contains(id)) {
                        c.file->removeEvent(id);
                        existing.removeOne(id);
                        touched << id;
                    }
                    break;
                default:
                    touched << c.addEvent(c.lanes[int(random.bounded(9))], PartialDate::year(1980 + int(random.bounded(50))),
                                          EventType(random.bounded(kEventTypeCount)));
                }
            }
            touched << 999999;  // an id that never existed changes nothing
            // Some rounds change a lane's stance from a date on, with or without edited events.
            const bool periodsChanged = round % 3 == 1;
            if (periodsChanged)
                c.addPeriod(c.lanes[int(random.bounded(9))], round % 2 ? Stance::SanctuaryOrdinance : Stance::JailEnforcement287g,
                            PartialDate::year(1995 + int(random.bounded(30))));
            tx.commit();
            const auto patched = columns->patched(*c.file, touched, periodsChanged);
            const auto fresh = EventColumns::read(*c.file);
            QList<qint64> ids = existing + touched;
            QCOMPARE(snapshotText(*patched, c.lanes, ids), snapshotText(*fresh, c.lanes, ids));
            for (const StanceFamily family : {StanceFamily::LimitsCooperation, StanceFamily::Agreement287g, StanceFamily::Neither}) {
                EventFilter byStance;
                byStance.stanceFamilies = {family};
                QCOMPARE(patched->matchingRows(*c.file, byStance), fresh->matchingRows(*c.file, byStance));
            }
            for (const EventStatus status : {EventStatus::Confirmed, EventStatus::Disputed, EventStatus::Unverified}) {
                EventFilter byStatus;
                byStatus.statuses = {status};
                QCOMPARE(patched->matchingRows(*c.file, byStatus), fresh->matchingRows(*c.file, byStatus));
                byStatus.tags = {QStringLiteral("jail")};
                QCOMPARE(patched->matchingRows(*c.file, byStatus), fresh->matchingRows(*c.file, byStatus));
            }
            columns = patched;  // the next round patches a patched snapshot
        }
        QVERIFY(columns->size() > 300);
    }

    // Many edits that move nothing (a long editing session): the events read again pile up beside
    // the table read first until they are folded into a new one, and every answer stays exact.
    void longEditingSessionStaysExact()
    {
        SyntheticCase c(m_dir.filePath(QStringLiteral("session.caseline")));
        fill(c, 14);
        QRandomGenerator random(15);
        std::shared_ptr<const EventColumns> columns = EventColumns::read(*c.file);
        const std::shared_ptr<const EventColumns> first = columns;
        QList<qint64> sources;
        for (const Source &source : c.file->sources())
            sources << source.id;
        QSet<qint64> edited;
        for (int round = 0; round < 40; ++round) {
            QList<qint64> touched;
            Transaction tx(c.file->database());
            for (int k = 0; k < 12; ++k) {
                Event e = *c.file->event(columns->id(qint32(random.bounded(quint32(columns->size())))));
                e.status = EventStatus(random.bounded(3));
                e.citations = {Citation()};
                e.citations.first().sourceId = sources[int(random.bounded(quint32(sources.size())))];
                c.file->updateEvent(e);
                touched << e.id;
                edited << e.id;
            }
            tx.commit();
            columns = columns->patched(*c.file, touched);
            QCOMPARE(columns.get(), first.get());  // nothing moved: the same snapshot throughout
            const auto fresh = EventColumns::read(*c.file);
            QCOMPARE(snapshotText(*columns, c.lanes, {}), snapshotText(*fresh, c.lanes, {}));
            for (const EventStatus status : {EventStatus::Confirmed, EventStatus::Disputed, EventStatus::Unverified}) {
                EventFilter byStatus;
                byStatus.statuses = {status};
                QCOMPARE(columns->matchingRows(*c.file, byStatus), fresh->matchingRows(*c.file, byStatus));
            }
        }
        QVERIFY(edited.size() > 300);  // past the point where the re-read events are folded in
    }

    // An edit that moves no event (a new title) keeps the snapshot itself, so views keep what
    // they built from it; a search then asks the full-text index again, not the last answer.
    void unmovedEditKeepsTheSnapshot()
    {
        SyntheticCase c(m_dir.filePath(QStringLiteral("unmoved.caseline")));
        fill(c, 11);
        const auto columns = EventColumns::read(*c.file);
        const qint64 id = columns->id(5);
        EventFilter search;
        search.searchText = QStringLiteral("zanzibar");
        QVERIFY(columns->matchingRows(*c.file, search).empty());
        Event e = *c.file->event(id);
        e.title += QStringLiteral(" zanzibar");
        // Cites one source only, one the event did not cite before: charts list it from now on.
        const qint32 row = *columns->rowOf(id);
        const QList<qint64> citedBefore = columns->sourcesCitedBy({row});
        qint64 other = 0;
        for (const Source &source : c.file->sources())
            if (!citedBefore.contains(source.id))
                other = source.id;
        QVERIFY(other);
        e.citations = {Citation()};
        e.citations.first().sourceId = other;
        c.file->updateEvent(e);
        const auto patched = columns->patched(*c.file, {id});
        QCOMPARE(patched.get(), columns.get());
        const std::vector<qint32> found = patched->matchingRows(*c.file, search);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(patched->id(found.front()), id);
        QCOMPARE(patched->sourcesCitedBy({row}), QList<qint64>{other});
        // And again: only what it cites now counts.
        e.citations.first().sourceId = citedBefore.isEmpty() ? c.file->sources().first().id : citedBefore.first();
        QVERIFY(e.citations.first().sourceId != other);
        c.file->updateEvent(e);
        QCOMPARE(patched->patched(*c.file, {id})->sourcesCitedBy({row}), QList<qint64>{e.citations.first().sourceId});

        // Moved in time, or gone: a new snapshot, as a fresh read gives it.
        e.start = PartialDate::year(1971);
        c.file->updateEvent(e);
        const auto moved = columns->patched(*c.file, {id});
        QVERIFY(moved.get() != columns.get());
        QCOMPARE(moved->allIdsByDate(Qt::AscendingOrder).first(), id);
        c.file->removeEvent(columns->id(6));
        QVERIFY(moved->patched(*c.file, {columns->id(6)}).get() != moved.get());
        QCOMPARE(moved->patched(*c.file, {columns->id(6)})->size(), columns->size() - 1);
    }

    // The table finds an event's row in a date-ordered list by a binary search on the snapshot.
    void positionByDateFindsEveryRow()
    {
        SyntheticCase c(m_dir.filePath(QStringLiteral("position.caseline")));
        fill(c, 12);
        const auto columns = EventColumns::read(*c.file);
        EventFilter filtered;
        filtered.types = {EventType::Detainer, EventType::Raid, EventType::Ordinance};
        const std::vector<qint32> rows = columns->matchingRows(*c.file, filtered);
        QVERIFY(rows.size() > 20 && rows.size() < size_t(columns->size()));
        int checked = 0;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const QList<qint64> &list : {columns->allIdsByDate(order), columns->idsByDate(rows, order)}) {
                for (qsizetype i = 0; i < list.size(); ++i, ++checked)
                    QCOMPARE(columns->positionByDate(list, order, list[i]), i);
                for (qint32 r = 0; r < qint32(columns->size()); ++r)
                    if (!list.contains(columns->id(r)))
                        QCOMPARE(columns->positionByDate(list, order, columns->id(r)), qsizetype(-1));
                QCOMPARE(columns->positionByDate(list, order, 999999), qsizetype(-1));
            }
        }
        QVERIFY(checked > 1000);
        // The kept list of every event is the one a walk of the date order gives.
        QList<qint64> walked = columns->allIdsByDate(Qt::DescendingOrder);
        std::reverse(walked.begin(), walked.end());
        QCOMPARE(columns->allIdsByDate(Qt::AscendingOrder), walked);
    }

    void emptyCase()
    {
        SyntheticCase c(m_dir.filePath(QStringLiteral("empty.caseline")));
        c.addLane(QStringLiteral("Quiet"), QStringLiteral("KS"));
        const auto columns = EventColumns::read(*c.file);
        QCOMPARE(columns->size(), 0);
        QVERIFY(columns->allIdsByDate(Qt::AscendingOrder).isEmpty());
        QCOMPARE(compareEverything(*c.file, QList<qint64>(9, c.lanes[0])), 0);
    }

    // The window reads the citations on a second connection while the first reads the events.
    void citationsFromASecondConnectionAreTheSame()
    {
        SyntheticCase c(m_dir.filePath(QStringLiteral("second.caseline")));
        fill(c, 13);
        auto second = CaseFile::open(c.file->path());
        const auto both = EventColumns::read(*c.file, nullptr, second.get());
        const auto one = EventColumns::read(*c.file);
        QVERIFY(both && one);
        QCOMPARE(snapshotText(*both, c.lanes, {}), snapshotText(*one, c.lanes, {}));
        QVERIFY(!both->sourcesCitedBy({0, 1, 2, 3, 4, 5, 6, 7}).isEmpty());
        const std::atomic<bool> cancel{true};
        QVERIFY(!EventColumns::read(*c.file, &cancel, second.get()));
    }

    void cancelledReadGivesNothing()
    {
        SyntheticCase c(m_dir.filePath(QStringLiteral("cancel.caseline")));
        fill(c, 8);
        const std::atomic<bool> cancel{true};
        QVERIFY(!EventColumns::read(*c.file, &cancel));
    }
};

QTEST_GUILESS_MAIN(TestEventColumns)
#include "TestEventColumns.moc"
