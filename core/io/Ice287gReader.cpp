#include "Ice287gReader.h"

#include "CsvTable.h"
#include "StableKey.h"
#include "TextEncoding.h"
#include "UsStates.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace caseline {

namespace {

struct Model {
    const char *supportType;  // as ICE writes it in SUPPORT TYPE
    Stance stance;
};
constexpr Model kModels[] = {
    {"Jail Enforcement Model", Stance::JailEnforcement287g},
    {"Task Force Model", Stance::TaskForce287g},
    {"Warrant Service Officer", Stance::WarrantService287g},
};

struct AgencyType {
    const char *type;  // as ICE writes it in TYPE
    JurisdictionKind kind;
};
// A state agency (a highway patrol, a corrections department) is not the state's own lane,
// where state laws go, so it stays an agency.
constexpr AgencyType kAgencyTypes[] = {
    {"County", JurisdictionKind::County},
    {"Municipality", JurisdictionKind::City},
    {"State Agency", JurisdictionKind::Agency},
};

template <typename Entry, size_t N>
const Entry *findEntry(const Entry (&table)[N], const char *Entry::*name, const QString &value)
{
    for (const Entry &e : table)
        if (StableKey::normalise(value) == StableKey::normalise(QLatin1String(e.*name)))
            return &e;
    return nullptr;
}

template <typename Entry, size_t N>
QString allowed(const Entry (&table)[N], const char *Entry::*name)
{
    QStringList names;
    for (const Entry &e : table)
        names << QLatin1String(e.*name);
    return names.join(QStringLiteral(", "));
}

class Reader {
public:
    Reader(const QByteArray &data, const QString &fileName) : m_table(data, fileName), m_fileName(fileName) {}

    CaseData read()
    {
        m_table.readHeader({QStringLiteral("STATE"), QStringLiteral("LAW ENFORCEMENT AGENCY"), QStringLiteral("TYPE"),
                            QStringLiteral("COUNTY"), QStringLiteral("SUPPORT TYPE"), QStringLiteral("SIGNED"),
                            QStringLiteral("MOA")});
        m_data.sources.append(listSource());
        CsvRecord row;
        while (m_table.next(row))
            readRow(row);
        m_data.warnings = m_table.finish() + m_data.warnings;
        return std::move(m_data);
    }

private:
    QString field(const CsvRecord &row, const char *column) { return m_table.field(row, m_table.column(QLatin1String(column))); }

    // The list's date is in ICE's file name (participating-agencies-2025-05-16.csv).
    Source listSource()
    {
        static const QRegularExpression datePattern(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));
        const QString name = QFileInfo(m_fileName).fileName();
        const auto match = datePattern.match(name);
        Source s;
        s.kind = QStringLiteral("dataset");
        s.publisher = QStringLiteral("U.S. Immigration and Customs Enforcement");
        s.url = QStringLiteral("https://www.ice.gov/identify-and-arrest/287g");
        if (match.hasMatch())
            s.published = PartialDate::parse(match.captured(1));
        m_listDate = s.published.isValid() ? s.published.toIsoString() : name;
        s.key = StableKey::join(QStringLiteral("ice287g-list"), {m_listDate});
        s.title = QStringLiteral("ICE 287(g) participating agencies (%1)").arg(m_listDate);
        // The whole list, so that every quoted row can be checked against it.
        s.text = m_table.decodedText();
        return s;
    }

    PartialDate signedDate(const CsvRecord &row, const QString &text)
    {
        static const QRegularExpression isoWithTime(QStringLiteral("^(\\d{4}-\\d{1,2}-\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
        static const QRegularExpression usDate(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/?(\\d{4})$"));
        if (text.isEmpty())
            m_table.fail(row.line(), QStringLiteral("SIGNED is empty: the date the agreement was signed is needed"));
        QString why;
        if (const auto m = isoWithTime.match(text); m.hasMatch()) {
            const PartialDate d = PartialDate::parse(m.captured(1), &why);
            if (!d.isValid())
                m_table.fail(row.line(), QStringLiteral("SIGNED: %1").arg(why));
            return d;
        }
        if (const auto m = usDate.match(text); m.hasMatch()) {
            const PartialDate d = PartialDate::day(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
            if (!d.isValid())
                m_table.fail(row.line(), QStringLiteral("SIGNED: '%1' is not a date (read as month/day/year)").arg(text));
            // ICE's list has "05/082025": month/day and year with the last slash missing.
            if (text.count(QLatin1Char('/')) == 1)
                m_data.warnings.append({row.line(), QStringLiteral("SIGNED '%1' has a slash missing; read as month/day/year, %2")
                                                        .arg(text, d.toIsoString())});
            return d;
        }
        PartialDate::parse(text, &why);
        m_table.fail(row.line(), QStringLiteral("SIGNED: %1").arg(why));
    }

    void readRow(const CsvRecord &row)
    {
        const QString stateText = field(row, "STATE");
        const QString state = UsStates::code(stateText);
        if (state.isEmpty())
            m_table.fail(row.line(), QStringLiteral("STATE '%1' is not a U.S. state").arg(stateText));
        const QString agency = field(row, "LAW ENFORCEMENT AGENCY").simplified();
        if (agency.isEmpty())
            m_table.fail(row.line(), QStringLiteral("LAW ENFORCEMENT AGENCY is empty"));
        const QString typeText = field(row, "TYPE");
        const AgencyType *type = findEntry(kAgencyTypes, &AgencyType::type, typeText);
        if (!type)
            m_table.fail(row.line(), QStringLiteral("unknown TYPE '%1' (expected one of: %2)")
                                         .arg(typeText, allowed(kAgencyTypes, &AgencyType::type)));
        const QString supportText = field(row, "SUPPORT TYPE");
        const Model *model = findEntry(kModels, &Model::supportType, supportText);
        if (!model)
            m_table.fail(row.line(), QStringLiteral("unknown SUPPORT TYPE '%1' (expected one of: %2)")
                                         .arg(supportText, allowed(kModels, &Model::supportType)));
        QString county = field(row, "COUNTY").simplified();
        if (county == QLatin1String("#N/A"))
            county.clear();
        const PartialDate signedOn = signedDate(row, field(row, "SIGNED"));
        const QString moa = field(row, "MOA").simplified();

        const QString jurisdictionKey = StableKey::join(QStringLiteral("ice287g"), {state, agency});
        if (!m_jurisdictionKeys.contains(jurisdictionKey)) {
            m_jurisdictionKeys.insert(jurisdictionKey);
            Jurisdiction j;
            j.key = jurisdictionKey;
            j.name = agency;
            j.kind = type->kind;
            j.state = state;
            j.county = county;
            m_data.jurisdictions.append(j);
        }

        const QString modelKey = stanceKey(model->stance);
        const QString periodKey = StableKey::join(QStringLiteral("ice287g"), {state, agency, modelKey});
        if (const int first = m_rowOfPeriod.value(periodKey); first > 0) {
            m_data.warnings.append({row.line(), QStringLiteral("repeats the agency and model of line %1; imported once").arg(first)});
            return;
        }
        m_rowOfPeriod.insert(periodKey, row.line());

        const QString modelName = QLatin1String(model->supportType);
        CaseData::LinkedCitation citation;
        citation.sourceKey = m_data.sources.first().key;
        citation.citation.quote = row.rawText();
        citation.citation.note = moa.isEmpty() ? QStringLiteral("Line %1 of the list.").arg(row.line())
                                               : QStringLiteral("Line %1 of the list; MOA column: %2").arg(row.line()).arg(moa);

        CaseData::LinkedPeriod period;
        period.jurisdictionKey = jurisdictionKey;
        period.period.key = periodKey;
        period.period.stance = model->stance;
        period.period.start = signedOn;
        period.period.note = QStringLiteral("287(g) %1 agreement with ICE signed %2; on ICE's list of participating agencies (%3).")
                                 .arg(modelName, signedOn.toIsoString(), m_listDate);
        period.citations.append(citation);
        m_data.periods.append(period);

        CaseData::LinkedEvent event;
        event.jurisdictionKey = jurisdictionKey;
        event.event.key = StableKey::join(QStringLiteral("ice287g-agreement"), {state, agency, modelKey});
        event.event.type = EventType::Agreement;
        event.event.start = signedOn;
        event.event.title = QStringLiteral("287(g) agreement signed: %1").arg(modelName);
        event.event.summary = QStringLiteral("%1 (%2) signed a 287(g) %3 agreement with ICE.").arg(agency, state, modelName);
        event.event.location = county;
        event.event.tags = {QStringLiteral("287(g)"), modelKey};
        event.citations.append(citation);
        m_data.events.append(event);
    }

    CsvTable m_table;
    QString m_fileName;
    QString m_listDate;
    CaseData m_data;
    QSet<QString> m_jurisdictionKeys;
    QHash<QString, int> m_rowOfPeriod;
};

}  // namespace

QString Ice287gReader::formatKey() const { return QStringLiteral("ice287g"); }
QString Ice287gReader::formatName() const { return QStringLiteral("ICE 287(g) participating agencies (CSV)"); }

int Ice287gReader::sniffScore(const QByteArray &head, const QString &) const
{
    const QByteArrayView body = TextEncoding::withoutUtf8Bom(head);
    return body.trimmed().toByteArray().toUpper().startsWith("STATE,LAW ENFORCEMENT AGENCY,") ? 100 : 0;
}

std::variant<CaseData, ImportError> Ice287gReader::read(const QByteArray &data, const QString &fileName) const
{
    return readReportingErrors<Reader>(data, fileName);
}

}  // namespace caseline
