#include "CaseJsonWriter.h"

#include "CaseJsonReader.h"
#include "ExportEvents.h"
#include "ExportLookup.h"
#include "ExportSink.h"
#include "JsonElementText.h"
#include "query/EventReferences.h"
#include "storage/CaseFile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace caseline {

namespace {

QString isoOrEmpty(const PartialDate &d) { return d.isValid() ? d.toIsoString() : QString(); }

QJsonArray citationsJson(const QList<Citation> &citations, ExportLookup &lookup)
{
    QJsonArray result;
    for (const Citation &c : citations) {
        QJsonObject o{{QStringLiteral("source"), lookup.source(c.sourceId).key},
                      {QStringLiteral("quote"), c.quote},
                      {QStringLiteral("note"), c.note}};
        if (c.page)
            o.insert(QStringLiteral("page"), *c.page);
        result.append(o);
    }
    return result;
}

QJsonObject sourceJson(const Source &s)
{
    return {{QStringLiteral("id"), s.key},         {QStringLiteral("title"), s.title},
            {QStringLiteral("publisher"), s.publisher}, {QStringLiteral("author"), s.author},
            {QStringLiteral("url"), s.url},        {QStringLiteral("published"), isoOrEmpty(s.published)},
            {QStringLiteral("kind"), s.kind},      {QStringLiteral("text"), s.text}};
}

QJsonObject jurisdictionJson(const Jurisdiction &j)
{
    QJsonObject o{{QStringLiteral("id"), j.key},     {QStringLiteral("name"), j.name},
                  {QStringLiteral("kind"), jurisdictionKindKey(j.kind)},
                  {QStringLiteral("state"), j.state}, {QStringLiteral("county"), j.county},
                  {QStringLiteral("fips"), j.fips}};
    if (j.population)
        o.insert(QStringLiteral("population"), double(*j.population));
    if (j.populationYear)
        o.insert(QStringLiteral("population_year"), *j.populationYear);
    return o;
}

QJsonObject periodJson(const PolicyPeriod &p, ExportLookup &lookup)
{
    QJsonObject o{{QStringLiteral("id"), p.key},
                  {QStringLiteral("jurisdiction"), lookup.jurisdiction(p.jurisdictionId).key},
                  {QStringLiteral("stance"), stanceKey(p.stance)},
                  {QStringLiteral("start"), p.start.toIsoString()},
                  {QStringLiteral("note"), p.note},
                  {QStringLiteral("citations"), citationsJson(p.citations, lookup)}};
    if (p.end.isValid())
        o.insert(QStringLiteral("end"), p.end.toIsoString());
    return o;
}

QJsonObject eventJson(const Event &e, ExportLookup &lookup)
{
    QJsonArray people;
    for (const EventPerson &p : e.people)
        people.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("role"), p.role}});
    QJsonObject o{{QStringLiteral("id"), e.key},
                  {QStringLiteral("jurisdiction"), lookup.jurisdiction(e.jurisdictionId).key},
                  {QStringLiteral("type"), eventTypeKey(e.type)},
                  {QStringLiteral("start"), e.start.toIsoString()},
                  {QStringLiteral("title"), e.title},
                  {QStringLiteral("summary"), e.summary},
                  {QStringLiteral("location"), e.location},
                  {QStringLiteral("people"), people},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
                  {QStringLiteral("status"), eventStatusKey(e.status)},
                  {QStringLiteral("note"), e.note},
                  {QStringLiteral("citations"), citationsJson(e.citations, lookup)}};
    if (e.end.isValid())
        o.insert(QStringLiteral("end"), e.end.toIsoString());
    return o;
}

// Writes `"name": [` ... `]` with each element on its own lines.
class ListWriter {
public:
    ListWriter(ExportSink &sink, const char *name, bool last = false) : m_sink(sink), m_last(last)
    {
        m_sink << "    \"" << name << "\": [";
    }
    void add(const QJsonObject &o)
    {
        m_sink << (m_count++ ? ",\n" : "\n") << JsonElementText::indented(o, 2);
    }
    ~ListWriter() { m_sink << (m_count ? "\n    ]" : "]") << (m_last ? "\n" : ",\n"); }
    int count() const { return m_count; }

private:
    ExportSink &m_sink;
    bool m_last;
    int m_count = 0;
};

int compareText(const QString &a, const QString &b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c : a.compare(b);
}

}  // namespace

QString CaseJsonWriter::formatKey() const { return QStringLiteral("json"); }
QString CaseJsonWriter::formatName() const { return QStringLiteral("Caseline JSON (the whole case, lossless)"); }
QString CaseJsonWriter::fileSuffix() const { return QStringLiteral("json"); }

std::variant<ExportSummary, ExportError> CaseJsonWriter::write(CaseFile &file, const EventFilter &filter,
                                                               const ExportOptions &options, QIODevice &out) const
{
    const bool everything = filter.isEmpty();
    const EventReferences references(file);
    ExportLookup lookup(file);

    QList<Jurisdiction> jurisdictions = file.jurisdictions();
    if (!everything) {
        const QSet<qint64> used = references.jurisdictionIds(filter);
        jurisdictions.removeIf([&](const Jurisdiction &j) { return !used.contains(j.id); });
    }
    std::sort(jurisdictions.begin(), jurisdictions.end(), [](const Jurisdiction &a, const Jurisdiction &b) {
        const int byName = compareText(a.name, b.name);
        return byName != 0 ? byName < 0 : std::pair(a.state, a.key) < std::pair(b.state, b.key);
    });
    QHash<qint64, int> lane;
    for (int i = 0; i < jurisdictions.size(); ++i)
        lane.insert(jurisdictions[i].id, i);

    QList<PolicyPeriod> periods = file.policyPeriods();
    periods.removeIf([&](const PolicyPeriod &p) { return !lane.contains(p.jurisdictionId); });
    std::sort(periods.begin(), periods.end(), [&](const PolicyPeriod &a, const PolicyPeriod &b) {
        if (lane.value(a.jurisdictionId) != lane.value(b.jurisdictionId))
            return lane.value(a.jurisdictionId) < lane.value(b.jurisdictionId);
        if (a.start != b.start)
            return a.start < b.start;
        return a.key < b.key;
    });

    QList<Source> sources = file.sources();
    if (!everything) {
        QSet<qint64> cited = references.citedSourceIds(filter);
        for (const PolicyPeriod &p : std::as_const(periods))
            for (const Citation &c : p.citations)
                cited.insert(c.sourceId);
        sources.removeIf([&](const Source &s) { return !cited.contains(s.id); });
    }
    std::sort(sources.begin(), sources.end(), [](const Source &a, const Source &b) {
        const int byTitle = compareText(a.title, b.title);
        return byTitle != 0 ? byTitle < 0 : a.key < b.key;
    });

    // Story entries name events by key; remember the keys of exported events that stories use.
    const QList<Story> stories = file.stories();
    QHash<qint64, QString> storyEventKeys;
    for (const Story &s : stories)
        for (const StoryEntry &entry : s.entries)
            storyEventKeys.insert(entry.eventId, QString());

    ExportSummary summary;
    ExportSink sink(out);
    sink << "{\n    \"format\": \"caseline-case\",\n"
         << QStringLiteral("    \"version\": %1,\n").arg(CaseJsonReader::kFormatVersion)
         << "    \"title\": " << JsonElementText::string(file.info(QStringLiteral("title"))) << ",\n"
         << "    \"description\": " << JsonElementText::string(file.info(QStringLiteral("description"))) << ",\n";
    {
        ListWriter list(sink, "sources");
        for (const Source &s : std::as_const(sources))
            list.add(sourceJson(s));
        summary.sources = list.count();
    }
    {
        ListWriter list(sink, "jurisdictions");
        for (const Jurisdiction &j : std::as_const(jurisdictions))
            list.add(jurisdictionJson(j));
        summary.jurisdictions = list.count();
    }
    {
        ListWriter list(sink, "policy_periods");
        for (const PolicyPeriod &p : std::as_const(periods))
            list.add(periodJson(p, lookup));
        summary.periods = list.count();
    }
    bool finished = false;
    {
        ListWriter list(sink, "events");
        ExportEvents events(file, filter);
        finished = events.forEach(options.progress, [&](const Event &e) {
            list.add(eventJson(e, lookup));
            if (const auto it = storyEventKeys.find(e.id); it != storyEventKeys.end())
                it.value() = e.key;
            ++summary.events;
        });
    }
    if (!finished)
        return ExportError{QStringLiteral("export cancelled"), true};
    {
        ListWriter list(sink, "stories", true);
        for (const Story &s : stories) {
            QJsonArray entries;
            for (const StoryEntry &entry : s.entries)
                if (const QString key = storyEventKeys.value(entry.eventId); !key.isEmpty())
                    entries.append(QJsonObject{{QStringLiteral("event"), key}, {QStringLiteral("note"), entry.note}});
            if (entries.isEmpty() && !everything)
                continue;
            list.add({{QStringLiteral("id"), s.key},
                      {QStringLiteral("name"), s.name},
                      {QStringLiteral("description"), s.description},
                      {QStringLiteral("entries"), entries}});
        }
        summary.stories = list.count();
    }
    sink << "}\n";
    if (!sink.flush())
        return ExportError{sink.errorString()};
    return summary;
}

}  // namespace caseline
