#pragma once

#include "analysis/ChartRequest.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace caseline {

class CaseDocument;
class ChartCanvas;
class LatestOnWorker;
struct ChartData;

// Pick a chart and its options; it follows the window's filters. Beside it, the exact numbers
// (copyable). Export to PDF/PNG/SVG, print, copy; a click on a bar filters the timeline.
// Charts are counted from the events' snapshot at once; in a large case whose snapshot is still
// being read they are counted by SQLite on a worker thread (seconds at a million events for some
// filters), while the previous chart stays with a note that it is being counted.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    using SaveDialog = std::function<QString(const QString &suggestedName)>;
    void setSaveDialog(SaveDialog dialog) { m_saveDialog = std::move(dialog); }
    void setDocument(CaseDocument *document);
    ChartRequest request() const;
    const ChartData &currentData() const;
    QComboBox *kindBox() const { return m_kind; }
    QTableWidget *numbers() const { return m_numbers; }
    ChartCanvas *canvas() const { return m_canvas; }
    bool exportTo(const QString &path, QString *error);
    // A chart is being counted on a worker thread; what shows is the one before.
    bool isCounting() const;

public slots:
    void setFilter(const EventFilter &filter);
    void refresh();
    void exportWithDialog();
    void print();
    void copyImage();
    void copyNumbers();

signals:
    void filterRequested(const EventFilter &filter);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const ChartData &data);
    void showNumbers(const ChartData &data);
    void onBarClicked(int category, std::optional<StanceFamily> family);
    bool countsInBackground(const ChartRequest &request) const;
    void countInBackground(const ChartRequest &request);
    bool refuseWhileCounting();

    QPointer<CaseDocument> m_document;
    EventFilter m_filter;
    QComboBox *m_kind;
    QComboBox *m_bin;
    QCheckBox *m_perCapita;
    QSpinBox *m_top;
    QSpinBox *m_window;
    QComboBox *m_page;
    QComboBox *m_orientation;
    QSpinBox *m_dpi;
    ChartCanvas *m_canvas;
    QTableWidget *m_numbers;
    SaveDialog m_saveDialog;
    bool m_stale = true;  // a change arrived while hidden; recompute when shown
    QLabel *m_countingNote;
    LatestOnWorker *m_counting;
};

}  // namespace caseline
