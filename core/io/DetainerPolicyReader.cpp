#include "DetainerPolicyReader.h"

#include "CsvTable.h"
#include "StableKey.h"
#include "TextEncoding.h"
#include "UsPlace.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace caseline {

namespace {

constexpr const char *kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

QString monthAbbreviation(int month)
{
    QString name = QLatin1String(kMonths[month - 1]);
    name[0] = name[0].toUpper();
    return name;
}

class Reader {
public:
    Reader(const QByteArray &data, const QString &fileName) : m_table(data, fileName), m_fileName(fileName) {}

    CaseData read()
    {
        m_table.readHeader({QStringLiteral("Location"), QStringLiteral("Date Enacted"), QStringLiteral("Policy"),
                            QStringLiteral("Criteria for Honoring Detainer")});
        m_data.sources.append(listSource());
        CsvRecord row;
        while (m_table.next(row))
            readRow(row);
        m_data.warnings = m_table.finish() + m_data.warnings;
        return std::move(m_data);
    }

private:
    QString field(const CsvRecord &row, const char *column) { return m_table.field(row, m_table.column(QLatin1String(column))); }

    Source listSource()
    {
        Source s;
        s.key = StableKey::join(QStringLiteral("detainer-policies-list"), {QFileInfo(m_fileName).completeBaseName()});
        s.title = QStringLiteral("Sanctuary cities, counties and states: ICE detainer policies (%1)")
                      .arg(QFileInfo(m_fileName).fileName());
        s.publisher = QStringLiteral("List archived in the GitHub repository austinbrian/sheriffs; original compiler not stated");
        s.url = QStringLiteral("https://github.com/austinbrian/sheriffs");
        s.kind = QStringLiteral("dataset");
        s.text = m_table.decodedText();
        return s;
    }

    // "Sep-14" (month and two-digit year), or an ISO date at any precision. Empty: undated.
    PartialDate enacted(const CsvRecord &row, const QString &text)
    {
        static const QRegularExpression monthYear(QStringLiteral("^([A-Za-z]{3})[a-z]*[-/ ](\\d{2})$"));
        if (const auto m = monthYear.match(text); m.hasMatch()) {
            const QString month = m.captured(1).toLower();
            for (int i = 0; i < 12; ++i)
                if (month == QLatin1String(kMonths[i])) {
                    // Two-digit years in a list of current policies: 00-69 are 2000s.
                    const int yy = m.captured(2).toInt();
                    return PartialDate::month(yy < 70 ? 2000 + yy : 1900 + yy, i + 1);
                }
            m_table.fail(row.line(), QStringLiteral("Date Enacted: '%1' is not a month").arg(m.captured(1)));
        }
        QString why;
        const PartialDate d = PartialDate::parse(text, &why);
        if (!d.isValid())
            m_table.fail(row.line(), QStringLiteral("Date Enacted: %1").arg(why));
        // Spreadsheets read a typed "Aug-14" as 14 August of the current year; in a list that
        // otherwise says "Mon-YY", such a day is worth a second look, but it is kept as written.
        if (d.precision() == PartialDate::Precision::Day && d.dayValue() <= d.yearValue() % 100)
            m_data.warnings.append({row.line(), QStringLiteral("Date Enacted '%1' was imported as written; it may be a "
                                                               "spreadsheet's reading of '%2-%3' (month and year)")
                                                    .arg(text, monthAbbreviation(d.monthValue()))
                                                    .arg(d.dayValue(), 2, 10, QLatin1Char('0'))});
        return d;
    }

    void readRow(const CsvRecord &row)
    {
        QString why;
        const UsPlace place = UsPlace::parse(field(row, "Location"), &why);
        if (place.name.isEmpty())
            m_table.fail(row.line(), QStringLiteral("Location: %1").arg(why));
        if (!place.readingNote.isEmpty())
            m_data.warnings.append({row.line(), QStringLiteral("Location '%1': %2").arg(field(row, "Location"), place.readingNote)});

        const QString jurisdictionKey = StableKey::join(QStringLiteral("detainer-policies"), {place.state, place.name});
        if (!m_jurisdictionKeys.contains(jurisdictionKey)) {
            m_jurisdictionKeys.insert(jurisdictionKey);
            Jurisdiction j;
            j.key = jurisdictionKey;
            j.name = place.name;
            j.kind = place.kind;
            j.state = place.state;
            j.county = place.county;
            m_data.jurisdictions.append(j);
        }

        const QString dateText = field(row, "Date Enacted");
        if (dateText.isEmpty()) {
            m_data.warnings.append({row.line(), QStringLiteral("Date Enacted is empty: %1 was imported without a policy "
                                                               "period, since a period needs a start")
                                                    .arg(place.name)});
            return;
        }
        const PartialDate start = enacted(row, dateText);
        const QString policy = field(row, "Policy").simplified();
        const QString criteria = field(row, "Criteria for Honoring Detainer").simplified();
        const QString designation = field(row, "Designation");

        const QString periodKey = StableKey::join(QStringLiteral("detainer-policies"), {place.state, place.name,
            StableKey::digest(StableKey::join(dateText, {policy, criteria}))});
        if (const int first = m_rowOfPeriod.value(periodKey); first > 0) {
            m_data.warnings.append({row.line(), QStringLiteral("repeats line %1 (same place, date, policy and criteria); "
                                                               "imported once").arg(first)});
            return;
        }
        m_rowOfPeriod.insert(periodKey, row.line());

        QStringList note;
        if (!policy.isEmpty())
            note << QStringLiteral("Policy: %1").arg(policy);
        if (!criteria.isEmpty())
            note << QStringLiteral("Criteria for honoring detainers: %1").arg(criteria);
        if (!designation.isEmpty())
            note << QStringLiteral("Designation in the list: %1 (the list does not say what it means)").arg(designation);
        note << QStringLiteral("Date enacted as listed: %1").arg(dateText);

        CaseData::LinkedPeriod period;
        period.jurisdictionKey = jurisdictionKey;
        period.period.key = periodKey;
        period.period.stance = Stance::DetainerLimits;
        period.period.start = start;
        period.period.note = note.join(QLatin1Char('\n'));
        CaseData::LinkedCitation citation;
        citation.sourceKey = m_data.sources.first().key;
        citation.citation.quote = row.rawText();
        citation.citation.note = QStringLiteral("Line %1 of the list.").arg(row.line());
        period.citations.append(citation);
        m_data.periods.append(period);
    }

    CsvTable m_table;
    QString m_fileName;
    CaseData m_data;
    QSet<QString> m_jurisdictionKeys;
    QHash<QString, int> m_rowOfPeriod;
};

}  // namespace

QString DetainerPolicyReader::formatKey() const { return QStringLiteral("detainer-policies"); }
QString DetainerPolicyReader::formatName() const { return QStringLiteral("ICE detainer policies, 2014-2015 (CSV)"); }

int DetainerPolicyReader::sniffScore(const QByteArray &head, const QString &) const
{
    const QByteArrayView body = TextEncoding::withoutUtf8Bom(head);
    return body.trimmed().toByteArray().toLower().startsWith("location,date enacted,") ? 100 : 0;
}

std::variant<CaseData, ImportError> DetainerPolicyReader::read(const QByteArray &data, const QString &fileName) const
{
    return readReportingErrors<Reader>(data, fileName);
}

}  // namespace caseline
