#include "ChartExporter.h"

#include "ChartBuilder.h"

#include <QApplication>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextDocument>
#include <memory>

namespace caseline {

namespace {
// Charts are laid out at this width in logical units, whatever the target, so text keeps its
// size relative to the chart on a page, a PNG or a screen.
constexpr qreal kLayoutWidth = 1100;

// English on the command line; the window's language where it installs a translation.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(caseline::ChartExporter)
};

std::unique_ptr<QTextDocument> captionDocument(const ChartData &data, qreal width, const QFont &font)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    doc->setDefaultFont(small);
    doc->setTextWidth(width);
    doc->setPlainText(data.caption());  // text from the case file stays text
    return doc;
}
}  // namespace

QString ChartExportOptions::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return QStringList{QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg")}.contains(suffix) ? suffix : QString();
}

void ChartExporter::paint(QPainter &painter, const QRectF &target, const ChartData &data)
{
    const qreal scale = target.width() / kLayoutWidth;
    const QSizeF logical(kLayoutWidth, target.height() / scale);
    QGraphicsScene scene;
    QChart *chart = ChartBuilder::build(data);
    scene.addItem(chart);  // the scene owns it now
    const QFont font = QApplication::font();
    auto caption = captionDocument(data, logical.width() - 40, font);
    const qreal captionHeight = caption->size().height() + 10;
    const QSizeF chartSize(logical.width(), logical.height() - captionHeight);
    chart->setGeometry(QRectF(QPointF(0, 0), chartSize));
    // QChart lays itself out on posted events; run them before reading its plot area.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    ChartBuilder::placeValueLabels(chart, data);

    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), logical), Qt::white);
    scene.render(&painter, QRectF(QPointF(0, 0), chartSize), QRectF(QPointF(0, 0), chartSize));
    painter.translate(20, chartSize.height());
    caption->drawContents(&painter);
    painter.restore();
}

QImage ChartExporter::toImage(const ChartData &data, const QSize &pixels, qreal devicePixelRatio)
{
    QImage image(pixels * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), data);
    return image;
}

bool ChartExporter::write(const ChartData &data, const QString &path, const ChartExportOptions &options, QString *error)
{
    const QString format = ChartExportOptions::formatOf(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    };
    if (format.isEmpty())
        return fail(Text::tr("unknown format; use .pdf, .png or .svg"));
    if (format == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageOrientation(options.orientation);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(1200);
        writer.setTitle(data.title);
        writer.setCreator(QStringLiteral("Caseline"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Text::tr("cannot write the PDF"));
        paint(painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())), data);
        return painter.end() ? true : fail(Text::tr("cannot finish the PDF"));
    }
    if (format == QLatin1String("svg")) {
        const QSize size(1100, 720);
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(data.title);
        generator.setDescription(data.caption());
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(Text::tr("cannot write the SVG"));
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), data);
        return painter.end() ? true : fail(Text::tr("cannot finish the SVG"));
    }
    // PNG: the page's proportions at the chosen resolution.
    const QPageLayout layout(QPageSize(options.pageSize), options.orientation, QMarginsF());
    // Millimetres are the page sizes' exact definition; Qt's inch sizes are rounded.
    const QSizeF inches = layout.fullRect(QPageLayout::Millimeter).size() / 25.4;
    const QSize pixels(qRound(inches.width() * options.dpi), qRound(inches.height() * options.dpi));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(options.dpi / 0.0254));
    image.setDotsPerMeterY(qRound(options.dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        const qreal margin = options.dpi * 0.3;
        paint(painter, QRectF(margin, margin, pixels.width() - 2 * margin, pixels.height() - 2 * margin), data);
    }
    return image.save(path, "PNG") ? true : fail(Text::tr("cannot write the PNG"));
}

}  // namespace caseline
