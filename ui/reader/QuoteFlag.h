#pragma once

#include <QCoreApplication>
#include <QString>

namespace caseline {

struct Source;

// A citation's quote checked against its source's stored text, as a line of HTML for the event
// details: found (with where), not matching (from which words), or not checkable (no text).
// Everything from the case file in it is escaped.
class QuoteFlag {
    Q_DECLARE_TR_FUNCTIONS(caseline::QuoteFlag)
public:
    static QString html(const Source &source, const QString &quote);
};

}  // namespace caseline
