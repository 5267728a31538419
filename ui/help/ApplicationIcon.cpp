#include "ApplicationIcon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace caseline {

QIcon applicationIcon()
{
    const QString name = QStringLiteral("org.caseline.Caseline");
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    // Rendered here rather than through the SVG icon-engine plugin, which may not be installed.
    QSvgRenderer renderer(QStringLiteral(":/icons/%1.svg").arg(name));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace caseline
