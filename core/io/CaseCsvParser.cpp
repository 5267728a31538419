#include "CaseCsvParser.h"

#include "ByteKeyTable.h"
#include "CaseDataWriter.h"
#include "CsvCell.h"
#include "CsvTable.h"
#include "EventKeyIndex.h"
#include "IsoDateText.h"
#include "StableKey.h"
#include "TextEncoding.h"
#include "Utf8Text.h"
#include "UsStates.h"

#include <QHash>

#include <cstring>
#include <string>
#include <vector>

namespace caseline {

namespace {

// Column indices, looked up once from the header (-1: absent).
struct Columns {
    int id, jurisdiction, state, kind, type, start, end, title, summary, location, status, tags, people,
        sourceTitle, sourcePublisher, sourceUrl, sourcePublished, quote, page, note;
};

// Everything that makes two rows "the same event" apart from their citations, as one number:
// rows sharing an id are compared through it instead of keeping every event in memory.
size_t eventFingerprint(const CsvEventRow &e)
{
    // A partial date is its first day and its precision.
    const auto date = [](const PartialDate &d) { return d.isValid() ? d.firstJulianDay() * 4 + int(d.precision()) : -1; };
    size_t seed = qHashMulti(0, e.jurisdiction, e.key, int(e.type), date(e.start), date(e.end), e.title, e.summary,
                             e.location, int(e.status), e.note);
    for (const QByteArrayView tag : e.tags)
        seed = qHashMulti(seed, tag);
    for (const CsvPersonRow &person : e.people)
        seed = qHashMulti(seed, person.name, person.role);
    return qHashMulti(seed, e.tags.size(), e.people.size());
}

// The values of a vocabulary column met so far, by their bytes: a million rows repeat a few
// dozen spellings.
template <typename E>
class VocabularyColumn {
public:
    const E *find(QByteArrayView value) const
    {
        for (const auto &[spelling, known] : m_known)
            if (spelling == value)
                return &known;
        return nullptr;
    }
    void add(QByteArrayView value, E known)
    {
        constexpr size_t kMaxSpellings = 64;  // beyond that, looked up each time
        if (m_known.size() < kMaxSpellings)
            m_known.emplace_back(value.toByteArray(), known);
    }

private:
    std::vector<std::pair<QByteArray, E>> m_known;
};

}  // namespace

class CaseCsvParser::Rows {
public:
    Rows(const QByteArray &data, const QString &fileName, CaseCsvSink &sink, const std::optional<InputScan> &known)
        : m_table(data, fileName, known), m_sink(sink), m_end(data.constData() + data.size()),
          m_scanReadData(!known),
          m_windows1252(m_table.usedWindows1252())
    {
    }

    Progress progress;
    Consumed consumed;
    qsizetype lineCount() const { return m_table.lineCount(); }

    QList<ImportWarning> parse()
    {
        if (consumed && m_scanReadData)
            consumed(m_end);  // the scan read every page of the data
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
    // The rest of the parser reads cells as UTF-8; a file read as Windows-1252 is converted cell
    // by cell.
    QByteArrayView utf8(QByteArrayView bytes)
    {
        return m_windows1252 && !Utf8Text::isAscii(bytes) ? m_text.store(TextEncoding::decodeWindows1252(bytes).toUtf8())
                                                         : bytes;
    }

    // A one-line value: outer ASCII white space cut (as CsvRecord::trimmed() does), and a cell
    // that a writer neutralised against spreadsheet formulas gets its text back (CsvCell).
    QByteArrayView cell(const CsvRecord &row, int column)
    {
        return column < 0 ? QByteArrayView() : Utf8Text::restoredCell(utf8(row.bytes(column).trimmed()));
    }

    // Multi-line values (summary, quote, note) keep their line breaks, read trimmed as QString
    // trims.
    QByteArrayView multiLine(const CsvRecord &row, int column)
    {
        return column < 0 ? QByteArrayView() : Utf8Text::trimmed(Utf8Text::restoredCell(utf8(row.bytes(column))), m_text);
    }

    // The QString form, for the rows that add a jurisdiction or a source.
    QString field(const CsvRecord &row, int column) { return CsvCell::restore(m_table.field(row, column)); }

    template <typename E, typename Lookup, typename Vocabulary>
    E vocabularyValue(const CsvRecord &row, int column, VocabularyColumn<E> &known, const char *name, Lookup lookup,
                      Vocabulary vocabulary, E fallback)
    {
        const QByteArrayView value = cell(row, column);
        if (value.isEmpty())
            return fallback;
        if (const E *found = known.find(value))
            return *found;
        const QString text = QString::fromUtf8(value);
        const auto found = lookup(text);
        if (!found)
            m_table.fail(row.line(), QStringLiteral("unknown %1 '%2' (allowed: %3)")
                                         .arg(QLatin1String(name), text, vocabularyKeys(vocabulary()).join(QStringLiteral(", "))));
        known.add(value, *found);
        return *found;
    }

    PartialDate date(QByteArrayView value, int line, const char *name, bool required, QByteArrayView *iso = nullptr)
    {
        if (value.isEmpty()) {
            if (required)
                m_table.fail(line, QStringLiteral("%1 is empty").arg(QLatin1String(name)));
            return {};
        }
        QString why;
        bool canonical = false;
        const PartialDate d = IsoDateText::parse(value, &why, &canonical);
        if (!d.isValid())
            m_table.fail(line, QStringLiteral("%1: %2").arg(QLatin1String(name), why));
        if (iso)
            *iso = canonical ? value : m_text.store(d.toIsoString().toUtf8());
        return d;
    }

    // The jurisdiction's number (CaseCsvSink).
    qsizetype jurisdiction(const CsvRecord &row)
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
        if (const qsizetype seen = m_jurisdictionTexts.find(asWritten); seen >= 0)
            return m_jurisdictionOfText[size_t(seen)];
        const qsizetype ordinal = newJurisdiction(row);
        m_jurisdictionTexts.add(asWritten);
        m_jurisdictionOfText.push_back(ordinal);
        return ordinal;
    }

    qsizetype newJurisdiction(const CsvRecord &row)
    {
        const QString name = field(row, m_columns.jurisdiction).simplified();
        if (name.isEmpty())
            m_table.fail(row.line(), QStringLiteral("jurisdiction is empty"));
        const QString stateText = field(row, m_columns.state);
        const QString state = UsStates::code(stateText);
        if (!stateText.isEmpty() && state.isEmpty())
            m_table.fail(row.line(), QStringLiteral("state '%1' is not a U.S. state or postal code").arg(stateText));
        const QString key = QStringLiteral("jurisdiction:") + jurisdictionMatchKey(name, state);
        if (const auto it = m_jurisdictionByKey.constFind(key); it != m_jurisdictionByKey.constEnd())
            return it.value();
        Jurisdiction j;
        j.key = key;
        j.name = name;
        j.state = state;
        j.kind = vocabularyValue(row, m_columns.kind, m_kinds, "jurisdiction_kind", jurisdictionKindFromKey,
                                 jurisdictionKindVocabulary, JurisdictionKind::City);
        if (j.kind == JurisdictionKind::County)
            j.county = name;
        const qsizetype ordinal = m_jurisdictionKeys.size();
        m_jurisdictionByKey.insert(key, ordinal);
        m_jurisdictionKeys.push_back(key.toUtf8());
        m_sink.addJurisdiction(j);
        return ordinal;
    }

    // The number of the source a row cites, added once per URL (or title and publisher); -1: none.
    qsizetype source(const CsvRecord &row)
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
        if (const qsizetype seen = m_sourceTexts.find(asWritten); seen >= 0)
            return m_sourceOfText[size_t(seen)];
        const qsizetype ordinal = newSource(row);
        m_sourceTexts.add(asWritten);
        m_sourceOfText.push_back(ordinal);
        return ordinal;
    }

    qsizetype newSource(const CsvRecord &row)
    {
        const QString title = field(row, m_columns.sourceTitle).simplified();
        const QString url = field(row, m_columns.sourceUrl);
        if (title.isEmpty() && url.isEmpty())
            return -1;
        const QString publisher = field(row, m_columns.sourcePublisher).simplified();
        const QString key = url.isEmpty() ? StableKey::join(QStringLiteral("source"), {title, publisher})
                                          : QStringLiteral("source-url:") + url;
        if (const auto it = m_sourceByKey.constFind(key); it != m_sourceByKey.constEnd())
            return it.value();
        Source s;
        s.key = key;
        s.title = title.isEmpty() ? url : title;
        s.publisher = publisher;
        s.url = url;
        s.published = date(cell(row, m_columns.sourcePublished), row.line(), "source_published", false);
        const qsizetype ordinal = m_sourceByKey.size();
        m_sourceByKey.insert(key, ordinal);
        m_sink.addSource(s);
        return ordinal;
    }

    // "a; b" → "a", "b": entries trimmed as QString trims, empty ones left out.
    template <typename Each>
    void forEachEntry(QByteArrayView list, Each each)
    {
        while (!list.isEmpty()) {
            const qsizetype semicolon = list.indexOf(';');
            const QByteArrayView entry = Utf8Text::trimmed(semicolon < 0 ? list : list.first(semicolon), m_text);
            if (!entry.isEmpty())
                each(entry);
            list = semicolon < 0 ? QByteArrayView() : list.sliced(semicolon + 1);
        }
    }

    // "Name (role); Other" → people; '(' and ')' are ASCII, so byte positions stand for
    // characters.
    void readPeople(QByteArrayView list)
    {
        forEachEntry(list, [this](QByteArrayView e) {
            const qsizetype open = e.lastIndexOf('(');
            if (e.endsWith(')') && open > 0)
                m_people.push_back({Utf8Text::trimmed(e.first(open), m_text),
                                    Utf8Text::trimmed(e.sliced(open + 1, e.size() - open - 2), m_text)});
            else
                m_people.push_back({e, {}});
        });
    }

    std::optional<int> page(QByteArrayView value, int line)
    {
        if (value.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int number = QString::fromUtf8(value).toInt(&ok);
        if (!ok || number < 1)
            m_table.fail(line, QStringLiteral("page '%1' is not a page number").arg(QString::fromUtf8(value)));
        return number;
    }

    // "csv:" and the digest of jurisdiction key, start and normalised title (StableKey::join's
    // rule; an ISO date is already normalised).
    QByteArrayView derivedKey(const CsvEventRow &e)
    {
        std::string &text = m_keyText;  // reused: no allocation per row
        text.clear();
        const QByteArray &jurisdictionKey = m_jurisdictionKeys[size_t(e.jurisdiction)];
        text.append(jurisdictionKey.constData(), size_t(jurisdictionKey.size()));
        text.push_back(':');
        text.append(e.startIso.data(), size_t(e.startIso.size()));
        text.push_back(':');
        StableKey::appendNormalised(text, e.title);
        const auto digest = StableKey::digest(QByteArrayView(text.data(), qsizetype(text.size())));
        char *key = m_text.reserve(4 + qsizetype(digest.size()));
        std::memcpy(key, "csv:", 4);
        std::memcpy(key + 4, digest.data(), digest.size());
        return m_text.commit(4 + qsizetype(digest.size()));
    }

    void readRow(const CsvRecord &row)
    {
        m_text.clear();
        m_tags.clear();
        m_people.clear();
        const int line = row.line();
        CsvEventRow e;
        e.jurisdiction = jurisdiction(row);
        e.type = vocabularyValue(row, m_columns.type, m_types, "type", eventTypeFromKey, eventTypeVocabulary, EventType::Other);
        e.start = date(cell(row, m_columns.start), line, "start", true, &e.startIso);
        e.end = date(cell(row, m_columns.end), line, "end", false, &e.endIso);
        if (e.end.isValid() && e.end.lastDay() < e.start.firstDay())
            m_table.fail(line, QStringLiteral("end %1 is before start %2").arg(e.end.toIsoString(), e.start.toIsoString()));
        e.title = Utf8Text::simplified(cell(row, m_columns.title), m_text);
        if (e.title.isEmpty())
            m_table.fail(line, QStringLiteral("title is empty"));
        // The key as soon as its parts are known; the lookup at the end then finds its slot loaded.
        const QByteArrayView id = cell(row, m_columns.id);
        e.key = id.isEmpty() ? derivedKey(e) : id;
        e.keyGiven = !id.isEmpty();
        m_eventKeys.prefetch(e.key);
        e.summary = multiLine(row, m_columns.summary);
        e.location = Utf8Text::simplified(cell(row, m_columns.location), m_text);
        e.status = vocabularyValue(row, m_columns.status, m_statuses, "status", eventStatusFromKey, eventStatusVocabulary,
                                   EventStatus::Confirmed);
        forEachEntry(cell(row, m_columns.tags), [this](QByteArrayView tag) { m_tags.push_back(tag); });
        readPeople(cell(row, m_columns.people));
        e.tags = m_tags;
        e.people = m_people;
        e.note = multiLine(row, m_columns.note);

        const qsizetype source = this->source(row);
        const QByteArrayView quote = multiLine(row, m_columns.quote);
        const QByteArrayView pageText = cell(row, m_columns.page);
        if (source < 0 && (!quote.isEmpty() || !pageText.isEmpty()))
            m_table.fail(line, QStringLiteral("a quote or page is given but no source (source_title or source_url)"));
        if (source >= 0)
            e.citation = CsvCitationRow{source, quote, page(pageText, line)};

        const size_t fingerprint = eventFingerprint(e);
        if (const qsizetype earlier = m_eventKeys.find(e.key); earlier >= 0) {
            const EventKeyIndex::Entry &first = m_eventKeys.entry(earlier);
            // An event with several citations takes one row per citation: the same id, the same
            // event columns, another source or quote.
            if (!id.isEmpty() && e.citation && first.fingerprint == fingerprint) {
                m_sink.addCitation(earlier, *e.citation);
                return;
            }
            m_table.fail(line, id.isEmpty()
                ? QStringLiteral("the same event (jurisdiction, start and title) is already on line %1; give the rows ids "
                                 "if they are different events").arg(first.line)
                : QStringLiteral("duplicate id '%1' (first on line %2); rows of one event may differ only in the "
                                 "source and quote columns").arg(QString::fromUtf8(id)).arg(first.line));
        }
        m_eventKeys.add(e.key, {line, fingerprint});
        m_sink.addEvent(e);
    }

    CsvTable m_table;
    CaseCsvSink &m_sink;
    const char *m_end;
    bool m_scanReadData;  // rather than the caller scanning the file itself
    Columns m_columns{};
    bool m_windows1252;
    // Lanes and sources as their columns are written, and the number each stands for.
    ByteKeyTable m_jurisdictionTexts;
    std::vector<qsizetype> m_jurisdictionOfText;
    QHash<QString, qsizetype> m_jurisdictionByKey;
    std::vector<QByteArray> m_jurisdictionKeys;  // UTF-8, by number
    ByteKeyTable m_sourceTexts;
    std::vector<qsizetype> m_sourceOfText;
    QHash<QString, qsizetype> m_sourceByKey;
    QByteArray m_asWritten;  // the lookup key of jurisdiction() and source()
    VocabularyColumn<EventType> m_types;
    VocabularyColumn<EventStatus> m_statuses;
    VocabularyColumn<JurisdictionKind> m_kinds;
    // The row being read: its normalised text, tags and people.
    TextArena m_text;
    std::vector<QByteArrayView> m_tags;
    std::vector<CsvPersonRow> m_people;
    std::string m_keyText;
    EventKeyIndex m_eventKeys;  // numbered as the sink numbers events
};

CaseCsvParser::CaseCsvParser(const QByteArray &data, const QString &fileName, CaseCsvSink &sink,
                             const std::optional<InputScan> &known)
    : m_rows(std::make_unique<Rows>(data, fileName, sink, known))
{
}

CaseCsvParser::~CaseCsvParser() = default;

void CaseCsvParser::setProgress(Progress progress) { m_rows->progress = std::move(progress); }

void CaseCsvParser::setConsumed(Consumed consumed) { m_rows->consumed = std::move(consumed); }

QList<ImportWarning> CaseCsvParser::parse() { return m_rows->parse(); }

qsizetype CaseCsvParser::lineCount() const { return m_rows->lineCount(); }

}  // namespace caseline
