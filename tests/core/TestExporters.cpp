#include "TestSupport.h"

#include "io/CaseDataWriter.h"
#include "io/CaseReaderRegistry.h"
#include "io/CaseWriterRegistry.h"
#include "io/CsvCell.h"
#include "io/IcsContentLine.h"
#include "io/SampleCase.h"
#include "query/EventCursor.h"
#include "storage/CaseFile.h"
#include "util/FixedClock.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace caseline;
using namespace caseline::test;

namespace {

const QString kIce = QStringLiteral("data/ice-287g/participating-agencies-2025-05-16.csv");

QByteArray exported(const char *format, CaseFile &file, const EventFilter &filter = {}, const ExportOptions &options = {})
{
    const CaseWriter *writer = CaseWriterRegistry::byKey(QLatin1String(format));
    if (!writer)
        qFatal("no writer %s", format);
    auto result = writer->writeToBytes(file, filter, options);
    if (const auto *error = std::get_if<ExportError>(&result))
        qFatal("export %s failed: %s", format, qPrintable(error->message));
    return std::get<QByteArray>(result);
}

CaseData read(const char *format, const QByteArray &data, const QString &name = QStringLiteral("export"))
{
    auto result = CaseReaderRegistry::byKey(QLatin1String(format))->read(data, name);
    if (const auto *error = std::get_if<ImportError>(&result))
        qFatal("import %s failed: %s", format, qPrintable(error->toString()));
    return std::get<CaseData>(result);
}

void import(const char *format, const QByteArray &data, CaseFile &file) { CaseDataWriter(file).write(read(format, data)); }

QList<Event> allEvents(CaseFile &file, const EventFilter &filter = {})
{
    QList<Event> events;
    EventCursor cursor(file, filter);
    Event e;
    while (cursor.next(e))
        events.append(e);
    return events;
}

// An event as the case means it, without row ids: citations name their source by key.
QString describe(CaseFile &file, Event e)
{
    QStringList citations;
    for (const Citation &c : std::as_const(e.citations))
        citations << QStringLiteral("%1|%2|%3|%4").arg(file.source(c.sourceId)->key, c.quote, c.note).arg(c.page.value_or(0));
    const Jurisdiction j = *file.jurisdiction(e.jurisdictionId);
    return QStringList{e.key, j.key, j.name, j.state, eventTypeKey(e.type), e.start.toIsoString(), e.end.toIsoString(), e.title,
                       e.summary, e.location, e.tags.join(QLatin1Char(';')), eventStatusKey(e.status), e.note,
                       citations.join(QStringLiteral(" / ")), QString::number(e.people.size())}
        .join(QStringLiteral(" # "));
}

bool isInteger(const QJsonValue &v) { return v.isDouble() && v.toDouble() == double(qint64(v.toDouble())); }

}  // namespace

class TestExporters : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<CaseFile> newCase()
    {
        return CaseFile::open(m_dir.filePath(QStringLiteral("case-%1.caseline").arg(++m_files)), CaseFile::OpenMode::CreateIfMissing);
    }
    std::unique_ptr<CaseFile> sampleCase()
    {
        auto file = newCase();
        SampleCase::writeTo(*file);
        return file;
    }
    std::unique_ptr<CaseFile> iceCase()
    {
        auto file = newCase();
        const QString path = sharedPath(kIce);
        CaseDataWriter(*file).write(read("ice287g", readFile(path), path));
        return file;
    }
    // A case with one lane and the given titles, each event citing one source.
    std::unique_ptr<CaseFile> caseWithTitles(const QStringList &titles)
    {
        auto file = newCase();
        Jurisdiction j;
        j.name = QStringLiteral("Lawrence");
        j.state = QStringLiteral("KS");
        file->addJurisdiction(j);
        Source s;
        s.title = QStringLiteral("Journal-World, \"quoted\"");
        s.publisher = QStringLiteral("=cmd|' /C calc'!A0");
        s.url = QStringLiteral("https://example.org/a?b=1&c=2");
        file->addSource(s);
        int day = 1;
        for (const QString &title : titles) {
            Event e;
            e.jurisdictionId = j.id;
            e.type = EventType::Statement;
            e.start = PartialDate::day(2019, 7, day++);
            e.title = title;
            e.summary = QStringLiteral("-1 first line\nsecond, line; with \\ and <b>tags</b>");
            e.citations.append({0, s.id, QStringLiteral("+quoted passage, \"verbatim\""), 3, QString()});
            file->addEvent(e);
        }
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void registryListsTheFormats()
    {
        QCOMPARE(CaseWriterRegistry::keys(), (QStringList{"csv", "json", "timelinejs", "ics", "markdown", "html"}));
        for (const CaseWriter *writer : CaseWriterRegistry::all())
            QVERIFY(!writer->fileSuffix().isEmpty() && !writer->formatName().isEmpty());
    }

    void csvCellNeutralisesAndRestores()
    {
        QCOMPARE(CsvCell::neutralise("=1+2"), QString("'=1+2"));
        QCOMPARE(CsvCell::neutralise("'=1+2"), QString("''=1+2"));
        QCOMPARE(CsvCell::neutralise("'90s raids"), QString("'90s raids"));
        QCOMPARE(CsvCell::neutralise("\tx"), QString("'\tx"));
        QCOMPARE(CsvCell::format("a,\"b\""), QString("\"a,\"\"b\"\"\""));
        for (const QString &text : {QString("=1"), QString("+1"), QString("-1"), QString("@SUM(1)"), QString("\t1"), QString("\r1"),
                                    QString("'=1"), QString("''@x"), QString("'90s"), QString("'"), QString(""), QString("plain")})
            QCOMPARE(CsvCell::restore(CsvCell::neutralise(text)), text);
    }

    void csvRoundTripIsByteIdentical_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("sample") << "sample";
        QTest::newRow("ice 287(g)") << "ice";
    }
    void csvRoundTripIsByteIdentical()
    {
        QFETCH(QString, which);
        auto original = which == "sample" ? sampleCase() : iceCase();
        const QByteArray first = exported("csv", *original);
        QVERIFY(first.startsWith("\xEF\xBB\xBFid,jurisdiction,state,jurisdiction_kind,type,start,end,title,"));
        auto copy = newCase();
        import("csv", first, *copy);
        const QByteArray second = exported("csv", *copy);
        QCOMPARE(second, first);
        // Several citations of one event come back as several citations, not several events.
        QCOMPARE(copy->eventCount(), original->eventCount());
        const QList<Event> before = allEvents(*original), after = allEvents(*copy);
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].key, before[i].key);
            QCOMPARE(after[i].citations.size(), before[i].citations.size());
            QCOMPARE(after[i].title, before[i].title);
        }
    }

    void csvNeutralisesFormulaCellsAndImportRestoresThem()
    {
        const QStringList titles{"=HYPERLINK(\"http://x\")", "@SUM(1)", "'=kept apostrophe", "'90s raids"};
        auto file = caseWithTitles(titles);
        const QString csv = QString::fromUtf8(exported("csv", *file));
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), qPrintable(csv));
        QVERIFY(csv.contains(",'@SUM(1),"));
        QVERIFY(csv.contains(",''=kept apostrophe,"));
        QVERIFY(csv.contains(",'90s raids,"));
        QVERIFY(csv.contains(",'=cmd|' /C calc'!A0,"));       // the publisher
        QVERIFY(csv.contains("\"'-1 first line\nsecond"));    // the summary
        QVERIFY(csv.contains("\"'+quoted passage, \"\"verbatim\"\"\""));
        for (const QString &line : csv.split("\r\n", Qt::SkipEmptyParts))
            for (const QString &cell : line.split(QLatin1Char(',')))
                QVERIFY2(cell.isEmpty() || !QString("=+-@").contains(cell.front()), qPrintable(line));
        auto copy = newCase();
        import("csv", csv.toUtf8(), *copy);
        const QList<Event> events = allEvents(*copy);
        QCOMPARE(events.size(), titles.size());
        for (qsizetype i = 0; i < titles.size(); ++i) {
            QCOMPARE(events[i].title, titles[i]);
            QCOMPARE(events[i].summary, QString("-1 first line\nsecond, line; with \\ and <b>tags</b>"));
            QCOMPARE(events[i].citations.first().quote, QString("+quoted passage, \"verbatim\""));
            QCOMPARE(events[i].citations.first().page, std::optional<int>(3));
        }
        QCOMPARE(copy->sources().first().publisher, QString("=cmd|' /C calc'!A0"));
    }

    void csvReaderJoinsRowsOfOneEventOnly()
    {
        const QByteArray header = "id,jurisdiction,start,title,source_title,quote\n";
        const CaseData joined = read("csv", header + "a,A,2019,x,S1,q1\na,A,2019,x,S2,q2\n");
        QCOMPARE(joined.events.size(), 1);
        QCOMPARE(joined.events.first().citations.size(), 2);
        QCOMPARE(joined.events.first().citations.at(1).citation.quote, QString("q2"));
        auto different = CaseReaderRegistry::byKey("csv")->read(header + "a,A,2019,x,S1,q1\na,A,2019,y,S2,q2\n", "d.csv");
        QVERIFY(std::holds_alternative<ImportError>(different));
        QCOMPARE(std::get<ImportError>(different).line, 3);
    }

    void jsonRoundTripIsByteIdenticalAndLossless_data() { csvRoundTripIsByteIdentical_data(); }
    void jsonRoundTripIsByteIdenticalAndLossless()
    {
        QFETCH(QString, which);
        auto original = which == "sample" ? sampleCase() : iceCase();
        const QByteArray first = exported("json", *original);
        QVERIFY(first.startsWith("{\n    \"format\": \"caseline-case\",\n    \"version\": 1,\n"));
        auto copy = newCase();
        import("json", first, *copy);
        QCOMPARE(exported("json", *copy), first);
        const QList<Event> before = allEvents(*original), after = allEvents(*copy);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(describe(*copy, after[i]), describe(*original, before[i]));
            QCOMPARE(after[i].people, before[i].people);
        }
        QCOMPARE(copy->policyPeriods().size(), original->policyPeriods().size());
        QCOMPARE(copy->stories().size(), original->stories().size());
        QCOMPARE(copy->info("title"), original->info("title"));
        for (const Source &s : original->sources())
            QCOMPARE(copy->sourceByKey(s.key)->text, s.text);
    }

    void jsonWithAFilterCarriesWhatTheEventsNeed()
    {
        auto file = sampleCase();
        EventFilter filter;
        filter.types = {EventType::BackupCall, EventType::CommissionSession};
        const QJsonObject root = QJsonDocument::fromJson(exported("json", *file, filter)).object();
        const QJsonArray events = root["events"].toArray();
        QCOMPARE(events.size(), 2);
        QSet<QString> lanes, sources;
        for (const QJsonValue &e : events) {
            lanes.insert(e["jurisdiction"].toString());
            for (const QJsonValue &c : e["citations"].toArray())
                sources.insert(c["source"].toString());
        }
        QCOMPARE(root["jurisdictions"].toArray().size(), lanes.size());
        for (const QJsonValue &p : root["policy_periods"].toArray()) {
            QVERIFY(lanes.contains(p["jurisdiction"].toString()));
            for (const QJsonValue &c : p["citations"].toArray())
                sources.insert(c["source"].toString());
        }
        QCOMPARE(root["sources"].toArray().size(), sources.size());
        for (const QJsonValue &s : root["stories"].toArray())
            QVERIFY(s["entries"].toArray().size() <= 2);
        // And it imports on its own.
        auto copy = newCase();
        import("json", exported("json", *file, filter), *copy);
        QCOMPARE(copy->eventCount(), 2);
    }

    void timelineJsHasTheDocumentedShape()
    {
        auto file = sampleCase();
        const QJsonDocument document = QJsonDocument::fromJson(exported("timelinejs", *file));
        QVERIFY(document.isObject());
        const QJsonObject root = document.object();
        QVERIFY(root["title"].toObject()["text"].toObject()["headline"].isString());
        QVERIFY(root["events"].isArray());
        const QList<Event> events = allEvents(*file);
        QCOMPARE(root["events"].toArray().size(), events.size());
        QSet<QString> ids;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject slide = root["events"].toArray().at(i).toObject();
            const QJsonObject start = slide["start_date"].toObject();
            QVERIFY(isInteger(start["year"]));
            QCOMPARE(start.contains("month"), events[i].start.precision() != PartialDate::Precision::Year);
            QCOMPARE(start.contains("day"), events[i].start.precision() == PartialDate::Precision::Day);
            if (start.contains("month"))
                QVERIFY(isInteger(start["month"]));
            if (start.contains("day"))
                QVERIFY(isInteger(start["day"]));
            QCOMPARE(slide.contains("end_date"), events[i].end.isValid());
            if (slide.contains("end_date"))
                QVERIFY(isInteger(slide["end_date"].toObject()["year"]));
            QVERIFY(slide["text"].toObject()["headline"].isString());
            QVERIFY(slide["text"].toObject()["text"].isString());
            QVERIFY(slide["group"].isString());
            const QString id = slide["unique_id"].toString();
            QVERIFY(QRegularExpression("^[A-Za-z0-9_-]+$").match(id).hasMatch());
            QVERIFY(!ids.contains(id));
            ids.insert(id);
            if (slide.contains("media")) {
                const QJsonObject media = slide["media"].toObject();
                QVERIFY(media["url"].toString().startsWith("http"));
                QVERIFY(media["caption"].isString() && media["credit"].isString());
            }
            // Only the markup the writer generates.
            const QString text = slide["text"].toObject()["text"].toString();
            for (const auto &m : QRegularExpression("<\\s*/?\\s*([A-Za-z]+)").globalMatch(text))
                QVERIFY2(QStringList({"p", "blockquote", "a"}).contains(m.captured(1)), qPrintable(text));
        }
        QVERIFY(root["eras"].isArray());
        QVERIFY(!root["eras"].toArray().isEmpty());
        for (const QJsonValue &era : root["eras"].toArray()) {
            QVERIFY(isInteger(era["start_date"].toObject()["year"]));
            QVERIFY(isInteger(era["end_date"].toObject()["year"]));  // TimelineJS requires it
            QVERIFY(era["text"].toObject()["headline"].isString());
        }
    }

    void timelineJsReimportsToTheSameEvents()
    {
        auto file = sampleCase();
        Event hostile = allEvents(*file).first();
        hostile.id = 0;
        hostile.key.clear();
        hostile.title = QStringLiteral("<script>alert(1)</script> & \"co\"");
        hostile.citations.clear();
        file->addEvent(hostile);
        const QByteArray json = exported("timelinejs", *file);
        QVERIFY(!json.contains("<script>"));
        const CaseData data = read("timelinejs", json, "timeline.json");
        const QList<Event> events = allEvents(*file);
        QCOMPARE(data.events.size(), events.size());
        QHash<QString, QString> laneNames;
        for (const Jurisdiction &j : data.jurisdictions)
            laneNames.insert(j.key, j.name);
        for (qsizetype i = 0; i < events.size(); ++i) {
            const auto &back = data.events[i];
            QCOMPARE(back.event.title, events[i].title);
            QCOMPARE(back.event.start.toIsoString(), events[i].start.toIsoString());
            QCOMPARE(back.event.end.toIsoString(), events[i].end.toIsoString());
            QCOMPARE(laneNames.value(back.jurisdictionKey), file->jurisdiction(events[i].jurisdictionId)->displayName());
        }
    }

    void markdownChronologyHasFootnotesWithQuotes()
    {
        auto file = sampleCase();
        const QString md = QString::fromUtf8(exported("markdown", *file));
        const QList<Event> events = allEvents(*file);
        QVERIFY(md.startsWith("# Sample case"));
        const Event &first = events.first();
        const QString heading = QStringLiteral("**%1** \u2014 ").arg(first.start.toDisplayString());
        QVERIFY2(md.contains(heading), qPrintable(md.left(800)));
        QVERIFY(md.contains("[^1]") && md.contains("\n[^1]: \u201C"));
        int citations = 0;
        for (const Event &e : events)
            citations += int(e.citations.size());
        QVERIFY(md.contains(QStringLiteral("\n[^%1]: ").arg(citations)));
        QVERIFY(!md.contains(QStringLiteral("\n[^%1]: ").arg(citations + 1)));
        // A quote appears in its footnote (escaped for Markdown).
        const QString quote = first.citations.first().quote.simplified();
        QVERIFY(md.contains(quote.left(20).replace("&", "\\&").replace("*", "\\*")));
    }

    void chronologyFollowsTheStoryOrder()
    {
        auto file = sampleCase();
        Story story = file->stories().first();
        std::reverse(story.entries.begin(), story.entries.end());
        story.entries.first().note = QStringLiteral("Lead with this.");
        file->updateStory(story);
        EventFilter filter;
        filter.storyId = story.id;
        const QString md = QString::fromUtf8(exported("markdown", *file, filter));
        QVERIFY(md.startsWith(QStringLiteral("# %1").arg(story.name)));
        qsizetype previous = -1;
        for (const StoryEntry &entry : story.entries) {
            const qsizetype at = md.indexOf(QStringLiteral("\u2014 %1").arg(file->event(entry.eventId)->title.left(30)));
            QVERIFY2(at > previous, qPrintable(file->event(entry.eventId)->title));
            previous = at;
        }
        QVERIFY(md.contains("*Note:* Lead with this."));
    }

    void htmlChronologyIsSelfContainedAndEscaped()
    {
        auto file = caseWithTitles({"<script>alert('x')</script>", "Plain & simple"});
        const QString html = QString::fromUtf8(exported("html", *file));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("<meta charset=\"utf-8\">"));
        QVERIFY(html.trimmed().endsWith("</html>"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
        QVERIFY(html.contains("Plain &amp; simple"));
        QVERIFY(!html.contains("src="));
        QVERIFY(!html.contains("<link"));
        QVERIFY(html.contains("<li id=\"source-1\"><blockquote>+quoted passage, &quot;verbatim&quot;</blockquote>"));
        QVERIFY(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">"));
        QVERIFY(html.contains("href=\"#source-2\""));
    }

    void calendarFollowsRfc5545()
    {
        auto file = sampleCase();
        Event awkward = allEvents(*file).first();
        awkward.id = 0;
        awkward.key = QStringLiteral("awkward;key");
        awkward.start = PartialDate::day(2021, 3, 4);
        awkward.end = PartialDate::day(2021, 3, 6);
        awkward.title = QStringLiteral("Commas, semicolons; back\\slash");
        awkward.summary = QStringLiteral("Line one\nLine two with ünïcödé repeated ") + QString(QStringLiteral("ü")).repeated(80);
        file->addEvent(awkward);
        FixedClock clock(QDateTime(QDate(2025, 5, 16), QTime(12, 30, 0), Qt::UTC));
        ExportOptions options;
        options.clock = &clock;
        const CaseWriter *writer = CaseWriterRegistry::byKey("ics");
        auto result = writer->writeToBytes(*file, {}, options);
        const QByteArray ics = std::get<QByteArray>(result);

        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        const QList<QByteArray> lines = ics.split('\n');
        for (const QByteArray &line : lines)
            QVERIFY2(line.size() - 1 <= IcsContentLine::kMaxOctets, line.constData());  // without the CR
        QVERIFY(QString::fromUtf8(ics).toUtf8() == ics);  // folding never split a UTF-8 sequence

        int dayEvents = 0;
        for (const Event &e : allEvents(*file))
            dayEvents += e.start.precision() == PartialDate::Precision::Day
                         && (!e.end.isValid() || e.end.precision() == PartialDate::Precision::Day);
        QCOMPARE(int(ics.count("BEGIN:VEVENT\r\n")), dayEvents);
        QCOMPARE(int(ics.count("DTSTAMP:20250516T123000Z\r\n")), dayEvents);

        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QVERIFY(unfolded.contains("\r\nUID:awkward\\;key@caseline\r\n"));
        QVERIFY(unfolded.contains("\r\nDTSTART;VALUE=DATE:20210304\r\nDTEND;VALUE=DATE:20210307\r\n"));
        QVERIFY(unfolded.contains("\r\nSUMMARY:Commas\\, semicolons\\; back\\\\slash\r\n"));
        QVERIFY(unfolded.contains(QStringLiteral("\r\nDESCRIPTION:Line one\\nLine two with ünïcödé").toUtf8()));
        QVERIFY(unfolded.contains("\\n\\nSource: "));
    }

    void calendarCountsWhatItLeavesOut()
    {
        auto file = sampleCase();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const auto result = CaseWriterRegistry::byKey("ics")->write(*file, {}, {}, buffer);
        const ExportSummary summary = std::get<ExportSummary>(result);
        qint64 coarse = 0;
        for (const Event &e : allEvents(*file))
            coarse += e.start.precision() != PartialDate::Precision::Day
                      || (e.end.isValid() && e.end.precision() != PartialDate::Precision::Day);
        QVERIFY(coarse > 0);
        QCOMPARE(summary.skippedEvents, coarse);
        QCOMPARE(summary.events + summary.skippedEvents, file->eventCount());
        QCOMPARE(summary.warnings.size(), 1);
    }

    void progressReportsAndCancels()
    {
        auto file = iceCase();
        qint64 lastDone = -1, total = 0;
        ExportOptions options;
        options.progress = [&](qint64 done, qint64 all) {
            lastDone = done;
            total = all;
            return true;
        };
        exported("csv", *file, {}, options);
        QCOMPARE(total, file->eventCount());
        QCOMPARE(lastDone, total);

        int calls = 0;
        options.progress = [&](qint64, qint64) { return ++calls < 2; };
        for (const CaseWriter *writer : CaseWriterRegistry::all()) {
            calls = 0;
            auto cancelled = writer->writeToBytes(*file, {}, options);
            QVERIFY2(std::holds_alternative<ExportError>(cancelled), qPrintable(writer->formatKey()));
            QVERIFY(std::get<ExportError>(cancelled).cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "TestExporters.moc"
