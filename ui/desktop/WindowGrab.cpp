#include "WindowGrab.h"

#include "EventTableModel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace caseline {

void grabWindowAndQuit(MainWindow &window, const QString &imagePath, const QString &selectTitle)
{
    // A fixed size, so pictures are the same on every machine (1024×768 logical pixels).
    window.resize(1024, 768);
    window.fitDocksToWidth();
    // The timeline fits itself on the first turn of the event loop; give layout and painting time.
    QTimer::singleShot(800, &window, [&window, imagePath, selectTitle] {
        if (!selectTitle.isEmpty()) {
            EventTableModel *model = window.eventModel();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, EventTableModel::TitleColumn).data().toString().contains(selectTitle, Qt::CaseInsensitive)) {
                    window.selectEvent(model->eventIdAt(row));
                    break;
                }
            }
        }
        QTimer::singleShot(400, &window, [&window, imagePath] {
            const QPixmap picture = window.grab();
            if (!picture.save(imagePath)) {
                std::fprintf(stderr, "%s: cannot write the window picture\n", qPrintable(imagePath));
                QApplication::exit(2);
                return;
            }
            std::printf("%s: %dx%d\n", qPrintable(imagePath), picture.width(), picture.height());
            QApplication::exit(0);
        });
    });
}

}  // namespace caseline
