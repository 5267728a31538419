#include "CaseCsvReader.h"

#include "CaseCsvParser.h"
#include "TextEncoding.h"

namespace caseline {

namespace {

// Collects the rows as CaseData, for the import preview and for small imports kept for undo.
class CaseDataCollector : public CaseCsvSink {
public:
    CaseData data;

    void addJurisdiction(const Jurisdiction &jurisdiction) override { data.jurisdictions.append(jurisdiction); }
    void addSource(const Source &source) override { data.sources.append(source); }
    void addEvent(const CsvEventRow &row) override
    {
        CaseData::LinkedEvent event;
        event.event = row.toEvent();
        event.jurisdictionKey = data.jurisdictions[row.jurisdiction].key;
        if (row.citation)
            event.citations.append(linked(*row.citation));
        data.events.append(std::move(event));
    }
    void addCitation(qsizetype ordinal, const CsvCitationRow &citation) override
    {
        data.events[ordinal].citations.append(linked(citation));
    }

private:
    CaseData::LinkedCitation linked(const CsvCitationRow &citation) const
    {
        return {citation.toCitation(), data.sources[citation.source].key};
    }
};

class Reader {
public:
    Reader(const QByteArray &data, const QString &fileName) : m_parser(data, fileName, m_collector) {}

    CaseData read()
    {
        // Room for one event per line, so that a million rows do not regrow the list.
        m_collector.data.events.reserve(m_parser.lineCount());
        m_collector.data.warnings = m_parser.parse();
        return std::move(m_collector.data);
    }

private:
    CaseDataCollector m_collector;
    CaseCsvParser m_parser;
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
