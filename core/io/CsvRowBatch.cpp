#include "CsvRowBatch.h"

namespace caseline {

CsvRowBatch::Text CsvRowBatch::keep(QByteArrayView bytes)
{
    const Text text{m_text.size(), size_t(bytes.size())};
    m_text.append(bytes.data(), size_t(bytes.size()));
    return text;
}

CsvRowBatch::StoredCitation CsvRowBatch::keep(const CsvCitationRow &citation)
{
    return {citation.source, keep(citation.quote), citation.page};
}

CsvCitationRow CsvRowBatch::view(const StoredCitation &citation) const
{
    return {citation.source, view(citation.quote), citation.page};
}

void CsvRowBatch::add(const Jurisdiction &jurisdiction)
{
    m_items.push_back({Kind::Jurisdiction, m_jurisdictions.size()});
    m_jurisdictions.push_back(jurisdiction);
}

void CsvRowBatch::add(const Source &source)
{
    m_items.push_back({Kind::Source, m_sources.size()});
    m_sources.push_back(source);
}

void CsvRowBatch::add(const CsvEventRow &e)
{
    StoredEvent stored{e.jurisdiction, keep(e.key), keep(e.startIso), keep(e.endIso), keep(e.title), keep(e.summary),
                       keep(e.location), keep(e.note), e.keyGiven, e.type, e.status, e.start, e.end,
                       m_tags.size(), e.tags.size(), m_people.size(), e.people.size(), std::nullopt};
    for (const QByteArrayView tag : e.tags)
        m_tags.push_back(keep(tag));
    for (const CsvPersonRow &person : e.people)
        m_people.emplace_back(keep(person.name), keep(person.role));
    if (e.citation)
        stored.citation = keep(*e.citation);
    m_items.push_back({Kind::Event, m_events.size()});
    m_events.push_back(stored);
}

void CsvRowBatch::add(qsizetype ordinal, const CsvCitationRow &citation)
{
    m_items.push_back({Kind::Citation, m_citations.size()});
    m_citations.emplace_back(ordinal, keep(citation));
}

void CsvRowBatch::clear()
{
    m_items.clear();
    m_jurisdictions.clear();
    m_sources.clear();
    m_events.clear();
    m_citations.clear();
    m_tags.clear();
    m_people.clear();
    m_text.clear();
    linesDone = lines = 0;
}

void CsvRowBatch::replay(CaseCsvSink &sink)
{
    // The text is complete now: views of it stay valid until the batch changes.
    m_tagViews.clear();
    for (const Text tag : m_tags)
        m_tagViews.push_back(view(tag));
    m_personViews.clear();
    for (const auto &[name, role] : m_people)
        m_personViews.push_back({view(name), view(role)});
    for (const Item &item : m_items) {
        switch (item.kind) {
        case Kind::Jurisdiction:
            sink.addJurisdiction(m_jurisdictions[item.index]);
            break;
        case Kind::Source:
            sink.addSource(m_sources[item.index]);
            break;
        case Kind::Event: {
            const StoredEvent &s = m_events[item.index];
            CsvEventRow e;
            e.jurisdiction = s.jurisdiction;
            e.key = view(s.key);
            e.keyGiven = s.keyGiven;
            e.type = s.type;
            e.start = s.start;
            e.end = s.end;
            e.startIso = view(s.startIso);
            e.endIso = view(s.endIso);
            e.title = view(s.title);
            e.summary = view(s.summary);
            e.location = view(s.location);
            e.note = view(s.note);
            e.status = s.status;
            e.tags = std::span<const QByteArrayView>(m_tagViews).subspan(s.firstTag, s.tagCount);
            e.people = std::span<const CsvPersonRow>(m_personViews).subspan(s.firstPerson, s.personCount);
            if (s.citation)
                e.citation = view(*s.citation);
            sink.addEvent(e);
            break;
        }
        case Kind::Citation: {
            const auto &[ordinal, citation] = m_citations[item.index];
            sink.addCitation(ordinal, view(citation));
            break;
        }
        }
    }
}

}  // namespace caseline
