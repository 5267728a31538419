#pragma once

#include "model/PartialDate.h"

#include <QList>
#include <QString>

namespace caseline {

// Suggests the date a passage speaks of, resolved against the date of the document it comes
// from, at the precision the words give, with an explanation a reporter can paste into a note.
//
// Rules (D = the document's date, at day precision):
// - "2019-07-02" → that day; "February 11, 2020" → that day; "July 2019" → that month.
// - "Feb. 11", "February 11", "Tuesday, Feb. 11" → that day in D's year, or in the year before
//   when it would fall after D (said in the explanation). A weekday that does not agree with the
//   date is reported in the explanation; the date is still the one stated.
// - A weekday alone ("Thursday", "on Monday", "last Thursday") → the most recent such day
//   strictly before D: news style calls D itself "today", so "Monday" in a Monday paper means the
//   Monday before. "last Thursday" is read the same way as "Thursday".
// - "yesterday" → D − 1; "today" → D.
// - "last week" → the Monday–Sunday week before D's week: month precision when the whole week lies
//   in one month, otherwise year precision (or the year holding most of the week when it spans
//   New Year), with the week's days in the explanation.
// - "last month" / "this month" → month; "last year" → D's year − 1; "this year" → D's year.
// - "in 2008", "2008" (1800–2099) → that year.
// When a passage holds several cues, suggest() takes the most precise one, the earliest on ties;
// suggestAll() lists every cue in text order.
class DateSuggester {
public:
    struct Suggestion {
        PartialDate date;
        QString phrase;       // the words it was derived from, as written
        qsizetype position = -1;
        QString explanation;  // "Date derived: document dated 2019-07-02 (a Tuesday) says “Thursday”: ..."
        bool isValid() const { return date.isValid(); }
    };

    static Suggestion suggest(const QString &passage, const PartialDate &documentDate);
    static QList<Suggestion> suggestAll(const QString &passage, const PartialDate &documentDate);
};

}  // namespace caseline
