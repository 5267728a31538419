#include "CaseDataWriter.h"

#include "ImportedJurisdiction.h"
#include "ImportedSources.h"
#include "storage/CaseChange.h"
#include "storage/CaseFile.h"
#include "storage/ScopedPragma.h"

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
    // Each event is written inside a savepoint, whose statement journal SQLite keeps in a
    // temporary file unless told otherwise: in memory, a 100,000-event import took 7 s instead of
    // 16 s (most of it writing and reading those files). A larger page cache keeps the indexes'
    // pages in memory (16 s to 14 s alone).
    const ScopedPragma journals(m_file.database(), QStringLiteral("temp_store"), 2);  // MEMORY
    const ScopedPragma cache(m_file.database(), QStringLiteral("cache_size"), -96 * 1024);
    Transaction tx(m_file.database());
    const auto tally = [&](bool existed) { existed ? ++counts.updated : ++counts.added; };

    if (!data.title.isEmpty() && m_file.info(QStringLiteral("title")).isEmpty())
        m_file.setInfo(QStringLiteral("title"), data.title);
    if (!data.description.isEmpty() && m_file.info(QStringLiteral("description")).isEmpty())
        m_file.setInfo(QStringLiteral("description"), data.description);

    QHash<QString, qint64> sourceIds;
    ImportedSources importedSources(m_file);
    for (Source s : data.sources) {
        const QString inputKey = s.key;
        const auto existing = importedSources.store(s);
        remember(&CaseChange::sources, &CaseChange::removeSources, existing, s);
        tally(existing.has_value());
        step(done, total);
        sourceIds.insert(inputKey, s.id);
        ++counts.sources;
    }

    QHash<QString, qint64> jurisdictionIds;
    for (Jurisdiction j : data.jurisdictions) {
        const QString inputKey = j.key;
        const auto existing = storeImportedJurisdiction(m_file, j);
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
