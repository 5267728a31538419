#include "CaseWriterRegistry.h"

#include "CalendarWriter.h"
#include "CaseCsvWriter.h"
#include "CaseJsonWriter.h"
#include "HtmlChronologyWriter.h"
#include "MarkdownChronologyWriter.h"
#include "TimelineJsWriter.h"

namespace caseline {

const QList<const CaseWriter *> &CaseWriterRegistry::all()
{
    static const CaseCsvWriter csv;
    static const CaseJsonWriter json;
    static const TimelineJsWriter timelineJs;
    static const CalendarWriter ics;
    static const MarkdownChronologyWriter markdown;
    static const HtmlChronologyWriter html;
    static const QList<const CaseWriter *> writers{&csv, &json, &timelineJs, &ics, &markdown, &html};
    return writers;
}

const CaseWriter *CaseWriterRegistry::byKey(const QString &formatKey)
{
    for (const CaseWriter *writer : all())
        if (writer->formatKey().compare(formatKey, Qt::CaseInsensitive) == 0)
            return writer;
    return nullptr;
}

QStringList CaseWriterRegistry::keys()
{
    QStringList result;
    for (const CaseWriter *writer : all())
        result << writer->formatKey();
    return result;
}

}  // namespace caseline
