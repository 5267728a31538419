#pragma once

#include "CaseData.h"
#include "TimelineJsSlide.h"

#include <QList>
#include <optional>

namespace caseline {

// Turns the slides of a TimelineJS 3 timeline (from JSON or from the spreadsheet CSV) into
// Caseline data. TimelineJS is about stories, not jurisdictions, so:
//  - each `group` becomes a lane (kind "agency", no state); events without a group go on a lane
//    named after the timeline's title (or, without a title, the file), also kind "agency";
//  - eras become policy periods with stance "other" on that title lane, since eras span the
//    whole timeline rather than one group;
//  - the title slide's headline and text become the case title and description;
//  - headlines and texts are reduced to plain text (HtmlText); hours are dropped from dates
//    but kept in the event note, as is the display date;
//  - every event and era cites one source standing for the timeline itself, quoting the
//    slide's text; each distinct media URL is a source of its own (title from the caption or
//    credit), cited by the events that show it. Media that is HTML rather than a URL (a
//    blockquote) is text of the slide and goes into the summary.
// Keys: the timeline's title (else the file name) plus the slide's unique_id, or, without one,
// a digest of its start date and headline; so re-importing updates, and the same timeline
// saved as JSON and as CSV lands on the same events.
class TimelineJsCaseBuilder {
public:
    explicit TimelineJsCaseBuilder(const QString &fileName) : m_fileName(fileName) {}

    void setTitle(const TimelineJsSlide &title) { m_title = title; }
    void addEvent(const TimelineJsSlide &slide) { m_events.append(slide); }
    void addEra(const TimelineJsSlide &slide) { m_eras.append(slide); }
    // Throws ImportError for a slide that cannot be imported (its line named).
    CaseData build();

private:
    PartialDate date(const TimelineJsSlide &slide, const TimelineJsSlide::Date &parts, const char *what) const;
    QString laneFor(const TimelineJsSlide &slide);
    QList<CaseData::LinkedCitation> citations(const TimelineJsSlide &slide, const QString &quote);
    [[noreturn]] void fail(int line, const QString &message) const;

    QString m_fileName;
    std::optional<TimelineJsSlide> m_title;
    QList<TimelineJsSlide> m_events;
    QList<TimelineJsSlide> m_eras;

    CaseData m_data;
    QString m_keyPrefix;
    QString m_timelineName;
    QString m_timelineSourceKey;
    QStringList m_sourceText;
};

}  // namespace caseline
