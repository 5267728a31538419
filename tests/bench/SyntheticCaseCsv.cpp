#include "SyntheticCaseCsv.h"

#include "io/CsvCell.h"
#include "model/EventType.h"
#include "model/PartialDate.h"
#include "model/Stance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>
#include <vector>

namespace caseline::bench {

namespace {

const char *const kStates[] = {"CA", "TX", "FL", "NY", "IL", "PA", "OH", "GA", "NC", "MI", "NJ", "VA", "WA", "AZ",
                               "MA", "TN", "IN", "MO", "MD", "WI", "CO", "MN", "SC", "AL", "LA", "KY", "OR", "OK",
                               "CT", "UT", "IA", "NV", "AR", "MS", "KS", "NM", "NE", "ID", "WV", "HI", "NH", "ME",
                               "MT", "RI", "DE", "SD", "ND", "AK", "VT", "WY"};
const char *const kNameStarts[] = {"Ash", "Bel", "Cedar", "Dun", "Elm", "Fair", "Glen", "Hart", "Iron", "Juniper",
                                   "Kings", "Lake", "Maple", "North", "Oak", "Pine", "Quarry", "River", "Stone",
                                   "Thorn", "Union", "Vale", "West", "Willow", "Yarrow"};
const char *const kNameEnds[] = {"ton", "field", "wood", "ford", "dale", "view", "port", "ville", "burg", "mont",
                                 "haven", "brook", "ridge", "crest", "bury", "well", "side", "land", "moor", "gate"};
const char *const kStreets[] = {"Main St", "Oak Ave", "County Rd 12", "1st St", "Court House Sq", "Jail Annex",
                                "Highway 9", "Market St"};
const char *const kPeople[] = {"A. Rivera (sheriff)", "J. Chen (commissioner)", "M. Okafor (police chief)",
                               "L. García (attorney)", "R. Novak (mayor)", "S. Patel (reporter)"};
const char *const kTags[] = {"287(g)", "jail", "detainer", "FOIA", "courthouse", "traffic stop", "school", "vote"};

struct TypeShare {
    EventType type;
    int weight;
    const char *title;
};
// Roughly what FOIA logs and news archives hold: many detentions and backup calls, few rulings.
const TypeShare kTypes[] = {
    {EventType::Detention, 30, "Detention reported to ICE"},
    {EventType::Arrest, 18, "Arrest with immigration hold"},
    {EventType::BackupCall, 14, "Police backup call to ICE"},
    {EventType::Detainer, 12, "ICE detainer request received"},
    {EventType::Raid, 3, "Workplace enforcement operation"},
    {EventType::CommissionSession, 6, "Commission session on cooperation with ICE"},
    {EventType::Statement, 5, "Public statement on immigration enforcement"},
    {EventType::Protest, 4, "Protest outside the county jail"},
    {EventType::Report, 3, "Report on detention numbers"},
    {EventType::Ordinance, 1, "Ordinance on detainer requests"},
    {EventType::Lawsuit, 1, "Lawsuit over an immigration hold"},
    {EventType::CourtRuling, 1, "Court ruling on a detainer"},
    {EventType::Agreement, 1, "287(g) agreement signed"},
    {EventType::Proclamation, 1, "Welcoming-city proclamation"},
};

struct StanceChoice {
    Stance stance;
    const char *why;
};
const StanceChoice kStances[] = {
    {Stance::SanctuaryOrdinance, "ordinance limiting cooperation"},
    {Stance::DetainerLimits, "detainers honoured only with a warrant"},
    {Stance::WelcomingCity, "welcoming-city proclamation"},
    {Stance::JailEnforcement287g, "287(g) jail enforcement agreement"},
    {Stance::TaskForce287g, "287(g) task force agreement"},
    {Stance::WarrantService287g, "287(g) warrant service officer agreement"},
};

struct Lane {
    QString key, name, state, kind;
};

QByteArray cell(const QString &text) { return CsvCell::format(text).toUtf8(); }

class Writer {
public:
    explicit Writer(const SyntheticCaseCsv::Sizes &sizes) : m_sizes(sizes), m_random(sizes.seed) {}

    SyntheticCaseCsv::Written write(const QString &csvPath, const QString &jsonPath)
    {
        makeLanes();
        SyntheticCaseCsv::Written written;
        written.periods = writeJson(jsonPath);
        writeCsv(csvPath, written);
        return written;
    }

private:
    quint64 next() { return m_random(); }
    int below(int n) { return int(next() % quint64(n)); }
    bool percent(int p) { return below(100) < p; }

    void makeLanes()
    {
        const int starts = int(std::size(kNameStarts)), ends = int(std::size(kNameEnds));
        m_cumulative.reserve(size_t(m_sizes.lanes));
        double total = 0;
        for (int k = 0; k < m_sizes.lanes; ++k) {
            Lane lane;
            const int combo = k % (starts * ends);
            lane.name = QLatin1String(kNameStarts[combo % starts]) + QLatin1String(kNameEnds[combo / starts]);
            if (k >= starts * ends)
                lane.name += QStringLiteral(" %1").arg(k / (starts * ends) + 1);
            // Every fifth lane is a county (the sheriff's jail), the rest cities.
            const bool county = k % 5 == 4;
            if (county)
                lane.name += QStringLiteral(" County");
            lane.kind = county ? QStringLiteral("county") : QStringLiteral("city");
            lane.state = QLatin1String(kStates[(k * 7) % int(std::size(kStates))]);
            lane.key = QStringLiteral("synthetic-lane-%1").arg(k + 1);
            m_lanes.push_back(lane);
            m_cumulative.push_back(total += 1.0 / std::pow(k + 1, 1.1));
        }
        m_total = total;
    }

    qint64 writeJson(const QString &path)
    {
        QJsonArray jurisdictions, periods;
        const qint64 firstDay = PartialDate::year(1990).firstJulianDay();
        for (int k = 0; k < m_sizes.lanes; ++k) {
            const Lane &lane = m_lanes[size_t(k)];
            // Bigger lanes are bigger places: population falls with rank like the event share.
            const qint64 population = std::max<qint64>(800, qint64(4'000'000 / std::pow(k + 1, 0.9)));
            jurisdictions.append(QJsonObject{{QStringLiteral("id"), lane.key}, {QStringLiteral("name"), lane.name},
                                             {QStringLiteral("kind"), lane.kind}, {QStringLiteral("state"), lane.state},
                                             {QStringLiteral("population"), double(population)},
                                             {QStringLiteral("population_year"), 2020}});
            // About a third of the lanes take a stance, some change it once or twice.
            if (!percent(35))
                continue;
            qint64 day = firstDay + below(30 * 365);
            const int changes = 1 + (percent(25) ? 1 : 0) + (percent(10) ? 1 : 0);
            for (int c = 0; c < changes; ++c) {
                const StanceChoice &choice = kStances[below(int(std::size(kStances)))];
                const PartialDate start = PartialDate::fromJulianDay(day, percent(60) ? PartialDate::Precision::Day
                                                                                     : PartialDate::Precision::Month);
                const bool last = c == changes - 1;
                const bool ends = !last || percent(20);
                const qint64 endDay = start.lastJulianDay() + 200 + below(6 * 365);
                const PartialDate end = PartialDate::fromJulianDay(endDay, PartialDate::Precision::Day);
                QJsonObject period{{QStringLiteral("id"), QStringLiteral("synthetic-period-%1-%2").arg(k + 1).arg(c + 1)},
                                   {QStringLiteral("jurisdiction"), lane.key},
                                   {QStringLiteral("stance"), stanceKey(choice.stance)},
                                   {QStringLiteral("start"), start.toIsoString()},
                                   {QStringLiteral("end"), ends ? QJsonValue(end.toIsoString()) : QJsonValue()},
                                   {QStringLiteral("note"), QStringLiteral("Synthetic: %1.").arg(QLatin1String(choice.why))},
                                   {QStringLiteral("citations"),
                                    QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("synthetic-policy-register")},
                                                           {QStringLiteral("quote"), QStringLiteral("%1 adopted by %2.")
                                                                                         .arg(QLatin1String(choice.why), lane.name)}}}}};
                periods.append(period);
                if (!ends)
                    break;
                day = endDay + 1 + below(2 * 365);
            }
        }
        const QJsonObject root{
            {QStringLiteral("format"), QStringLiteral("caseline-case")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("title"), QStringLiteral("SYNTHETIC benchmark case (generated, not real data)")},
            {QStringLiteral("description"),
             QStringLiteral("Generated by tests/bench (seed %1, %2 events, %3 jurisdictions) to measure Caseline's speed. "
                            "No place, person, source or event in it is real.")
                 .arg(m_sizes.seed).arg(m_sizes.events).arg(m_sizes.lanes)},
            {QStringLiteral("sources"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("synthetic-policy-register")},
                                    {QStringLiteral("title"), QStringLiteral("Synthetic policy register (generated)")},
                                    {QStringLiteral("publisher"), QStringLiteral("Synthetic data")},
                                    {QStringLiteral("url"), QStringLiteral("https://example.invalid/synthetic/policies")}}}},
            {QStringLiteral("jurisdictions"), jurisdictions},
            {QStringLiteral("policy_periods"), periods},
        };
        save(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
        return periods.size();
    }

    int pickLane()
    {
        const double x = std::uniform_real_distribution<double>(0, m_total)(m_random);
        return int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
    }

    // Events grow denser towards the present: the square root of a uniform number leans late.
    PartialDate pickDate()
    {
        static const qint64 first = PartialDate::year(1990).firstJulianDay();
        static const qint64 days = PartialDate::year(2024).lastJulianDay() - first + 1;
        const double u = std::sqrt(std::uniform_real_distribution<double>(0, 1)(m_random));
        const qint64 day = first + std::min<qint64>(days - 1, qint64(u * double(days)));
        const int roll = below(100);
        return PartialDate::fromJulianDay(day, roll < 3 ? PartialDate::Precision::Year
                                               : roll < 10 ? PartialDate::Precision::Month
                                                           : PartialDate::Precision::Day);
    }

    const TypeShare &pickType()
    {
        static const int total = [] {
            int sum = 0;
            for (const TypeShare &t : kTypes)
                sum += t.weight;
            return sum;
        }();
        int roll = below(total);
        for (const TypeShare &t : kTypes)
            if ((roll -= t.weight) < 0)
                return t;
        return kTypes[0];
    }

    void writeCsv(const QString &path, SyntheticCaseCsv::Written &written)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw std::runtime_error(QStringLiteral("%1: %2").arg(path, file.errorString()).toStdString());
        QByteArray out = "id,jurisdiction,state,jurisdiction_kind,type,start,end,title,summary,location,status,tags,"
                         "people,source_title,source_publisher,source_url,source_published,quote,page,note\n";
        // A source for about every fifty events, each shared by the events of one lane.
        const qint64 sourceCount = std::max<qint64>(1, m_sizes.events / 50);
        for (qint64 i = 1; i <= m_sizes.events; ++i) {
            const int laneIndex = pickLane();
            const Lane &lane = m_lanes[size_t(laneIndex)];
            const TypeShare &type = pickType();
            const PartialDate start = pickDate();
            const bool secondCitation = percent(4);
            const QString id = secondCitation ? QStringLiteral("synthetic-%1").arg(i) : QString();
            const QString title = QStringLiteral("%1, case %2-%3").arg(QLatin1String(type.title)).arg(start.yearValue()).arg(i, 7, 10, QLatin1Char('0'));
            QString summary;
            if (percent(40))
                summary = QStringLiteral("Synthetic record: %1 in %2, %3. Officers said the person was \"held for ICE\" "
                                         "after a %4.")
                              .arg(QString::fromLatin1(type.title).toLower(), lane.name, lane.state,
                                   percent(50) ? QStringLiteral("traffic stop") : QStringLiteral("booking"));
            const QString end = percent(5) && start.precision() == PartialDate::Precision::Day
                ? PartialDate::fromJulianDay(start.lastJulianDay() + 1 + below(30), PartialDate::Precision::Day).toIsoString()
                : QString();
            const QString location = percent(30) ? QLatin1String(kStreets[below(int(std::size(kStreets)))]) + QStringLiteral(", ") + lane.name : QString();
            const int statusRoll = below(100);
            const QString status = statusRoll < 85 ? QStringLiteral("confirmed") : statusRoll < 95 ? QStringLiteral("unverified") : QStringLiteral("disputed");
            QString tags;
            if (percent(30))
                tags = QLatin1String(kTags[below(int(std::size(kTags)))]) + QStringLiteral("; ") + QLatin1String(kTags[below(int(std::size(kTags)))]);
            const QString people = percent(10) ? QLatin1String(kPeople[below(int(std::size(kPeople)))]) : QString();
            const QString note = percent(5) ? QStringLiteral("Synthetic note: date from the booking log.") : QString();
            const QByteArray eventCells = cell(id) + ',' + cell(lane.name) + ',' + cell(lane.state) + ',' + cell(lane.kind) + ','
                + cell(eventTypeKey(type.type)) + ',' + cell(start.toIsoString()) + ',' + cell(end) + ',' + cell(title) + ','
                + cell(summary) + ',' + cell(location) + ',' + cell(status) + ',' + cell(tags) + ',' + cell(people) + ',';
            const int citations = secondCitation ? 2 : (percent(70) ? 1 : 0);
            for (int c = 0; c < std::max(1, citations); ++c) {
                out += eventCells;
                if (citations > 0) {
                    // Sources cluster by lane: a lane's events cite the same few outlets' reports.
                    const qint64 source = (qint64(laneIndex) * 7 + below(5) + c * 3) % sourceCount + 1;
                    const QString quote = percent(50) ? QStringLiteral("Synthetic quote: the %1 was logged on %2.")
                                                             .arg(QString::fromLatin1(type.title).toLower(), start.toIsoString())
                                                      : QString();
                    out += cell(QStringLiteral("Synthetic report %1 (generated)").arg(source)) + ','
                        + cell(QStringLiteral("Synthetic Gazette %1").arg(source % 40 + 1)) + ','
                        + cell(QStringLiteral("https://example.invalid/synthetic/report/%1").arg(source)) + ','
                        + cell(PartialDate::year(1990 + int(source % 35)).toIsoString()) + ',' + cell(quote) + ','
                        + (percent(10) ? QByteArray::number(1 + below(40)) : QByteArray()) + ',';
                } else {
                    out += ",,,,,,";
                }
                out += cell(note) + '\n';
                ++written.rows;
            }
            if (out.size() > (1 << 22)) {
                written.csvBytes += file.write(out);
                out.clear();
            }
        }
        written.csvBytes += file.write(out);
        if (!file.flush())
            throw std::runtime_error(QStringLiteral("%1: %2").arg(path, file.errorString()).toStdString());
    }

    void save(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            throw std::runtime_error(QStringLiteral("%1: %2").arg(path, file.errorString()).toStdString());
    }

    SyntheticCaseCsv::Sizes m_sizes;
    std::mt19937_64 m_random;
    std::vector<Lane> m_lanes;
    std::vector<double> m_cumulative;
    double m_total = 0;
};

}  // namespace

SyntheticCaseCsv::Written SyntheticCaseCsv::write(const QString &csvPath, const QString &periodsJsonPath) const
{
    return Writer(m_sizes).write(csvPath, periodsJsonPath);
}

}  // namespace caseline::bench
