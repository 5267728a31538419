#include "TimelineRenderer.h"

#include "TimelinePainter.h"
#include "query/TimelineIndex.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace caseline {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(caseline::TimelineRenderer)
};

// DejaVu is what Debian installs with fonts-dejavu-core; an explicit family keeps renders the same
// on every machine.
QFont renderFont(double pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    return font;
}

QString dayText(qint64 day) { return PartialDate::fromJulianDay(day, PartialDate::Precision::Day).toDisplayString(); }

struct Heading {
    QString title;
    QString subtitle;
};

Heading headingFor(CaseFile &file, const TimelineIndex &index, const TimelineRenderOptions &options, qsizetype laneCount,
                   const TimeScale &scale)
{
    Heading h;
    h.title = options.title;
    if (h.title.isEmpty())
        h.title = file.info(QStringLiteral("title"));
    if (h.title.isEmpty())
        h.title = QFileInfo(file.path()).completeBaseName();
    h.subtitle = Text::tr("%1 events in %2 lanes, %3 – %4")
                     .arg(QLocale().toString(index.matchingEventCount()), QLocale().toString(laneCount),
                          dayText(qint64(scale.leftDay())), dayText(qint64(scale.rightDay())));
    if (!index.filter().isEmpty())
        h.subtitle += Text::tr(" (filtered)");
    return h;
}

double drawHeading(QPainter &p, const QRectF &area, const Heading &heading, const QFont &font)
{
    QFont big = font;
    big.setPointSizeF(font.pointSizeF() * 1.4);
    big.setBold(true);
    const QFontMetricsF bigMetrics(big), metrics(font);
    p.setPen(Qt::black);
    p.setFont(big);
    p.drawText(QPointF(area.left() + 8, area.top() + 6 + bigMetrics.ascent()), heading.title);
    p.setFont(font);
    p.setPen(QColor(0x50, 0x50, 0x50));
    const double y = area.top() + 6 + bigMetrics.height() + 2;
    p.drawText(QPointF(area.left() + 8, y + metrics.ascent()), heading.subtitle);
    return 6 + bigMetrics.height() + 2 + metrics.height() + 8;
}

TimeScale scaleFor(const TimelineIndex &index, const std::optional<DayRange> &days, double width)
{
    TimeScale scale(0, 1, width);
    double first = 0, end = 1;
    if (days) {
        first = double(days->first);
        end = double(days->second) + 1;
    } else if (const auto extent = index.dayExtent()) {
        first = extent->first;
        end = extent->second + 1.0;
        const double margin = std::max(15.0, (end - first) * 0.03);
        first -= margin;
        end += margin;
    } else {
        first = double(PartialDate::year(2020).firstJulianDay());
        end = first + 366;
    }
    scale.fit(first, end);
    return scale;
}

bool renderPng(TimelineIndex &index, CaseFile &file, const TimelineRenderOptions &options, const QString &outPath,
               QString *error)
{
    TimelinePainter painter(index);
    const QFont font = renderFont(9);
    painter.setFont(font);
    painter.setPrinted(true);  // a picture: nothing to click
    QList<qint64> lanes = index.orderedLaneIds(options.laneOrder);
    const qsizetype allLanes = lanes.size();
    const bool cut = lanes.size() > options.maxPngLanes;
    if (cut)
        lanes = lanes.mid(0, options.maxPngLanes);
    const int width = std::max(400, options.pngWidth);
    const TimeScale scale = scaleFor(index, options.days, painter.plotWidth(width));
    const Heading heading = headingFor(file, index, options, allLanes, scale);

    const double headingHeight = 6 + QFontMetricsF(font).height() * 2.6 + 12;
    const int footer = cut ? int(QFontMetricsF(font).height() + 10) : 0;
    const int height = int(headingHeight) + painter.axisHeight() + int(std::max<qsizetype>(1, lanes.size())) * painter.laneHeight()
                       + painter.legendHeight(width) + footer;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double top = drawHeading(p, QRectF(0, 0, width, headingHeight), heading, font);
    TimelinePainter::Frame frame;
    frame.rect = QRect(0, int(top), width, height - int(top) - footer);
    frame.scale = scale;
    frame.lanes = lanes;
    frame.cornerText = Text::tr("%1 lanes").arg(allLanes);
    painter.paint(p, frame);
    if (cut) {
        p.setFont(font);
        p.setPen(QColor(0x50, 0x50, 0x50));
        p.drawText(QRectF(8, height - footer, width - 16, footer), Qt::AlignLeft | Qt::AlignVCenter,
                   Text::tr("%1 more lanes with fewer events are not shown; narrow the filter or export a PDF to see them.")
                       .arg(allLanes - lanes.size()));
    }
    p.end();
    if (!image.save(outPath, "PNG")) {
        if (error)
            *error = Text::tr("%1: cannot write the image").arg(outPath);
        return false;
    }
    return true;
}

bool renderPdf(TimelineIndex &index, CaseFile &file, const TimelineRenderOptions &options, const QString &outPath,
               QString *error)
{
    QPdfWriter writer(outPath);
    writer.setCreator(QStringLiteral("Caseline"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                     QPageLayout::Millimeter));
    // 96 units an inch: the painter's pixels are screen pixels, and fonts are sized in points.
    writer.setResolution(96);
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = Text::tr("%1: cannot write the PDF").arg(outPath);
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRect area(0, 0, page.width(), page.height());
    TimelinePainter painter(index);
    painter.setVectorGlyphs(true);
    const QFont font = renderFont(8);
    painter.setFont(font);
    const QList<qint64> lanes = index.orderedLaneIds(options.laneOrder);
    const TimeScale scale = scaleFor(index, options.days, painter.plotWidth(area.width()));
    const Heading heading = headingFor(file, index, options, lanes.size(), scale);
    const double headingHeight = 6 + QFontMetricsF(font).height() * 2.6 + 12;
    painter.setPrinted(true);
    const double lanesRoom = area.height() - headingHeight - painter.axisHeight() - painter.legendHeight(area.width());
    // A few lanes fill the page (up to three times their screen height) instead of its top third.
    if (!lanes.isEmpty())
        painter.setLaneHeight(std::min(3 * painter.laneHeight(), int(lanesRoom / lanes.size())));
    const int lanesPerPage = std::max(1, int(lanesRoom / painter.laneHeight()));
    const int pages = std::min(options.maxPdfPages, std::max(1, int((lanes.size() + lanesPerPage - 1) / lanesPerPage)));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        Heading h = heading;
        if (pages > 1)
            h.subtitle += Text::tr(" — page %1 of %2").arg(page + 1).arg(pages);
        const double top = drawHeading(p, QRectF(area.left(), area.top(), area.width(), headingHeight), h, font);
        TimelinePainter::Frame frame;
        const QList<qint64> chunk = lanes.mid(qsizetype(page) * lanesPerPage, lanesPerPage);
        const int used = painter.axisHeight() + int(std::max<qsizetype>(1, chunk.size())) * painter.laneHeight()
                         + painter.legendHeight(area.width());
        frame.rect = QRect(area.left(), area.top() + int(top), area.width(), used);
        frame.scale = scale;
        frame.lanes = chunk;
        frame.cornerText = Text::tr("Lanes %1–%2 of %3").arg(page * lanesPerPage + 1).arg(page * lanesPerPage + chunk.size()).arg(lanes.size());
        painter.paint(p, frame);
    }
    p.end();
    return true;
}
}  // namespace

bool renderTimeline(CaseFile &file, const EventFilter &filter, std::optional<DayRange> days, const QString &outPath,
                    QString *error)
{
    TimelineRenderOptions options;
    options.days = days;
    return renderTimeline(file, filter, options, outPath, error);
}

bool renderTimeline(CaseFile &file, const EventFilter &filter, const TimelineRenderOptions &options,
                    const QString &outPath, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = Text::tr("rendering needs a QGuiApplication (the offscreen platform will do)");
        return false;
    }
    try {
        TimelineIndex index(file);
        index.setFilter(filter);
        const QString suffix = QFileInfo(outPath).suffix().toLower();
        if (suffix == QLatin1String("png"))
            return renderPng(index, file, options, outPath, error);
        if (suffix == QLatin1String("pdf"))
            return renderPdf(index, file, options, outPath, error);
        if (error)
            *error = Text::tr("%1: the timeline renders to .png or .pdf").arg(outPath);
        return false;
    } catch (const CaseFileError &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

}  // namespace caseline
