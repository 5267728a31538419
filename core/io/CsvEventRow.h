#pragma once

#include "model/Event.h"

#include <QByteArrayView>

#include <optional>
#include <span>

namespace caseline {

// A source cited by a row of Caseline CSV: the source's number (CaseCsvSink) and the citation's
// text as UTF-8.
struct CsvCitationRow {
    qsizetype source = -1;
    QByteArrayView quote;
    std::optional<int> page;

    Citation toCitation() const;  // without its source's id
};

struct CsvPersonRow {
    QByteArrayView name;
    QByteArrayView role;
};

// An event as CaseCsvParser read it from its first row, already checked and normalised. The text
// is UTF-8 as SQLite stores it and lives only during the call that hands the row over: a million
// rows go to the case file without becoming QStrings.
struct CsvEventRow {
    qsizetype jurisdiction = -1;  // the jurisdiction's number (CaseCsvSink)
    QByteArrayView key;
    bool keyGiven = false;  // the file's id column, so later rows may cite more sources
    EventType type = EventType::Other;
    PartialDate start;
    PartialDate end;
    QByteArrayView startIso;  // start.toIsoString()
    QByteArrayView endIso;    // empty without an end
    QByteArrayView title, summary, location, note;
    EventStatus status = EventStatus::Confirmed;
    std::span<const QByteArrayView> tags;
    std::span<const CsvPersonRow> people;
    std::optional<CsvCitationRow> citation;

    // As the model's event, for sinks that keep events: without ids and citations.
    Event toEvent() const;
};

}  // namespace caseline
