#pragma once

#include "CaseWriter.h"

namespace caseline {

// TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html), for publishing a
// story timeline on the web:
//  - title slide: the case title (or ExportOptions::title) and description;
//  - one event slide per event: start_date (and end_date) at the event's precision, month and
//    day left out when not known; text.headline the title; text.text the summary, then each
//    citation's quote in a <blockquote> with its source (linked when its URL is http or https);
//    group the jurisdiction's display name ("Lawrence, KS"), so lanes survive; unique_id the
//    event key reduced to letters, digits, '-' and '_'; media the first cited source with an
//    http(s) URL (caption: its title, credit: its publisher);
//  - one era per policy period of the exported jurisdictions, headline "Lane: stance". An era
//    needs an end: an open-ended period ends on the last day of the latest exported event, or
//    on the last day of the period's start when that is later.
// All text is HTML-escaped; the only markup is the <p>, <blockquote> and <a href="http(s)...">
// generated here. TimelineJsReader reads the file back to the same titles, dates and lanes.
class TimelineJsWriter : public CaseWriter {
public:
    QString formatKey() const override;
    QString formatName() const override;
    QString fileSuffix() const override;
    std::variant<ExportSummary, ExportError> write(CaseFile &file, const EventFilter &filter, const ExportOptions &options,
                                                   QIODevice &out) const override;
};

}  // namespace caseline
