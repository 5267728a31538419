#include "CaseCsvParser.h"

#include "CaseDataWriter.h"
#include "CsvCell.h"
#include "CsvTable.h"
#include "EventKeyIndex.h"
#include "IsoDateText.h"
#include "StableKey.h"
#include "UsStates.h"

#include <QHash>
#include <QSet>

namespace caseline {

namespace {

// Column indices, looked up once from the header (-1: absent).
struct Columns {
    int id, jurisdiction, state, kind, type, start, end, title, summary, location, status, tags, people,
        sourceTitle, sourcePublisher, sourceUrl, sourcePublished, quote, page, note;
};

// Everything that makes two rows "the same event" apart from their citations, as one number:
// rows sharing an id are compared through it instead of keeping every event in memory.
size_t eventFingerprint(const CaseData::LinkedEvent &linked)
{
    const Event &e = linked.event;
    // A partial date is its first day and its precision.
    const auto date = [](const PartialDate &d) { return d.isValid() ? d.firstJulianDay() * 4 + int(d.precision()) : -1; };
    size_t seed = qHashMulti(0, linked.jurisdictionKey, e.key, int(e.type), date(e.start), date(e.end), e.title, e.summary,
                             e.location, int(e.status), e.note);
    for (const QString &tag : e.tags)
        seed = qHashMulti(seed, tag);
    for (const EventPerson &person : e.people)
        seed = qHashMulti(seed, person.name, person.role);
    return qHashMulti(seed, e.tags.size(), e.people.size());
}

}  // namespace

class CaseCsvParser::Rows {
public:
    Rows(const QByteArray &data, const QString &fileName, CaseCsvSink &sink)
        : m_table(data, fileName), m_sink(sink), m_end(data.constData() + data.size())
    {
    }

    Progress progress;
    Consumed consumed;
    qsizetype lineCount() const { return m_table.lineCount(); }

    QList<ImportWarning> parse()
    {
        if (consumed)
            consumed(m_end);
        m_table.readHeader({QStringLiteral("jurisdiction"), QStringLiteral("start"), QStringLiteral("title")});
        const auto c = [this](const char *name) { return m_table.column(QLatin1String(name)); };
        m_columns = {c("id"), c("jurisdiction"), c("state"), c("jurisdiction_kind"), c("type"), c("start"), c("end"),
                     c("title"), c("summary"), c("location"), c("status"), c("tags"), c("people"), c("source_title"),
                     c("source_publisher"), c("source_url"), c("source_published"), c("quote"), c("page"), c("note")};
        m_eventKeys.reserve(m_table.lineCount());
        CsvRecord row;
        qint64 rows = 0;
        constexpr qint64 kReportEvery = 512;
        while (m_table.next(row)) {
            readRow(row);
            if (++rows % kReportEvery != 0)
                continue;
            if (progress && !progress(row.lastLine(), m_table.lineCount()))
                throw ImportCancelled{};
            if (consumed)
                consumed(row.raw().data());
        }
        return m_table.finish();
    }

private:
    // Cells that a writer neutralised against spreadsheet formulas get their text back (CsvCell).
    QString field(const CsvRecord &row, int column) { return CsvCell::restore(m_table.field(row, column)); }

    // Multi-line values (summary, quote, note) keep their line breaks; one-line values are
    // read trimmed.
    QString text(const CsvRecord &row, int column) { return column < 0 ? QString() : CsvCell::restore(row.text(column)); }

    template <typename E, typename Lookup, typename Vocabulary>
    E vocabularyValue(const CsvRecord &row, int column, const char *name, Lookup lookup, Vocabulary vocabulary, E fallback)
    {
        const QString value = field(row, column);
        if (value.isEmpty())
            return fallback;
        const auto found = lookup(value);
        if (!found)
            m_table.fail(row.line(), QStringLiteral("unknown %1 '%2' (allowed: %3)")
                                         .arg(QLatin1String(name), value, vocabularyKeys(vocabulary()).join(QStringLiteral(", "))));
        return *found;
    }

    PartialDate date(const CsvRecord &row, int column, const char *name, bool required)
    {
        const QString value = field(row, column);
        if (value.isEmpty()) {
            if (required)
                m_table.fail(row.line(), QStringLiteral("%1 is empty").arg(QLatin1String(name)));
            return {};
        }
        QString why;
        const PartialDate d = IsoDateText::parse(value, &why);
        if (!d.isValid())
            m_table.fail(row.line(), QStringLiteral("%1: %2").arg(QLatin1String(name), why));
        return d;
    }

    QString jurisdiction(const CsvRecord &row)
    {
        // Most rows repeat a lane already seen, written the same way: look it up as written
        // before normalising anything.
        // The bytes as they stand in the file: the same bytes always read as the same lane.
        QByteArray &asWritten = m_asWritten;  // reused: no allocation per row
        asWritten.resize(0);  // keeps the capacity (clear() would free it)
        if (m_columns.jurisdiction >= 0)
            asWritten += row.bytes(m_columns.jurisdiction);
        asWritten += '\x1f';
        if (m_columns.state >= 0)
            asWritten += row.bytes(m_columns.state);
        if (const auto it = m_jurisdictionByText.constFind(asWritten); it != m_jurisdictionByText.constEnd())
            return it.value();
        const QString key = newJurisdiction(row);
        m_jurisdictionByText.insert(asWritten, key);
        return key;
    }

    QString newJurisdiction(const CsvRecord &row)
    {
        const QString name = field(row, m_columns.jurisdiction).simplified();
        if (name.isEmpty())
            m_table.fail(row.line(), QStringLiteral("jurisdiction is empty"));
        const QString stateText = field(row, m_columns.state);
        const QString state = UsStates::code(stateText);
        if (!stateText.isEmpty() && state.isEmpty())
            m_table.fail(row.line(), QStringLiteral("state '%1' is not a U.S. state or postal code").arg(stateText));
        const QString key = QStringLiteral("jurisdiction:") + jurisdictionMatchKey(name, state);
        if (m_jurisdictionKeys.contains(key))
            return key;
        Jurisdiction j;
        j.key = key;
        j.name = name;
        j.state = state;
        j.kind = vocabularyValue(row, m_columns.kind, "jurisdiction_kind", jurisdictionKindFromKey,
                                 jurisdictionKindVocabulary, JurisdictionKind::City);
        if (j.kind == JurisdictionKind::County)
            j.county = name;
        m_jurisdictionKeys.insert(key);
        m_sink.addJurisdiction(j);
        return key;
    }

    // The source a row cites, added once per URL (or title and publisher); empty key: none.
    QString source(const CsvRecord &row)
    {
        // Rows citing a source already seen usually write it the same way: look it up by its
        // bytes first. Only the first row of a source is read further (as before).
        QByteArray &asWritten = m_asWritten;
        asWritten.resize(0);  // keeps the capacity (clear() would free it)
        for (const int column : {m_columns.sourceTitle, m_columns.sourceUrl, m_columns.sourcePublisher}) {
            if (column >= 0)
                asWritten += row.bytes(column);
            asWritten += '\x1f';
        }
        if (const auto it = m_sourceByText.constFind(asWritten); it != m_sourceByText.constEnd())
            return it.value();
        const QString key = newSource(row);
        m_sourceByText.insert(asWritten, key);
        return key;
    }

    QString newSource(const CsvRecord &row)
    {
        const QString title = field(row, m_columns.sourceTitle).simplified();
        const QString url = field(row, m_columns.sourceUrl);
        if (title.isEmpty() && url.isEmpty())
            return {};
        const QString publisher = field(row, m_columns.sourcePublisher).simplified();
        const QString key = url.isEmpty() ? StableKey::join(QStringLiteral("source"), {title, publisher})
                                          : QStringLiteral("source-url:") + url;
        if (m_sourceKeys.contains(key))
            return key;
        Source s;
        s.key = key;
        s.title = title.isEmpty() ? url : title;
        s.publisher = publisher;
        s.url = url;
        s.published = date(row, m_columns.sourcePublished, "source_published", false);
        m_sourceKeys.insert(key);
        m_sink.addSource(s);
        return key;
    }

    QList<EventPerson> people(const QString &text)
    {
        QList<EventPerson> result;
        for (const QString &entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString e = entry.trimmed();
            const qsizetype open = e.lastIndexOf(QLatin1Char('('));
            if (e.endsWith(QLatin1Char(')')) && open > 0)
                result.append({e.left(open).trimmed(), e.mid(open + 1, e.size() - open - 2).trimmed()});
            else if (!e.isEmpty())
                result.append({e, QString()});
        }
        return result;
    }

    void readRow(const CsvRecord &row)
    {
        CaseData::LinkedEvent linked;
        Event &e = linked.event;
        linked.jurisdictionKey = jurisdiction(row);
        e.type = vocabularyValue(row, m_columns.type, "type", eventTypeFromKey, eventTypeVocabulary, EventType::Other);
        e.start = date(row, m_columns.start, "start", true);
        e.end = date(row, m_columns.end, "end", false);
        if (e.end.isValid() && e.end.lastDay() < e.start.firstDay())
            m_table.fail(row.line(), QStringLiteral("end %1 is before start %2").arg(e.end.toIsoString(), e.start.toIsoString()));
        e.title = field(row, m_columns.title).simplified();
        if (e.title.isEmpty())
            m_table.fail(row.line(), QStringLiteral("title is empty"));
        e.summary = text(row, m_columns.summary).trimmed();
        e.location = field(row, m_columns.location).simplified();
        e.status = vocabularyValue(row, m_columns.status, "status", eventStatusFromKey, eventStatusVocabulary,
                                   EventStatus::Confirmed);
        for (const QString &tag : field(row, m_columns.tags).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty())
                e.tags.append(tag.trimmed());
        e.people = people(field(row, m_columns.people));
        e.note = text(row, m_columns.note).trimmed();

        const QString sourceKey = source(row);
        const QString quote = text(row, m_columns.quote).trimmed();
        const QString page = field(row, m_columns.page);
        if (sourceKey.isEmpty() && (!quote.isEmpty() || !page.isEmpty()))
            m_table.fail(row.line(), QStringLiteral("a quote or page is given but no source (source_title or source_url)"));
        if (!sourceKey.isEmpty()) {
            CaseData::LinkedCitation citation;
            citation.sourceKey = sourceKey;
            citation.citation.quote = quote;
            if (!page.isEmpty()) {
                bool ok = false;
                const int number = page.toInt(&ok);
                if (!ok || number < 1)
                    m_table.fail(row.line(), QStringLiteral("page '%1' is not a page number").arg(page));
                citation.citation.page = number;
            }
            linked.citations.append(citation);
        }

        const QString id = field(row, m_columns.id);
        // StableKey::join(jurisdiction key, {start, title}); an ISO date is already normalised.
        e.key = id.isEmpty() ? QStringLiteral("csv:") + StableKey::digest(linked.jurisdictionKey + QLatin1Char(':')
                                   + e.start.toIsoString() + QLatin1Char(':') + StableKey::normalise(e.title))
                             : id;
        const size_t fingerprint = eventFingerprint(linked);
        if (const qsizetype earlier = m_eventKeys.find(e.key); earlier >= 0) {
            const EventKeyIndex::Entry &first = m_eventKeys.entry(earlier);
            // An event with several citations takes one row per citation: the same id, the same
            // event columns, another source or quote.
            if (!id.isEmpty() && linked.citations.size() == 1 && first.fingerprint == fingerprint) {
                m_sink.addCitation(earlier, linked.citations.first());
                return;
            }
            m_table.fail(row.line(), id.isEmpty()
                ? QStringLiteral("the same event (jurisdiction, start and title) is already on line %1; give the rows ids "
                                 "if they are different events").arg(first.line)
                : QStringLiteral("duplicate id '%1' (first on line %2); rows of one event may differ only in the "
                                 "source and quote columns").arg(id).arg(first.line));
        }
        m_eventKeys.add(e.key, {row.line(), fingerprint});
        m_sink.addEvent(std::move(linked));
    }

    CsvTable m_table;
    CaseCsvSink &m_sink;
    const char *m_end;
    Columns m_columns{};
    QSet<QString> m_jurisdictionKeys;
    QHash<QByteArray, QString> m_jurisdictionByText;
    QSet<QString> m_sourceKeys;
    QHash<QByteArray, QString> m_sourceByText;
    QByteArray m_asWritten;  // the lookup key of jurisdiction() and source()
    EventKeyIndex m_eventKeys;  // numbered as the sink numbers events
};

CaseCsvParser::CaseCsvParser(const QByteArray &data, const QString &fileName, CaseCsvSink &sink)
    : m_rows(std::make_unique<Rows>(data, fileName, sink))
{
}

CaseCsvParser::~CaseCsvParser() = default;

void CaseCsvParser::setProgress(Progress progress) { m_rows->progress = std::move(progress); }

void CaseCsvParser::setConsumed(Consumed consumed) { m_rows->consumed = std::move(consumed); }

QList<ImportWarning> CaseCsvParser::parse() { return m_rows->parse(); }

qsizetype CaseCsvParser::lineCount() const { return m_rows->lineCount(); }

}  // namespace caseline
