#pragma once

#include <QList>
#include <QString>

namespace caseline {

// One source note of a chronology: the passage quoted and where it comes from.
struct ChronologyFootnote {
    int number = 0;  // from 1, in order of appearance through the whole document
    QString quote;
    QString sourceTitle;
    QString publisher;
    QString published;  // as displayed, e.g. "2 Jul 2019"; empty when unknown
    QString page;
    QString url;
};

// One dated entry of a chronology, as plain text; the Markdown and HTML writers format it.
struct ChronologyEntry {
    QString date;  // "2 Jul 2019", or "Feb 2020 – Mar 2020" for a span
    QString title;
    QString jurisdiction;
    QString summary;
    QString storyNote;
    QList<ChronologyFootnote> footnotes;
};

}  // namespace caseline
