// The issue-6 benchmark, run by tests/bench/run-benchmark.sh (not a CTest test):
//   caseline_bench --events N --lanes M [--seed S] [--dir DIR [--reuse]] [--caseline PATH] [--sqlite3 PATH]
//                  [--screenshots DIR]
// Writes SYNTHETIC data (SyntheticCaseCsv), then in one run measures and prints one JSON object:
//   - `caseline import` of the Caseline CSV (the real command, a child process, after the stance
//     periods' companion JSON) beside the sqlite3 shell's `.import --csv` of the same file into a
//     plain table, and their ratio: after the generated files are on disk (sync), each twice in
//     turns (caseline, shell, caseline, shell), the faster of each pair compared, since this
//     kind of machine's speed drifts by up to half within a minute;
//   - the real MainWindow, off-screen at 1280x800: open to the first painted timeline frame
//     with the events (a large case's table and lanes wait for the snapshot), and the longest
//     the window went without its event loop meanwhile (openFile, one pass of the loop, a paint);
//     frame times (median / worst of 50 while panning) fully zoomed out, at one year, at one
//     week; a full-text search, a filter change, a stance filter (what a click on a by-stance
//     bar sets), a status filter and a tag filter from FilterPanel to the repainted timeline;
//   - one edit of an event's title to the repainted timeline;
//   - File > Reload with a filter change right after it, while the snapshot is read again: the
//     filter change to repaint, the longest stall, and the time until every view shows the case;
//   - when the events' snapshot (EventColumns), read in the background after opening, is ready;
//   - each chart's aggregation (ChartAggregator::compute) from the snapshot, as the window does,
//     and from SQLite alone, as `caseline chart` does; and with the search and the filter applied;
//   - a chart filtered by status in the window's chart panel, and the table sorted by title (SQLite
//     on a worker thread): the time until each shows, and the longest the window went without its
//     event loop meanwhile;
//   - peak resident memory (getrusage) of the import and of this process (the viewer).

#include "SyntheticCaseCsv.h"

#include "CaseDocument.h"
#include "FilterPanel.h"
#include "EventTableModel.h"
#include "MainWindow.h"
#include "analysis/ChartAggregator.h"
#include "charts/ChartPanel.h"
#include "storage/CaseFile.h"
#include "storage/EventSearchIndex.h"
#include "query/TimelineIndex.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace caseline;

namespace {

// Each import is timed this many times, in turns with the sqlite3 shell's.
constexpr int kImportTurns = 2;

double ms(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }
double rounded(double value) { return std::round(value * 10) / 10; }

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "caseline_bench: %s\n", qPrintable(message));
    std::exit(1);
}

// Runs a program to its end and returns the wall time in ms; any failure ends the benchmark.
double timed(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted())
        die(QStringLiteral("cannot run %1").arg(program));
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    process.waitForFinished(-1);
    const double elapsed = ms(timer);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(QStringLiteral("%1 %2 failed (exit %3)").arg(program, arguments.join(QLatin1Char(' '))).arg(process.exitCode()));
    return elapsed;
}

double peakMiB(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return rounded(double(usage.ru_maxrss) / 1024.0);  // ru_maxrss is in KiB on Linux
}

QJsonObject frameStats(std::vector<double> frames)
{
    std::sort(frames.begin(), frames.end());
    return {{QStringLiteral("median_ms"), rounded(frames[frames.size() / 2])}, {QStringLiteral("worst_ms"), rounded(frames.back())}};
}

// Paints the timeline now (QWidget::repaint is synchronous) after the queued work of a change.
double repaintTimeline(MainWindow &window)
{
    QElapsedTimer timer;
    timer.start();
    QApplication::processEvents();
    window.timelineView()->viewport()->repaint();
    return ms(timer);
}

// 50 frames while panning by 2 % of the width per frame, starting at [first, first + days).
// With a screenshot folder, the whole window is saved every tenth frame (after timing it) as
// NAME-FF.png, so the series shows what the user saw while panning.
QJsonObject panFrames(MainWindow &window, double first, double days, const QString &shotDir = {}, const QString &name = {})
{
    TimelineView *view = window.timelineView();
    std::vector<double> frames;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double start = first + days * 0.02 * i;
        view->showDays(start, start + days);
        view->viewport()->repaint();
        frames.push_back(ms(timer));
        if (!shotDir.isEmpty() && (i % 10 == 0 || i == 49)) {
            const QString path = QDir(shotDir).filePath(QStringLiteral("%1-%2.png").arg(name).arg(i, 2, 10, QLatin1Char('0')));
            if (!window.grab().save(path))
                die(QStringLiteral("cannot write %1").arg(path));
        }
    }
    return frameStats(frames);
}

// Runs the event loop until `done`, one pass at a time, and returns the longest pass: the longest
// the window could not have answered a key or a click (each pass handles everything queued).
template <typename Done>
double longestPassUntil(Done done, const QElapsedTimer &since)
{
    double longest = 0;
    while (!done()) {
        if (since.elapsed() > 120000)
            die(QStringLiteral("the window did not settle within two minutes"));
        QElapsedTimer pass;
        pass.start();
        QApplication::processEvents();
        longest = std::max(longest, ms(pass));
        QThread::usleep(500);  // let the background read have the core
    }
    return longest;
}

// Whether the table and the timeline show what the case holds (not waiting for its snapshot).
bool settled(MainWindow &window)
{
    return !window.document()->isWaitingForColumns() && !window.timelineView()->isWaitingForColumns()
        && !window.eventModel()->isWaitingForColumns();
}

// Applies a filter the way the panel does when the user changes it, and measures until the
// timeline has repainted with it.
double filterToRepaint(MainWindow &window, const EventFilter &filter)
{
    QElapsedTimer timer;
    timer.start();
    window.filterPanel()->applyFilter(filter);
    QApplication::processEvents();
    window.timelineView()->viewport()->repaint();
    return ms(timer);
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings (recent files, the last view range) go to a throw-away place, not the user's.
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", settingsDir.path().toUtf8());
    qputenv("XDG_DATA_HOME", settingsDir.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("caseline-bench"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption lanesOption(QStringLiteral("lanes"), QStringLiteral("Jurisdictions."), QStringLiteral("M"), QStringLiteral("3000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("20261130"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the files go (kept); default a temporary folder."), QStringLiteral("DIR"));
    const QCommandLineOption caselineOption(QStringLiteral("caseline"), QStringLiteral("The caseline executable."), QStringLiteral("PATH"),
                                            QStringLiteral(CASELINE_EXECUTABLE));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."), QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"), QStringLiteral("Measure the window and charts on the case already in --dir (no generating, no imports), e.g. under a profiler."));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"), QStringLiteral("Save the window every tenth panning frame into DIR (tests/bench/pan-screenshots.sh runs this under Xvfb)."), QStringLiteral("DIR"));
    parser.addOptions({eventsOption, lanesOption, seedOption, dirOption, caselineOption, sqliteOption, reuseOption, screenshotsOption});
    parser.process(app);

    bench::SyntheticCaseCsv::Sizes sizes;
    sizes.events = parser.value(eventsOption).toLongLong();
    sizes.lanes = parser.value(lanesOption).toInt();
    sizes.seed = parser.value(seedOption).toUInt();
    if (sizes.events < 1 || sizes.lanes < 1)
        die(QStringLiteral("--events and --lanes must be positive"));
    QTemporaryDir tempDir;
    const QDir dir(parser.isSet(dirOption) ? parser.value(dirOption) : tempDir.path());
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        die(QStringLiteral("cannot create %1").arg(dir.path()));
    const QString csvPath = dir.filePath(QStringLiteral("synthetic-events.csv"));
    const QString periodsPath = dir.filePath(QStringLiteral("synthetic-periods.json"));
    const QString casePath = dir.filePath(QStringLiteral("synthetic.caseline"));
    const QString plainPath = dir.filePath(QStringLiteral("sqlite3-import.db"));
    const bool reuse = parser.isSet(reuseOption);
    if (reuse && (!parser.isSet(dirOption) || !QFileInfo::exists(casePath)))
        die(QStringLiteral("--reuse needs --dir with a case from an earlier run"));
    if (!reuse)
        for (const QString &path : {casePath, casePath + QStringLiteral("-wal"), casePath + QStringLiteral("-shm"), plainPath})
            QFile::remove(path);

    QElapsedTimer timer;
    timer.start();
    bench::SyntheticCaseCsv::Written written;
    double generateMs = 0, periodsMs = 0, importMs = 0, importPeak = 0, sqliteMs = 0;
    QJsonArray importRuns, sqliteRuns;  // ms, in the order they ran
    if (!reuse) {
        written = bench::SyntheticCaseCsv(sizes).write(csvPath, periodsPath);
        generateMs = ms(timer);
        // Imports first, so the children's peak memory read next is caseline's, not the shell's.
        const QString caseline = parser.value(caselineOption);
        periodsMs = timed(caseline, {QStringLiteral("import"), casePath, periodsPath});
        // Neither import waits for the generator's writes to reach the disk.
        ::sync();
        const QString withPeriodsPath = casePath + QStringLiteral(".periods");
        QFile::remove(withPeriodsPath);
        if (!QFile::copy(casePath, withPeriodsPath))
            die(QStringLiteral("cannot copy %1").arg(casePath));
        for (int turn = 0; turn < kImportTurns; ++turn) {
            if (turn > 0) {
                for (const QString &path : {casePath, casePath + QStringLiteral("-wal"), casePath + QStringLiteral("-shm"), plainPath})
                    QFile::remove(path);
                if (!QFile::copy(withPeriodsPath, casePath))
                    die(QStringLiteral("cannot copy %1").arg(withPeriodsPath));
            }
            importRuns.append(qRound(timed(caseline, {QStringLiteral("import"), casePath, csvPath})));
            if (turn == 0)  // the children so far: the imports, not the shell
                importPeak = peakMiB(RUSAGE_CHILDREN);
            sqliteRuns.append(qRound(timed(parser.value(sqliteOption), {plainPath},
                                           QStringLiteral(".import --csv '%1' events\n").arg(csvPath).toUtf8())));
        }
        QFile::remove(withPeriodsPath);
        const auto fastest = [](const QJsonArray &runs) {
            double best = runs.first().toDouble();
            for (const QJsonValue &run : runs)
                best = std::min(best, run.toDouble());
            return best;
        };
        importMs = fastest(importRuns);
        sqliteMs = fastest(sqliteRuns);
    }

    qint64 storedEvents = 0, indexedEvents = 0;
    {
        auto file = CaseFile::open(casePath);
        storedEvents = file->eventCount();
        indexedEvents = EventSearchIndex::indexedCount(file->database());
    }
    if (storedEvents != sizes.events || indexedEvents != sizes.events)
        die(QStringLiteral("the case holds %1 events (%2 in the search index), expected %3").arg(storedEvents).arg(indexedEvents).arg(sizes.events));

    // The window, off-screen, as a user sees it: open, first frame, pan, search, filter.
    MainWindow window;
    window.setMessageSink([](const QString &title, const QString &text) { die(title + QStringLiteral(": ") + text); });
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    timer.restart();
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    if (!window.openFile(casePath))
        die(QStringLiteral("cannot open %1").arg(casePath));
    const double openMs = ms(timer);
    // A large case's table and lanes follow its snapshot, read in the background: the first
    // frame counts once they are there. The longest stretch without the event loop is openFile
    // itself or one pass of the loop meanwhile (each timed), or the first paint.
    double openLongestStall = std::max(openMs, longestPassUntil([&] { return settled(window); }, sinceOpen));
    QElapsedTimer paint;
    paint.start();
    repaintTimeline(window);
    openLongestStall = std::max(openLongestStall, ms(paint));
    const double firstFrameMs = ms(timer);

    TimelineView *view = window.timelineView();
    view->fitAll();
    const double allFirst = view->scale().leftDay(), allDays = view->scale().rightDay() - allFirst;
    const QString shots = parser.value(screenshotsOption);
    if (!shots.isEmpty() && !QDir().mkpath(shots))
        die(QStringLiteral("cannot create %1").arg(shots));
    const QJsonObject framesAll = panFrames(window, allFirst, allDays, shots, QStringLiteral("pan-all"));
    const double middle = allFirst + allDays * 0.6;
    const QJsonObject framesYear = panFrames(window, middle, 365, shots, QStringLiteral("pan-year"));
    const QJsonObject framesWeek = panFrames(window, middle, 7, shots, QStringLiteral("pan-week"));
    view->fitAll();
    repaintTimeline(window);

    // Searches, filters and charts answer from the events' snapshot the window reads in the
    // background after opening (CaseDocument::columns); until it is there they ask SQLite.
    while (!window.document()->columns()) {
        if (sinceOpen.elapsed() > 120000)
            die(QStringLiteral("the events' snapshot was not read within two minutes"));
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    const double columnsReadyMs = ms(sinceOpen);

    EventFilter search;
    search.searchText = QStringLiteral("detainer booking");
    const double searchMs = filterToRepaint(window, search);
    EventFilter typeAndRange;
    typeAndRange.types = {EventType::BackupCall, EventType::Raid};
    typeAndRange.from = PartialDate::year(2010);
    typeAndRange.to = PartialDate::year(2020);
    const double filterMs = filterToRepaint(window, typeAndRange);
    // What a click on a by-stance bar sets: one year and one stance on the event's date.
    EventFilter stanceInYear;
    stanceInYear.from = PartialDate::year(2015);
    stanceInYear.to = PartialDate::year(2015);
    stanceInYear.stanceFamilies = {StanceFamily::Agreement287g};
    const double stanceFilterMs = filterToRepaint(window, stanceInYear);
    // Status (no index in SQLite) and tags (ids through event_tag_by_tag), as the filter panel sets them.
    EventFilter unconfirmed;
    unconfirmed.statuses = {EventStatus::Disputed, EventStatus::Unverified};
    const double statusFilterMs = filterToRepaint(window, unconfirmed);
    EventFilter tagged;
    tagged.tags = {QStringLiteral("FOIA")};
    const double tagFilterMs = filterToRepaint(window, tagged);
    if (!window.timelineView()->index() || window.timelineView()->index()->matchingEventCount() == 0)
        die(QStringLiteral("the tag filter matched nothing"));
    const double clearMs = filterToRepaint(window, EventFilter());

    // One edit as the event editor makes it (a new title, one undo step) to the repainted
    // timeline: every view re-reads what it shows.
    double editMs = 0;
    {
        auto event = window.document()->file().event(window.document()->columns()->id(0));
        event->title += QStringLiteral(" (edited)");
        timer.restart();
        if (!window.document()->updateEvent(*event))
            die(QStringLiteral("the edit was refused"));
        repaintTimeline(window);
        editMs = ms(timer);
        while (!window.document()->columns())  // the snapshot of the edited case, for the charts
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }

    // Each chart as the window computes it (from the snapshot), and as `caseline chart` does
    // (SQLite alone, no snapshot to read first).
    QJsonObject charts, chartsFromSqlite;
    for (const auto kind : {ChartRequest::Kind::Adoption, ChartRequest::Kind::ByStance, ChartRequest::Kind::EventStudy,
                            ChartRequest::Kind::Ranking}) {
        ChartRequest request;
        request.kind = kind;
        timer.restart();
        ChartAggregator(window.document()->file(), window.document()->columns()).compute(request);
        charts.insert(ChartRequest::kindKey(kind), rounded(ms(timer)));
        timer.restart();
        ChartAggregator(window.document()->file()).compute(request);
        chartsFromSqlite.insert(ChartRequest::kindKey(kind), rounded(ms(timer)));
    }
    // The same charts with the search and the filter above applied, as the chart panel follows
    // the window's filter: their lists of cited sources are worked out from the matching events.
    QJsonObject chartsFiltered;
    for (const auto &[name, filter] : {std::pair{QStringLiteral("search"), search}, std::pair{QStringLiteral("filter"), typeAndRange}}) {
        QJsonObject byKind;
        for (const auto kind : {ChartRequest::Kind::ByStance, ChartRequest::Kind::EventStudy, ChartRequest::Kind::Ranking}) {
            ChartRequest request;
            request.kind = kind;
            request.filter = filter;
            timer.restart();
            ChartAggregator(window.document()->file(), window.document()->columns()).compute(request);
            byKind.insert(ChartRequest::kindKey(kind), rounded(ms(timer)));
        }
        chartsFiltered.insert(name, byKind);
    }
    // A chart filtered by status in the window's chart panel (before the snapshot held statuses,
    // SQLite counted it on a worker for seconds): the time until it shows, and the longest the
    // window was blocked.
    window.centreTabs()->setCurrentWidget(window.chartPanel());
    ChartPanel *panel = window.chartPanel();
    EventFilter confirmed;
    confirmed.statuses = {EventStatus::Confirmed};
    timer.restart();
    QElapsedTimer asking;
    asking.start();
    panel->setFilter(confirmed);
    const double askingMs = ms(asking);
    const double countingStall = std::max(askingMs, longestPassUntil([&] { return !panel->isCounting(); }, timer));
    const double countingMs = ms(timer);
    if (panel->currentData().eventCount == 0)
        die(QStringLiteral("the chart filtered by status shows no events"));
    panel->setFilter(EventFilter());
    window.centreTabs()->setCurrentIndex(0);
    timer.restart();
    asking.restart();
    window.eventTable()->sortByColumn(EventTableModel::TitleColumn, Qt::AscendingOrder);
    const double sortAskingMs = ms(asking);
    const double sortStall = std::max(sortAskingMs, longestPassUntil([&] { return !window.eventModel()->isSorting(); }, timer));
    const double sortMs = ms(timer);
    if (window.eventModel()->rowCount() != sizes.events)
        die(QStringLiteral("the table sorted by title does not list every event"));
    window.eventTable()->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);

    // File > Reload (as after an import too large to undo): the snapshot is read again, and a
    // filter change meanwhile must not block the window either.
    timer.restart();
    window.document()->reloadAfterExternalChange();
    const double reloadMs = ms(timer);
    const double filterWhileReadingMs = filterToRepaint(window, typeAndRange);
    QElapsedTimer sinceReload;
    sinceReload.start();
    double reloadLongestStall = std::max({reloadMs, filterWhileReadingMs, longestPassUntil([&] { return settled(window); }, sinceReload)});
    paint.restart();
    repaintTimeline(window);
    reloadLongestStall = std::max(reloadLongestStall, ms(paint));
    const double reloadSettledMs = ms(timer);
    if (window.eventModel()->filter() != typeAndRange || window.timelineView()->filter() != typeAndRange)
        die(QStringLiteral("the filter chosen while reading was lost"));

    QJsonObject result{
        {QStringLiteral("synthetic"), true},
        {QStringLiteral("events"), sizes.events},
        {QStringLiteral("lanes"), sizes.lanes},
        {QStringLiteral("seed"), qint64(sizes.seed)},
        {QStringLiteral("csv_rows"), written.rows},
        {QStringLiteral("csv_mib"), rounded(double(written.csvBytes) / 1048576.0)},
        {QStringLiteral("stance_periods"), written.periods},
        {QStringLiteral("generate_ms"), qRound(generateMs)},
        {QStringLiteral("import_periods_json_ms"), qRound(periodsMs)},
        {QStringLiteral("import_csv_ms"), qRound(importMs)},
        {QStringLiteral("sqlite3_dot_import_ms"), qRound(sqliteMs)},
        {QStringLiteral("import_csv_runs_ms"), importRuns},
        {QStringLiteral("sqlite3_dot_import_runs_ms"), sqliteRuns},
        {QStringLiteral("import_to_sqlite3_ratio"), std::round(importMs / sqliteMs * 100) / 100},
        {QStringLiteral("import_peak_rss_mib"), importPeak},
        {QStringLiteral("open_ms"), rounded(openMs)},
        {QStringLiteral("first_frame_ms"), rounded(firstFrameMs)},
        {QStringLiteral("open_longest_ui_stall_ms"), rounded(openLongestStall)},
        {QStringLiteral("reload_ms"), rounded(reloadMs)},
        {QStringLiteral("filter_while_rereading_ms"), rounded(filterWhileReadingMs)},
        {QStringLiteral("reload_longest_ui_stall_ms"), rounded(reloadLongestStall)},
        {QStringLiteral("reload_to_settled_ms"), rounded(reloadSettledMs)},
        {QStringLiteral("snapshot_ready_after_open_ms"), rounded(columnsReadyMs)},
        {QStringLiteral("frame_all"), framesAll},
        {QStringLiteral("frame_year"), framesYear},
        {QStringLiteral("frame_week"), framesWeek},
        {QStringLiteral("search_to_repaint_ms"), rounded(searchMs)},
        {QStringLiteral("filter_to_repaint_ms"), rounded(filterMs)},
        {QStringLiteral("stance_filter_to_repaint_ms"), rounded(stanceFilterMs)},
        {QStringLiteral("status_filter_to_repaint_ms"), rounded(statusFilterMs)},
        {QStringLiteral("tag_filter_to_repaint_ms"), rounded(tagFilterMs)},
        {QStringLiteral("clear_filter_to_repaint_ms"), rounded(clearMs)},
        {QStringLiteral("edit_to_repaint_ms"), rounded(editMs)},
        {QStringLiteral("chart_ms"), charts},
        {QStringLiteral("chart_from_sqlite_ms"), chartsFromSqlite},
        {QStringLiteral("chart_filtered_ms"), chartsFiltered},
        {QStringLiteral("chart_by_status_in_panel_ms"), rounded(countingMs)},
        {QStringLiteral("chart_by_status_longest_ui_stall_ms"), rounded(countingStall)},
        {QStringLiteral("sort_by_title_ms"), rounded(sortMs)},
        {QStringLiteral("sort_by_title_longest_ui_stall_ms"), rounded(sortStall)},
        {QStringLiteral("viewer_peak_rss_mib"), peakMiB(RUSAGE_SELF)},
    };
    if (reuse)  // nothing was generated or imported in this run
        for (const char *key : {"csv_rows", "csv_mib", "stance_periods", "generate_ms", "import_periods_json_ms", "import_csv_ms",
                                "sqlite3_dot_import_ms", "import_csv_runs_ms", "sqlite3_dot_import_runs_ms", "import_to_sqlite3_ratio", "import_peak_rss_mib"})
            result.remove(QLatin1String(key));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
