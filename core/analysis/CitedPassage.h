#pragma once

#include "QuoteVerifier.h"

#include <QList>
#include <QString>
#include <optional>

namespace caseline {

class CaseFile;

// Every citation of one source, each quote located in the source's text: what the reader
// highlights and links to its event.
struct CitedPassage {
    qint64 citationId = 0;
    qint64 eventId = 0;         // 0 for a policy period's citation
    qint64 policyPeriodId = 0;  // 0 for an event's citation
    QString ownerTitle;         // the event's title, or the period's jurisdiction
    QString quote;
    std::optional<int> page;
    QuoteVerifier::Status status = QuoteVerifier::Status::NoSourceText;
    qsizetype begin = -1, end = -1;  // in the source's text, when verified

    bool isLocated() const { return status == QuoteVerifier::Status::Verified; }

    // Citations of the source, by id; `text` is the source's text, normalised.
    static QList<CitedPassage> ofSource(CaseFile &file, qint64 sourceId, const QuoteVerifier::Text &text);
};

}  // namespace caseline
