// Timing check for the timeline, run by hand (not a CTest test):
//   timeline_bench [--events N] [--lanes M] [--file PATH] [--reuse]
// Builds a synthetic case file (skewed: a few big lanes and a long tail), then measures the time
// to the first painted frame after opening it and the frame time while panning at full zoom-out,
// one year and one week, painting 1280x800 offscreen through TimelinePainter. Prints one JSON
// object. The file is written with SQL in one transaction through core's Database for speed; it
// fills event_fts as the application would (titles only; no summaries or quotes), so it is a
// consistent case file.

#include "model/Jurisdiction.h"
#include "model/PartialDate.h"
#include "model/Stance.h"
#include "query/TimelineIndex.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "timeline/TimelinePainter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <algorithm>
#include <random>
#include <vector>

using namespace caseline;

namespace {

void buildCase(const QString &path, int events, int lanes)
{
    QFile::remove(path);
    auto file = CaseFile::open(path, CaseFile::OpenMode::CreateIfMissing);
    Database &db = file->database();
    Transaction tx(db);
    std::mt19937 random(20240601);
    // Lane k gets a share proportional to 1 / (k + 1)^1.1: the biggest holds about a seventh.
    std::vector<double> cumulative(static_cast<size_t>(lanes), 0.0);
    double total = 0;
    for (int k = 0; k < lanes; ++k)
        cumulative[size_t(k)] = total += 1.0 / std::pow(k + 1, 1.1);
    Statement &jurisdiction = db.cached(QStringLiteral(
        "INSERT INTO jurisdiction(id, key, name, kind, state, match_key) VALUES (?1, ?2, ?3, 0, ?4, ?5)"));
    const QStringList states = {QStringLiteral("CA"), QStringLiteral("TX"), QStringLiteral("NY"), QStringLiteral("KS"),
                                QStringLiteral("IL"), QStringLiteral("FL"), QStringLiteral("WA"), QStringLiteral("GA")};
    Statement &period = db.cached(QStringLiteral(
        "INSERT INTO policy_period(key, jurisdiction_id, stance, family, start_date, end_date, first_day, last_day) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    for (int k = 0; k < lanes; ++k) {
        const QString name = QStringLiteral("Town %1").arg(k + 1, 4, 10, QLatin1Char('0'));
        const QString state = states[k % states.size()];
        jurisdiction.bind(1, qint64(k + 1)).bindText(2, QStringLiteral("j%1").arg(k + 1)).bindText(3, name)
            .bindText(4, state).bindText(5, jurisdictionMatchKey(name, state)).exec();
        if (k % 3 == 0) {  // a third of the lanes have a stance, some of them ended
            const Stance stance = k % 2 ? Stance::SanctuaryOrdinance : Stance::JailEnforcement287g;
            const PartialDate start = PartialDate::year(1995 + int(random() % 25));
            const PartialDate end = k % 5 == 0 ? PartialDate::year(start.yearValue() + 3) : PartialDate();
            period.bindText(1, QStringLiteral("p%1").arg(k)).bind(2, qint64(k + 1)).bind(3, int(stance))
                .bind(4, int(stanceFamily(stance))).bindText(5, start.toIsoString())
                .bind(6, end.isValid() ? end.toIsoString() : QString()).bind(7, start.firstJulianDay())
                .bind(8, end.isValid() ? std::optional<qint64>(end.lastJulianDay()) : std::nullopt).exec();
        }
    }
    Statement &event = db.cached(QStringLiteral(
        "INSERT INTO event(id, key, jurisdiction_id, type, start_date, first_day, last_day, title) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    Statement &fts = db.cached(QStringLiteral("INSERT INTO event_fts(rowid, title, summary, quotes) VALUES (?1, ?2, '', '')"));
    const qint64 first = PartialDate::year(1990).firstJulianDay();
    const qint64 days = PartialDate::year(2024).lastJulianDay() - first + 1;
    std::uniform_real_distribution<double> pick(0, total);
    for (int i = 1; i <= events; ++i) {
        const int lane = int(std::lower_bound(cumulative.begin(), cumulative.end(), pick(random)) - cumulative.begin()) + 1;
        const qint64 day = first + qint64(random() % quint64(days));
        const int roll = int(random() % 100);
        const PartialDate::Precision precision = roll < 2 ? PartialDate::Precision::Year
            : roll < 7 ? PartialDate::Precision::Month : PartialDate::Precision::Day;
        const PartialDate date = PartialDate::fromJulianDay(day, precision);
        const QString title = QStringLiteral("Event %1").arg(i);
        event.bind(1, qint64(i)).bindText(2, QStringLiteral("e%1").arg(i)).bind(3, qint64(lane)).bind(4, int(random() % 15))
            .bindText(5, date.toIsoString()).bind(6, date.firstJulianDay()).bind(7, date.lastJulianDay()).bindText(8, title)
            .exec();
        fts.bind(1, qint64(i)).bindText(2, title).exec();
    }
    tx.commit();
    db.exec(QStringLiteral("ANALYZE"));
}

struct Stats {
    double median = 0, worst = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

QJsonObject toJson(const Stats &s)
{
    return QJsonObject{{QStringLiteral("median_ms"), std::round(s.median * 100) / 100},
                       {QStringLiteral("worst_ms"), std::round(s.worst * 100) / 100}};
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Number of events."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption lanesOption(QStringLiteral("lanes"), QStringLiteral("Number of jurisdictions."), QStringLiteral("M"), QStringLiteral("3000"));
    const QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("Case file to write (kept)."), QStringLiteral("PATH"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"), QStringLiteral("Use --file as it is, do not rebuild it."));
    parser.addOptions({eventsOption, lanesOption, fileOption, reuseOption});
    parser.process(app);
    const int events = parser.value(eventsOption).toInt();
    const int lanes = parser.value(lanesOption).toInt();
    QTemporaryDir dir;
    const QString path = parser.isSet(fileOption) ? parser.value(fileOption) : dir.filePath(QStringLiteral("bench.caseline"));

    QElapsedTimer timer;
    timer.start();
    if (!parser.isSet(reuseOption))
        buildCase(path, events, lanes);
    const double buildMs = timer.nsecsElapsed() / 1e6;

    // First frame: open the file, index its lanes, paint the whole extent.
    QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
    timer.restart();
    auto file = CaseFile::open(path);
    TimelineIndex index(*file);
    TimelinePainter painter(index);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    painter.setFont(font);
    TimelinePainter::Frame frame;
    frame.rect = image.rect();
    frame.lanes = index.orderedLaneIds(TimelineLaneOrder::EventCount);
    frame.scale = TimeScale(0, 1, painter.plotWidth(image.width()));
    const auto extent = index.dayExtent();
    frame.scale.fit(extent->first, extent->second + 1.0);
    const double indexMs = timer.nsecsElapsed() / 1e6;
    {
        QPainter p(&image);
        painter.paint(p, frame);
    }
    const double firstFrameMs = timer.nsecsElapsed() / 1e6;
    if (qEnvironmentVariableIsSet("TIMELINE_BENCH_PNG"))
        image.save(qEnvironmentVariable("TIMELINE_BENCH_PNG"));

    // Frames while panning 2 % of the width each, at three zoom levels.
    const auto pan = [&](double visibleDays, double startDay) {
        TimelinePainter::Frame f = frame;
        f.scale.fit(startDay, startDay + visibleDays);
        std::vector<double> ms;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            QPainter p(&image);
            painter.paint(p, f);
            p.end();
            ms.push_back(t.nsecsElapsed() / 1e6);
            f.scale.pan(-f.scale.width() * 0.02);
        }
        return stats(ms);
    };
    const double middle = PartialDate::year(2008).firstJulianDay();
    const Stats all = pan(extent->second + 1.0 - extent->first, extent->first);
    const Stats year = pan(365, middle);
    const Stats week = pan(7, middle);

    // Scrolling down through the lanes at full zoom-out: each frame may read new lanes.
    std::vector<double> scrollMs;
    {
        TimelinePainter::Frame f = frame;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            QPainter p(&image);
            painter.paint(p, f);
            p.end();
            scrollMs.push_back(t.nsecsElapsed() / 1e6);
            f.laneScroll += painter.laneHeight() * 3;
        }
    }
    const Stats scroll = stats(scrollMs);

    const QJsonObject result{
        {QStringLiteral("events"), events},
        {QStringLiteral("lanes"), lanes},
        {QStringLiteral("biggest_lane_events"), index.lane(frame.lanes.first())->eventCount},
        {QStringLiteral("build_ms"), qRound(buildMs)},
        {QStringLiteral("open_and_index_ms"), qRound(indexMs)},
        {QStringLiteral("first_frame_ms"), qRound(firstFrameMs)},
        {QStringLiteral("frame_all"), toJson(all)},
        {QStringLiteral("frame_year"), toJson(year)},
        {QStringLiteral("frame_week"), toJson(week)},
        {QStringLiteral("frame_scroll_lanes"), toJson(scroll)},
        {QStringLiteral("loaded_lanes"), index.loadedLaneCount()},
    };
    printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
