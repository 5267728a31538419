#pragma once

#include <QString>

namespace caseline {

// The plain text of an HTML fragment from an imported file (TimelineJS headlines, texts,
// captions): tags dropped, with the contents of script, style and other non-text elements;
// character references decoded; block elements and <br> become line breaks; a link keeps its
// target as "text (url)" when the target is http, https or mailto. This is string processing
// only: nothing is fetched, loaded or run, and no markup survives.
class HtmlText {
public:
    static QString toPlainText(const QString &html);
    // The same on one line, for titles.
    static QString toPlainLine(const QString &html);
};

}  // namespace caseline
