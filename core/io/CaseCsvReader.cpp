#include "CaseCsvReader.h"

#include "CsvCell.h"
#include "CsvTable.h"
#include "IsoDateText.h"
#include "StableKey.h"
#include "TextEncoding.h"
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

class Reader {
public:
    Reader(const QByteArray &data, const QString &fileName) : m_table(data, fileName) {}

    CaseData read()
    {
        m_table.readHeader({QStringLiteral("jurisdiction"), QStringLiteral("start"), QStringLiteral("title")});
        const auto c = [this](const char *name) { return m_table.column(QLatin1String(name)); };
        m_columns = {c("id"), c("jurisdiction"), c("state"), c("jurisdiction_kind"), c("type"), c("start"), c("end"),
                     c("title"), c("summary"), c("location"), c("status"), c("tags"), c("people"), c("source_title"),
                     c("source_publisher"), c("source_url"), c("source_published"), c("quote"), c("page"), c("note")};
        // Room for one event per line, so that a million rows do not regrow the lists.
        const qsizetype lines = m_table.lineCount();
        m_data.events.reserve(lines);
        m_firstRowOfKey.reserve(lines);
        CsvRecord row;
        while (m_table.next(row))
            readRow(row);
        m_data.warnings = m_table.finish() + m_data.warnings;
        return std::move(m_data);
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
        const QString asWritten = field(row, m_columns.jurisdiction) + QChar(0x1F) + field(row, m_columns.state);
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
        m_data.jurisdictions.append(j);
        return key;
    }

    // The source a row cites, added once per URL (or title and publisher); empty key: none.
    QString source(const CsvRecord &row)
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
        m_data.sources.append(s);
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
        e.key = id.isEmpty() ? QStringLiteral("csv:") + StableKey::digest(StableKey::join(linked.jurisdictionKey,
                                   {e.start.toIsoString(), e.title}))
                             : id;
        if (const auto it = m_firstRowOfKey.constFind(e.key); it != m_firstRowOfKey.constEnd()) {
            // An event with several citations takes one row per citation: the same id, the same
            // event columns, another source or quote.
            CaseData::LinkedEvent &first = m_data.events[it->index];
            if (!id.isEmpty() && linked.citations.size() == 1 && first.event == e && first.jurisdictionKey == linked.jurisdictionKey) {
                first.citations.append(linked.citations.first());
                return;
            }
            m_table.fail(row.line(), id.isEmpty()
                ? QStringLiteral("the same event (jurisdiction, start and title) is already on line %1; give the rows ids "
                                 "if they are different events").arg(it->line)
                : QStringLiteral("duplicate id '%1' (first on line %2); rows of one event may differ only in the "
                                 "source and quote columns").arg(id).arg(it->line));
        }
        m_firstRowOfKey.insert(e.key, {row.line(), m_data.events.size()});
        m_data.events.append(std::move(linked));
    }

    CsvTable m_table;
    Columns m_columns{};
    CaseData m_data;
    QSet<QString> m_jurisdictionKeys;
    QHash<QString, QString> m_jurisdictionByText;
    QSet<QString> m_sourceKeys;
    struct FirstRow {
        int line;
        qsizetype index;  // in m_data.events
    };
    QHash<QString, FirstRow> m_firstRowOfKey;
};

}  // namespace

QString CaseCsvReader::formatKey() const { return QStringLiteral("csv"); }
QString CaseCsvReader::formatName() const { return QStringLiteral("Caseline CSV (one event per row)"); }

int CaseCsvReader::sniffScore(const QByteArray &head, const QString &fileName) const
{
    const QByteArrayView body = TextEncoding::withoutUtf8Bom(head);
    const qsizetype lineEnd = body.indexOf('\n');
    const QByteArray header = (lineEnd < 0 ? body : body.first(lineEnd)).toByteArray().toLower();
    if (header.contains("jurisdiction") && header.contains("start") && header.contains("title"))
        return 90;
    return fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? 5 : 0;
}

std::variant<CaseData, ImportError> CaseCsvReader::read(const QByteArray &data, const QString &fileName) const
{
    return readReportingErrors<Reader>(data, fileName);
}

}  // namespace caseline
