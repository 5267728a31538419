#include "CaseDataWriter.h"

#include "storage/CaseChange.h"
#include "storage/CaseFile.h"

#include <QHash>

namespace caseline {

namespace {
QList<Citation> resolve(const QList<CaseData::LinkedCitation> &linked, const QHash<QString, qint64> &sourceIds)
{
    QList<Citation> result;
    for (const auto &l : linked) {
        Citation c = l.citation;
        c.sourceId = sourceIds.value(l.sourceKey);
        result.append(c);
    }
    return result;
}
}  // namespace

void CaseDataWriter::step(qint64 &done, qint64 total)
{
    constexpr qint64 kReportEvery = 512;
    if (++done % kReportEvery == 0 && m_progress && !m_progress(done, total))
        throw ImportCancelled{};
}

CaseDataWriter::Counts CaseDataWriter::write(const CaseData &data)
{
    Counts counts;
    qint64 done = 0;
    const qint64 total = data.sources.size() + data.jurisdictions.size() + data.periods.size() + data.events.size()
        + data.stories.size();
    Transaction tx(m_file.database());
    const auto tally = [&](bool existed) { existed ? ++counts.updated : ++counts.added; };

    if (!data.title.isEmpty() && m_file.info(QStringLiteral("title")).isEmpty())
        m_file.setInfo(QStringLiteral("title"), data.title);
    if (!data.description.isEmpty() && m_file.info(QStringLiteral("description")).isEmpty())
        m_file.setInfo(QStringLiteral("description"), data.description);

    QHash<QString, qint64> sourceIds;
    for (Source s : data.sources) {
        const auto existing = m_file.sourceByKey(s.key);
        if (existing) {
            s.id = existing->id;
            m_file.updateSource(s);
        } else {
            m_file.addSource(s);
        }
        remember(&CaseChange::sources, &CaseChange::removeSources, existing, s);
        tally(existing.has_value());
        step(done, total);
        sourceIds.insert(s.key, s.id);
        ++counts.sources;
    }

    QHash<QString, qint64> jurisdictionIds;
    for (Jurisdiction j : data.jurisdictions) {
        const QString inputKey = j.key;
        auto existing = m_file.jurisdictionByKey(j.key);
        const bool sameKey = existing.has_value();
        if (!existing)
            existing = m_file.findJurisdiction(j.name, j.state);
        if (existing) {
            j.id = existing->id;
            j.key = existing->key;
            // Found by name and state, the lane came from elsewhere (the user, another
            // import): what the case says about it stays, and the import only fills gaps.
            // Found by key, the import refreshes its own lane, but what it does not know (a
            // county, a FIPS code, a population) never erases what the case already has.
            if (!sameKey) {
                j.name = existing->name;
                j.kind = existing->kind;
            }
            if (j.county.isEmpty() || (!sameKey && !existing->county.isEmpty()))
                j.county = existing->county;
            if (j.fips.isEmpty() || (!sameKey && !existing->fips.isEmpty()))
                j.fips = existing->fips;
            if (!j.population || (!sameKey && existing->population)) {
                j.population = existing->population;
                j.populationYear = existing->populationYear;
            }
            m_file.updateJurisdiction(j);
        } else {
            m_file.addJurisdiction(j);
        }
        remember(&CaseChange::jurisdictions, &CaseChange::removeJurisdictions, existing, j);
        tally(existing.has_value());
        step(done, total);
        jurisdictionIds.insert(inputKey, j.id);
        ++counts.jurisdictions;
    }

    for (const auto &linked : data.periods) {
        PolicyPeriod p = linked.period;
        p.jurisdictionId = jurisdictionIds.value(linked.jurisdictionKey);
        p.citations = resolve(linked.citations, sourceIds);
        const auto existing = m_file.policyPeriodByKey(p.key);
        if (existing) {
            p.id = existing->id;
            m_file.updatePolicyPeriod(p);
        } else {
            m_file.addPolicyPeriod(p);
        }
        remember(&CaseChange::periods, &CaseChange::removePeriods, existing, p);
        tally(existing.has_value());
        step(done, total);
        ++counts.periods;
    }

    QHash<QString, qint64> eventIds;
    for (const auto &linked : data.events) {
        Event e = linked.event;
        e.jurisdictionId = jurisdictionIds.value(linked.jurisdictionKey);
        e.citations = resolve(linked.citations, sourceIds);
        const auto existing = m_file.eventByKey(e.key);
        if (existing) {
            e.id = existing->id;
            m_file.updateEvent(e);
        } else {
            m_file.addEvent(e);
        }
        remember(&CaseChange::events, &CaseChange::removeEvents, existing, e);
        tally(existing.has_value());
        step(done, total);
        eventIds.insert(e.key, e.id);
        ++counts.events;
    }

    for (const auto &linked : data.stories) {
        Story s = linked.story;
        for (const auto &[eventKey, note] : linked.entries)
            s.entries.append({eventIds.value(eventKey), note});
        const auto existing = m_file.storyByName(s.name);
        if (existing) {
            s.id = existing->id;
            m_file.updateStory(s);
        } else {
            m_file.addStory(s);
        }
        remember(&CaseChange::stories, &CaseChange::removeStories, existing, s);
        tally(existing.has_value());
        step(done, total);
        ++counts.stories;
    }
    tx.commit();
    return counts;
}

}  // namespace caseline
