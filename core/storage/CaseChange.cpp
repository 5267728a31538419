#include "CaseChange.h"

#include "CaseFile.h"

#include <QSet>

namespace caseline {

namespace {
template <typename T, typename Load, typename Add, typename Update>
void upsert(QList<T> &items, Load load, Add add, Update update)
{
    for (T &item : items) {
        if (item.id > 0 && load(item.id))
            update(item);
        else
            add(item);
    }
}

// Stories that mention any of the events, as they are now.
QList<Story> storiesMentioning(CaseFile &file, const QSet<qint64> &eventIds)
{
    QList<Story> result;
    for (const Story &story : file.stories())
        for (const StoryEntry &entry : story.entries)
            if (eventIds.contains(entry.eventId)) {
                result.append(story);
                break;
            }
    return result;
}
}  // namespace

void CaseChange::apply(CaseFile &file)
{
    Transaction tx(file.database());
    for (qint64 id : removeStories)
        file.removeStory(id);
    for (qint64 id : removeEvents)
        file.removeEvent(id);
    for (qint64 id : removePeriods)
        file.removePolicyPeriod(id);
    for (qint64 id : removeJurisdictions)
        file.removeJurisdiction(id);
    for (qint64 id : removeSources)
        file.removeSource(id);
    upsert(jurisdictions, [&](qint64 id) { return file.jurisdiction(id).has_value(); },
           [&](Jurisdiction &j) { file.addJurisdiction(j); }, [&](const Jurisdiction &j) { file.updateJurisdiction(j); });
    upsert(sources, [&](qint64 id) { return file.source(id).has_value(); },
           [&](Source &s) { file.addSource(s); }, [&](const Source &s) { file.updateSource(s); });
    upsert(periods, [&](qint64 id) { return file.policyPeriod(id).has_value(); },
           [&](PolicyPeriod &p) { file.addPolicyPeriod(p); }, [&](const PolicyPeriod &p) { file.updatePolicyPeriod(p); });
    upsert(events, [&](qint64 id) { return file.event(id).has_value(); },
           [&](Event &e) { file.addEvent(e); }, [&](const Event &e) { file.updateEvent(e); });
    upsert(stories, [&](qint64 id) { return file.story(id).has_value(); },
           [&](Story &s) { file.addStory(s); }, [&](const Story &s) { file.updateStory(s); });
    tx.commit();
}

CaseChange CaseChange::restoringEvents(CaseFile &file, const QList<qint64> &eventIds)
{
    CaseChange change;
    QSet<qint64> ids;
    for (qint64 id : eventIds)
        if (auto e = file.event(id)) {
            change.events.append(*e);
            ids.insert(id);
        }
    change.stories = storiesMentioning(file, ids);
    return change;
}

CaseChange CaseChange::restoringJurisdiction(CaseFile &file, qint64 jurisdictionId)
{
    CaseChange change;
    if (auto j = file.jurisdiction(jurisdictionId))
        change.jurisdictions.append(*j);
    change.periods = file.policyPeriods(jurisdictionId);
    Statement st = file.database().prepare(QStringLiteral("SELECT id FROM event WHERE jurisdiction_id = ?1"));
    st.bind(1, jurisdictionId);
    QList<qint64> eventIds;
    while (st.step())
        eventIds.append(st.int64(0));
    const CaseChange events = restoringEvents(file, eventIds);
    change.events = events.events;
    change.stories = events.stories;
    return change;
}

}  // namespace caseline
