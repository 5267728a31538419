#pragma once

#include <QString>

namespace caseline {

// One slide of a TimelineJS 3 timeline (the title slide, an event or an era), as written in its
// JSON or spreadsheet CSV, before it becomes Caseline data. Texts are the file's HTML.
struct TimelineJsSlide {
    struct Date {
        QString year, month, day;
        QString time;  // "14:30" when the slide gives hours; Caseline dates stop at the day
        bool isEmpty() const { return year.trimmed().isEmpty(); }
    };

    int line = 0;
    QString uniqueId;
    Date start;
    Date end;
    QString displayDate;
    QString headline;
    QString text;
    QString mediaUrl;
    QString mediaCredit;
    QString mediaCaption;
    QString group;
};

}  // namespace caseline
