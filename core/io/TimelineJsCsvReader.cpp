#include "TimelineJsCsvReader.h"

#include "CsvTable.h"
#include "TextEncoding.h"
#include "TimelineJsCaseBuilder.h"

namespace caseline {

bool TimelineJsCsvReader::looksLikeTimelineJs(const QByteArray &head)
{
    const QByteArray body = TextEncoding::withoutUtf8Bom(head).trimmed().toByteArray().toLower();
    return body.startsWith("year,month,day,") && body.left(body.indexOf('\n')).contains("headline");
}

std::variant<CaseData, ImportError> TimelineJsCsvReader::read(const QByteArray &data, const QString &fileName) const
{
    try {
        CsvTable table(data, fileName);
        table.readHeader({QStringLiteral("Year"), QStringLiteral("Month"), QStringLiteral("Day"), QStringLiteral("Headline")});
        const auto column = [&](const char *name) { return table.column(QLatin1String(name)); };
        const int year = column("Year"), month = column("Month"), day = column("Day"), time = column("Time"),
                  endYear = column("End Year"), endMonth = column("End Month"), endDay = column("End Day"),
                  endTime = column("End Time"), displayDate = column("Display Date"), headline = column("Headline"),
                  text = column("Text"), media = column("Media"), credit = column("Media Credit"),
                  caption = column("Media Caption"), type = column("Type"), group = column("Group");
        TimelineJsCaseBuilder builder(fileName);
        CsvRecord row;
        while (table.next(row)) {
            TimelineJsSlide slide;
            slide.line = row.line();
            slide.start = {table.field(row, year), table.field(row, month), table.field(row, day), table.field(row, time)};
            slide.end = {table.field(row, endYear), table.field(row, endMonth), table.field(row, endDay), table.field(row, endTime)};
            slide.displayDate = table.field(row, displayDate);
            slide.headline = table.field(row, headline);
            slide.text = table.field(row, text);
            slide.mediaUrl = table.field(row, media);
            slide.mediaCredit = table.field(row, credit);
            slide.mediaCaption = table.field(row, caption);
            slide.group = table.field(row, group);
            const QString kind = table.field(row, type).toLower();
            if (kind == QLatin1String("title"))
                builder.setTitle(slide);
            else if (kind == QLatin1String("era"))
                builder.addEra(slide);
            else if (kind.isEmpty())
                builder.addEvent(slide);
            else
                table.fail(row.line(), QStringLiteral("unknown Type '%1' (allowed: title, era, or empty for an event)")
                                           .arg(table.field(row, type)));
        }
        CaseData result = builder.build();
        result.warnings = table.finish() + result.warnings;
        return result;
    } catch (const ImportError &error) {
        return error;
    }
}

}  // namespace caseline
