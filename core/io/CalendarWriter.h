#pragma once

#include "CaseWriter.h"

namespace caseline {

// iCalendar (RFC 5545, .ics): one all-day VEVENT per event known to the day, so a reporter can
// lay a case beside a calendar. DTSTART;VALUE=DATE is the day, DTEND the day after the last
// (exclusive, as the RFC wants); SUMMARY the title; DESCRIPTION the summary, then the first
// source and its quote; LOCATION the location and jurisdiction; UID the event key
// @caseline, so re-importing a calendar updates instead of duplicating; DTSTAMP the export time
// from ExportOptions::clock; STATUS TENTATIVE for disputed or unverified events.
// Events known only to the month or the year (start or end) are left out rather than shown as
// all-day events on a day the source never gave, or as a block covering a whole month or year;
// the summary counts them and says so in a warning.
class CalendarWriter : public CaseWriter {
public:
    QString formatKey() const override;
    QString formatName() const override;
    QString fileSuffix() const override;
    std::variant<ExportSummary, ExportError> write(CaseFile &file, const EventFilter &filter, const ExportOptions &options,
                                                   QIODevice &out) const override;
};

}  // namespace caseline
