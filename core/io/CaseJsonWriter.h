#pragma once

#include "CaseWriter.h"

namespace caseline {

// Caseline JSON ("format": "caseline-case", version CaseJsonReader::kFormatVersion), lossless:
// everything a case file holds except row ids — sources with their text, jurisdictions, policy
// periods and events with citations, stories — linked by the entities' keys, exactly as
// CaseJsonReader reads it. Lists are in a fixed order (sources by title, jurisdictions by name,
// periods by lane and start, events by date, stories by name; key breaking ties), so export,
// import into an empty case and export again give the same bytes.
// With a filter, the file holds the matching events, the jurisdictions they happen in with those
// jurisdictions' policy periods, the sources all of these cite, and the stories that include
// exported events, reduced to those events.
class CaseJsonWriter : public CaseWriter {
public:
    QString formatKey() const override;
    QString formatName() const override;
    QString fileSuffix() const override;
    std::variant<ExportSummary, ExportError> write(CaseFile &file, const EventFilter &filter, const ExportOptions &options,
                                                   QIODevice &out) const override;
};

}  // namespace caseline
