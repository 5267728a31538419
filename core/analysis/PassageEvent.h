#pragma once

#include "DateSuggester.h"
#include "model/Event.h"
#include "model/Jurisdiction.h"
#include "model/Source.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace caseline {

// A new event drafted from a passage selected in a source's text: the passage verbatim as the
// quote with its page, a date suggested from the passage against the document's date, a lane
// from the names it mentions, a type from its words, and a note saying how each was found. The
// user confirms or edits the draft before anything is written.
struct PassageEvent {
    Q_DECLARE_TR_FUNCTIONS(caseline::PassageEvent)
public:
    Event event;
    DateSuggester::Suggestion date;  // invalid when the passage gives no date
    QString dateExplanation;         // also in event.note
    QString laneExplanation;         // empty when no lane was found
    QString typeExplanation;         // empty when no type word was found
    qsizetype begin = -1, end = -1;  // the passage in source.text, white space trimmed

    bool isValid() const { return begin >= 0 && end > begin; }

    // [begin, end) are offsets in source.text; lanes are the case's jurisdictions.
    static PassageEvent draft(const Source &source, qsizetype begin, qsizetype end, const QList<Jurisdiction> &lanes);
    // The passage shortened to a title: its first sentence, at most about 90 characters.
    static QString titleFrom(const QString &passage);
};

}  // namespace caseline
