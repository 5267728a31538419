#include "CaseJsonReader.h"

#include "TextLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace caseline {

namespace {

// Thrown inside the reader only; read() turns it into an ImportError value.
struct Failure {
    int line;
    QString message;
};

class Parser {
public:
    Parser(const QByteArray &data) : m_locator(data) {}

    CaseData parse(const QJsonObject &root)
    {
        if (root.value(QLatin1String("format")).toString() != QLatin1String("caseline-case"))
            fail(1, QStringLiteral("not a Caseline case (expected \"format\": \"caseline-case\")"));
        const int version = root.value(QLatin1String("version")).toInt(0);
        if (version < 1 || version > CaseJsonReader::kFormatVersion)
            fail(m_locator.lineOf(QStringLiteral("\"version\"")),
                 QStringLiteral("unsupported case format version %1 (this Caseline reads version %2)")
                     .arg(version).arg(CaseJsonReader::kFormatVersion));
        CaseData data;
        data.title = root.value(QLatin1String("title")).toString();
        data.description = root.value(QLatin1String("description")).toString();
        for (const QJsonValue &v : array(root, "sources"))
            data.sources.append(source(object(v, "source")));
        for (const QJsonValue &v : array(root, "jurisdictions"))
            data.jurisdictions.append(jurisdiction(object(v, "jurisdiction")));
        for (const QJsonValue &v : array(root, "policy_periods"))
            data.periods.append(period(object(v, "policy period")));
        for (const QJsonValue &v : array(root, "events"))
            data.events.append(event(object(v, "event")));
        for (const QJsonValue &v : array(root, "stories"))
            data.stories.append(story(object(v, "story")));
        return data;
    }

private:
    [[noreturn]] void fail(int line, const QString &message) { throw Failure{line, message}; }

    // The line of the entity being read: where its id is first written. Looked up only for a
    // message (a search from the file's start; per entity it made a large file's import quadratic).
    int entityLine() const { return m_entityKey.isEmpty() ? 0 : m_locator.lineOf(QStringLiteral("\"%1\"").arg(m_entityKey)); }

    QJsonArray array(const QJsonObject &o, const char *name)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(m_locator.lineOf(QStringLiteral("\"%1\"").arg(QLatin1String(name))),
                 QStringLiteral("\"%1\" must be a list").arg(QLatin1String(name)));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const char *what)
    {
        if (!v.isObject())
            fail(0, QStringLiteral("each %1 must be an object").arg(QLatin1String(what)));
        return v.toObject();
    }

    QString text(const QJsonObject &o, const char *name) { return o.value(QLatin1String(name)).toString(); }

    // Keys are unique per kind; the line of an entity is where its id is written.
    QString key(const QJsonObject &o, const char *what, QSet<QString> &seen)
    {
        const QString k = text(o, "id").trimmed();
        if (k.isEmpty())
            fail(0, QStringLiteral("a %1 has no \"id\"").arg(QLatin1String(what)));
        m_entityKey = k;
        if (seen.contains(k))
            fail(m_locator.lineOf(QStringLiteral("\"%1\"").arg(k), 2),
                 QStringLiteral("duplicate %1 id \"%2\"").arg(QLatin1String(what), k));
        seen.insert(k);
        return k;
    }

    PartialDate date(const QJsonObject &o, const char *name, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isNull() || v.isUndefined() || v.toString().isEmpty()) {
            if (required)
                fail(entityLine(), QStringLiteral("\"%1\" is missing").arg(QLatin1String(name)));
            return {};
        }
        QString why;
        const PartialDate d = PartialDate::parse(v.toString(), &why);
        if (!d.isValid())
            fail(entityLine(), QStringLiteral("\"%1\": %2").arg(QLatin1String(name), why));
        return d;
    }

    QString reference(const QJsonObject &o, const char *name, const QSet<QString> &known, const char *what)
    {
        const QString k = text(o, name);
        if (!known.contains(k))
            fail(entityLine(), QStringLiteral("unknown %1 \"%2\"").arg(QLatin1String(what), k));
        return k;
    }

    template <typename E, typename Lookup>
    E vocabulary(const QJsonObject &o, const char *name, Lookup lookup, E fallback)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const auto value = lookup(v.toString());
        if (!value)
            fail(entityLine(), QStringLiteral("unknown %1 \"%2\"").arg(QLatin1String(name), v.toString()));
        return *value;
    }

    QList<CaseData::LinkedCitation> citations(const QJsonObject &o)
    {
        QList<CaseData::LinkedCitation> result;
        for (const QJsonValue &v : array(o, "citations")) {
            const QJsonObject c = object(v, "citation");
            CaseData::LinkedCitation linked;
            linked.sourceKey = reference(c, "source", m_sourceKeys, "source");
            linked.citation.quote = text(c, "quote");
            if (c.value(QLatin1String("page")).isDouble())
                linked.citation.page = c.value(QLatin1String("page")).toInt();
            linked.citation.note = text(c, "note");
            result.append(linked);
        }
        return result;
    }

    Source source(const QJsonObject &o)
    {
        Source s;
        s.key = key(o, "source", m_sourceKeys);
        s.title = text(o, "title");
        if (s.title.trimmed().isEmpty())
            fail(entityLine(), QStringLiteral("source \"%1\" has no title").arg(s.key));
        s.publisher = text(o, "publisher");
        s.author = text(o, "author");
        s.url = text(o, "url");
        s.published = date(o, "published", false);
        s.kind = o.contains(QLatin1String("kind")) ? text(o, "kind") : QStringLiteral("article");
        s.text = text(o, "text");
        return s;
    }

    Jurisdiction jurisdiction(const QJsonObject &o)
    {
        Jurisdiction j;
        j.key = key(o, "jurisdiction", m_jurisdictionKeys);
        j.name = text(o, "name");
        if (j.name.trimmed().isEmpty())
            fail(entityLine(), QStringLiteral("jurisdiction \"%1\" has no name").arg(j.key));
        j.kind = vocabulary(o, "kind", jurisdictionKindFromKey, JurisdictionKind::City);
        j.state = text(o, "state");
        j.county = text(o, "county");
        j.fips = text(o, "fips");
        if (o.value(QLatin1String("population")).isDouble())
            j.population = qint64(o.value(QLatin1String("population")).toDouble());
        if (o.value(QLatin1String("population_year")).isDouble())
            j.populationYear = o.value(QLatin1String("population_year")).toInt();
        return j;
    }

    CaseData::LinkedPeriod period(const QJsonObject &o)
    {
        CaseData::LinkedPeriod p;
        p.period.key = key(o, "policy period", m_periodKeys);
        p.jurisdictionKey = reference(o, "jurisdiction", m_jurisdictionKeys, "jurisdiction");
        p.period.stance = vocabulary(o, "stance", stanceFromKey, Stance::Other);
        p.period.start = date(o, "start", true);
        p.period.end = date(o, "end", false);
        if (p.period.end.isValid() && p.period.end.lastDay() < p.period.start.firstDay())
            fail(entityLine(), QStringLiteral("policy period \"%1\" ends before it starts").arg(p.period.key));
        p.period.note = text(o, "note");
        p.citations = citations(o);
        return p;
    }

    CaseData::LinkedEvent event(const QJsonObject &o)
    {
        CaseData::LinkedEvent e;
        e.event.key = key(o, "event", m_eventKeys);
        e.jurisdictionKey = reference(o, "jurisdiction", m_jurisdictionKeys, "jurisdiction");
        e.event.type = vocabulary(o, "type", eventTypeFromKey, EventType::Other);
        e.event.start = date(o, "start", true);
        e.event.end = date(o, "end", false);
        if (e.event.end.isValid() && e.event.end.lastDay() < e.event.start.firstDay())
            fail(entityLine(), QStringLiteral("event \"%1\" ends before it starts").arg(e.event.key));
        e.event.title = text(o, "title");
        if (e.event.title.trimmed().isEmpty())
            fail(entityLine(), QStringLiteral("event \"%1\" has no title").arg(e.event.key));
        e.event.summary = text(o, "summary");
        e.event.location = text(o, "location");
        for (const QJsonValue &v : array(o, "people")) {
            const QJsonObject person = object(v, "person");
            e.event.people.append({text(person, "name"), text(person, "role")});
        }
        for (const QJsonValue &v : array(o, "tags"))
            e.event.tags.append(v.toString());
        e.event.status = vocabulary(o, "status", eventStatusFromKey, EventStatus::Confirmed);
        e.event.note = text(o, "note");
        e.citations = citations(o);
        return e;
    }

    CaseData::LinkedStory story(const QJsonObject &o)
    {
        CaseData::LinkedStory s;
        s.story.key = key(o, "story", m_storyKeys);
        s.story.name = text(o, "name");
        if (s.story.name.trimmed().isEmpty())
            fail(entityLine(), QStringLiteral("story \"%1\" has no name").arg(s.story.key));
        s.story.description = text(o, "description");
        for (const QJsonValue &v : array(o, "entries")) {
            const QJsonObject entry = object(v, "story entry");
            s.entries.append({reference(entry, "event", m_eventKeys, "event"), text(entry, "note")});
        }
        return s;
    }

    TextLocator m_locator;
    QString m_entityKey;  // of the entity being read
    QSet<QString> m_sourceKeys, m_jurisdictionKeys, m_periodKeys, m_eventKeys, m_storyKeys;
};

}  // namespace

QString CaseJsonReader::formatKey() const { return QStringLiteral("json"); }
QString CaseJsonReader::formatName() const { return QStringLiteral("Caseline JSON"); }

int CaseJsonReader::sniffScore(const QByteArray &head, const QString &fileName) const
{
    // The signature is the "format" member; other JSON (TimelineJS) must not be taken for it.
    if (head.contains("\"caseline-case\"") && head.contains("\"format\""))
        return 100;
    return fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && head.trimmed().startsWith('{') ? 5 : 0;
}

std::variant<CaseData, ImportError> CaseJsonReader::read(const QByteArray &data, const QString &fileName) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ImportError{fileName, TextLocator(data).lineAtOffset(parseError.offset), parseError.errorString()};
    if (!document.isObject())
        return ImportError{fileName, 1, QStringLiteral("expected a JSON object at the top")};
    try {
        Parser parser(data);
        return parser.parse(document.object());
    } catch (const Failure &failure) {
        return ImportError{fileName, failure.line, failure.message};
    }
}

}  // namespace caseline
