#include "TimelineJsJsonReader.h"

#include "JsonArrayLines.h"
#include "TextEncoding.h"
#include "TextLocator.h"
#include "TimelineJsCaseBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caseline {

namespace {

// TimelineJS writes numbers as strings or numbers, as the author typed them.
QString scalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

TimelineJsSlide::Date dateOf(const QJsonValue &value)
{
    TimelineJsSlide::Date d;
    const QJsonObject o = value.toObject();
    d.year = scalar(o.value(QLatin1String("year")));
    d.month = scalar(o.value(QLatin1String("month")));
    d.day = scalar(o.value(QLatin1String("day")));
    const QString hour = scalar(o.value(QLatin1String("hour"))).trimmed();
    if (!hour.isEmpty()) {
        const QString minute = scalar(o.value(QLatin1String("minute"))).trimmed();
        const QString second = scalar(o.value(QLatin1String("second"))).trimmed();
        d.time = QStringLiteral("%1:%2").arg(hour.rightJustified(2, QLatin1Char('0')),
                                             (minute.isEmpty() ? QStringLiteral("0") : minute).rightJustified(2, QLatin1Char('0')));
        if (!second.isEmpty())
            d.time += QLatin1Char(':') + second.rightJustified(2, QLatin1Char('0'));
    }
    return d;
}

TimelineJsSlide slideOf(const QJsonObject &o, int line)
{
    TimelineJsSlide s;
    s.line = line;
    s.uniqueId = scalar(o.value(QLatin1String("unique_id")));
    s.start = dateOf(o.value(QLatin1String("start_date")));
    s.end = dateOf(o.value(QLatin1String("end_date")));
    s.displayDate = scalar(o.value(QLatin1String("display_date")));
    const QJsonObject text = o.value(QLatin1String("text")).toObject();
    s.headline = scalar(text.value(QLatin1String("headline")));
    s.text = scalar(text.value(QLatin1String("text")));
    const QJsonObject media = o.value(QLatin1String("media")).toObject();
    s.mediaUrl = scalar(media.value(QLatin1String("url")));
    s.mediaCredit = scalar(media.value(QLatin1String("credit")));
    s.mediaCaption = scalar(media.value(QLatin1String("caption")));
    s.group = scalar(o.value(QLatin1String("group")));
    return s;
}

}  // namespace

bool TimelineJsJsonReader::looksLikeTimelineJs(const QByteArray &head)
{
    return head.trimmed().startsWith('{') && (head.contains("\"events\"") || head.contains("\"timeline\""));
}

std::variant<CaseData, ImportError> TimelineJsJsonReader::read(const QByteArray &input, const QString &fileName) const
{
    const QByteArray data = TextEncoding::withoutUtf8Bom(input).toByteArray();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ImportError{fileName, TextLocator(data).lineAtOffset(parseError.offset), parseError.errorString()};
    if (!document.isObject())
        return ImportError{fileName, 1, QStringLiteral("expected a TimelineJS object at the top")};
    const QJsonObject root = document.object();
    const TextLocator locator(data);
    if (root.value(QLatin1String("timeline")).isObject() && !root.contains(QLatin1String("events")))
        return ImportError{fileName, std::max(1, locator.lineOf(QStringLiteral("\"timeline\""))),
                           QStringLiteral("TimelineJS 2 format is not supported; re-save it with TimelineJS 3 "
                                          "(or convert it with TimelineJS 3's converter) and import that file")};
    if (!root.value(QLatin1String("events")).isArray())
        return ImportError{fileName, 1, QStringLiteral("not a TimelineJS 3 timeline: there is no \"events\" list")};

    try {
        TimelineJsCaseBuilder builder(fileName);
        if (root.value(QLatin1String("title")).isObject())
            builder.setTitle(slideOf(root.value(QLatin1String("title")).toObject(),
                                     locator.lineOf(QStringLiteral("\"title\""))));
        for (const char *list : {"events", "eras"}) {
            const QList<int> lines = JsonArrayLines::of(data, list);
            const QJsonArray slides = root.value(QLatin1String(list)).toArray();
            for (qsizetype i = 0; i < slides.size(); ++i) {
                const int line = lines.value(i, 0);
                if (!slides.at(i).isObject())
                    return ImportError{fileName, line, QStringLiteral("each entry of \"%1\" must be an object").arg(QLatin1String(list))};
                const TimelineJsSlide slide = slideOf(slides.at(i).toObject(), line);
                if (qstrcmp(list, "events") == 0)
                    builder.addEvent(slide);
                else
                    builder.addEra(slide);
            }
        }
        return builder.build();
    } catch (const ImportError &error) {
        return error;
    }
}

}  // namespace caseline
