#include "ChartPanel.h"

#include "CaseDocument.h"
#include "ChartCanvas.h"
#include "ChartExporter.h"
#include "LatestOnWorker.h"
#include "analysis/ChartAggregator.h"
#include "analysis/DateBinner.h"
#include "storage/CaseFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caseline {

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartPanel"));
    setAccessibleName(tr("Charts"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKindBox"));
    m_kind->setToolTip(tr("Which comparison to draw"));
    m_kind->setAccessibleName(tr("Chart"));
    m_kind->addItem(tr("Adoption over time"), int(ChartRequest::Kind::Adoption));
    m_kind->addItem(tr("Events by stance"), int(ChartRequest::Kind::ByStance));
    m_kind->addItem(tr("Event study around the change"), int(ChartRequest::Kind::EventStudy));
    m_kind->addItem(tr("Ranking of jurisdictions"), int(ChartRequest::Kind::Ranking));
    m_kind->setCurrentIndex(1);
    m_bin = new QComboBox(this);
    m_bin->setToolTip(tr("Group dates by year, quarter or month"));
    m_bin->setAccessibleName(tr("Date grouping"));
    m_bin->addItem(tr("By year"), int(DateBinner::Unit::Year));
    m_bin->addItem(tr("By quarter"), int(DateBinner::Unit::Quarter));
    m_bin->addItem(tr("By month"), int(DateBinner::Unit::Month));
    m_perCapita = new QCheckBox(tr("Per 100,000 residents"), this);
    m_perCapita->setToolTip(tr("Rates use each jurisdiction's population; those without one are listed as excluded"));
    m_top = new QSpinBox(this);
    m_top->setRange(1, 200);
    m_top->setValue(15);
    m_top->setPrefix(tr("Top "));
    m_top->setToolTip(tr("How many jurisdictions the ranking shows"));
    m_top->setAccessibleName(tr("Jurisdictions ranked"));
    m_window = new QSpinBox(this);
    m_window->setRange(1, 120);
    m_window->setValue(5);
    m_window->setPrefix(tr("± "));
    m_window->setToolTip(tr("Event study: how many bins before and after the change"));
    m_window->setAccessibleName(tr("Bins before and after the change"));
    m_page = new QComboBox(this);
    m_page->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_page->setToolTip(tr("Page size of PDF and PNG exports"));
    m_page->setAccessibleName(tr("Page size"));
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setToolTip(tr("Page orientation of PDF and PNG exports"));
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(72, 600);
    m_dpi->setValue(150);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("Resolution of PNG exports"));
    m_dpi->setAccessibleName(tr("Resolution"));
    for (QComboBox *box : {m_kind, m_bin})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartPanel::refresh);
    connect(m_perCapita, &QCheckBox::toggled, this, &ChartPanel::refresh);
    for (QSpinBox *spin : {m_top, m_window})
        connect(spin, &QSpinBox::valueChanged, this, &ChartPanel::refresh);

    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("chartExportButton"));
    exportButton->setToolTip(tr("Save the chart as PDF, PNG or SVG, with its caption"));
    auto *printButton = new QPushButton(tr("Print…"), this);
    printButton->setToolTip(tr("Print the chart with its caption"));
    auto *copyButton = new QPushButton(tr("Copy Image"), this);
    copyButton->setToolTip(tr("Copy the chart as an image, to paste into a document"));
    auto *copyNumbersButton = new QPushButton(tr("Copy Numbers"), this);
    copyNumbersButton->setToolTip(tr("Copy the table of numbers, tab-separated, for a spreadsheet"));
    connect(exportButton, &QPushButton::clicked, this, &ChartPanel::exportWithDialog);
    connect(printButton, &QPushButton::clicked, this, &ChartPanel::print);
    connect(copyButton, &QPushButton::clicked, this, &ChartPanel::copyImage);
    connect(copyNumbersButton, &QPushButton::clicked, this, &ChartPanel::copyNumbers);

    m_canvas = new ChartCanvas(this);
    connect(m_canvas, &ChartCanvas::barClicked, this, &ChartPanel::onBarClicked);
    m_numbers = new QTableWidget(this);
    m_numbers->setObjectName(QStringLiteral("chartNumbers"));
    m_numbers->setAccessibleName(tr("Numbers behind the chart"));
    m_numbers->setToolTip(tr("The numbers the chart draws, one row per bar or point; Enter on a number shows its events, "
                             "like a click on its bar"));
    // The keyboard's way to what a click on a bar does.
    connect(m_numbers, &QTableWidget::cellActivated, this, [this](int row, int column) {
        const ChartData &data = currentData();
        std::optional<StanceFamily> family;
        if (column > 0 && column - 1 < data.series.size())
            family = data.series[column - 1].family;
        onBarClicked(row, family);
    });
    m_numbers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_numbers->verticalHeader()->setVisible(false);

    // Two short rows each, so the panel fits beside the docks on a 1024-pixel screen.
    const auto row = [](std::initializer_list<QWidget *> widgets) {
        auto *line = new QHBoxLayout;
        for (QWidget *w : widgets)
            line->addWidget(w);
        line->addStretch();
        return line;
    };
    m_countingNote = new QLabel(tr("Counting the events for this chart…"), this);
    m_countingNote->setObjectName(QStringLiteral("chartCountingNote"));
    m_countingNote->hide();
    m_counting = new LatestOnWorker(this);
    connect(m_counting, &LatestOnWorker::workingChanged, m_countingNote, &QWidget::setVisible);
    auto *options = new QVBoxLayout;
    options->addLayout(row({m_kind, m_bin, m_countingNote}));
    options->addLayout(row({m_perCapita, m_top, m_window}));
    auto *output = new QVBoxLayout;
    output->addLayout(row({m_page, m_orientation, m_dpi}));
    output->addLayout(row({exportButton, printButton, copyButton, copyNumbersButton}));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_canvas);
    split->addWidget(m_numbers);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(split, 1);
    layout->addLayout(output);
}

void ChartPanel::setDocument(CaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    // Counts for the case before are given up: the one waiting dropped, the one under way stopped
    // and its answer not shown.
    m_counting->giveUp();
    m_document = document;
    if (m_document) {
        connect(m_document, &CaseDocument::changed, this, &ChartPanel::refresh);
        connect(m_document, &CaseDocument::columnsReady, this, [this] {
            if (m_stale && isVisible())
                refresh();
        });
    }
    refresh();
}

ChartRequest ChartPanel::request() const
{
    ChartRequest r;
    r.kind = ChartRequest::Kind(m_kind->currentData().toInt());
    r.filter = m_filter;
    r.bin = DateBinner::Unit(m_bin->currentData().toInt());
    r.perCapita = m_perCapita->isChecked();
    r.topN = m_top->value();
    r.windowBins = m_window->value();
    return r;
}

const ChartData &ChartPanel::currentData() const { return m_canvas->data(); }

void ChartPanel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    refresh();
}

void ChartPanel::refresh()
{
    const auto kind = ChartRequest::Kind(m_kind->currentData().toInt());
    m_perCapita->setEnabled(kind == ChartRequest::Kind::ByStance || kind == ChartRequest::Kind::Ranking);
    m_top->setVisible(kind == ChartRequest::Kind::Ranking);
    m_window->setVisible(kind == ChartRequest::Kind::EventStudy);
    m_bin->setEnabled(kind != ChartRequest::Kind::Ranking);
    if (!m_document)
        return;
    // Hidden, or a large case's snapshot still being read (SQLite would block the window for
    // a few hundred ms): done when shown, or when the snapshot is there.
    if (!isVisible() || m_document->isWaitingForColumns()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const ChartRequest asked = request();
    if (countsInBackground(asked)) {
        countInBackground(asked);
        return;
    }
    m_counting->giveUp();  // its answer is no longer wanted
    display(ChartAggregator(m_document->file(), m_document->columns()).compute(asked));
}

void ChartPanel::display(const ChartData &data)
{
    m_canvas->setData(data);
    showNumbers(data);
}

bool ChartPanel::countsInBackground(const ChartRequest &request) const
{
    if (request.kind == ChartRequest::Kind::Adoption)
        return false;  // policy periods only: a few thousand rows
    const auto columns = m_document->columns();
    return !columns && m_document->hasManyEvents();
}

void ChartPanel::countInBackground(const ChartRequest &request)
{
    m_counting->ask<ChartData>(
        m_document->path(), [request](CaseFile &file) { return ChartAggregator(file).compute(request); },
        [this](const ChartData &data) { display(data); },
        [this](const QString &error) { emit message(tr("The chart could not be counted: %1").arg(error)); });
}

bool ChartPanel::isCounting() const { return m_counting->isWorking(); }

bool ChartPanel::refuseWhileCounting()
{
    if (!isCounting())
        return false;
    emit message(tr("The chart is still being counted; try again once it shows."));
    return true;
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ChartPanel::showNumbers(const ChartData &data)
{
    m_numbers->clear();
    m_numbers->setRowCount(int(data.categories.size()));
    m_numbers->setColumnCount(int(data.series.size()) + 1);
    QStringList header{data.xTitle};
    for (const auto &s : data.series)
        header << s.name;
    m_numbers->setHorizontalHeaderLabels(header);
    for (int row = 0; row < data.categories.size(); ++row) {
        m_numbers->setItem(row, 0, new QTableWidgetItem(data.categories[row]));
        for (int col = 0; col < data.series.size(); ++col) {
            auto *item = new QTableWidgetItem(QLocale().toString(data.series[col].values.value(row), 'g', 6));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_numbers->setItem(row, col + 1, item);
        }
    }
    m_numbers->resizeColumnsToContents();
}

void ChartPanel::onBarClicked(int category, std::optional<StanceFamily> family)
{
    const ChartData &data = currentData();
    EventFilter filter = m_filter;
    if (category < data.categoryJurisdictions.size()) {
        filter.jurisdictionIds = {data.categoryJurisdictions[category]};
    } else if (category < data.categoryDays.size()) {
        filter.from = PartialDate::fromJulianDay(data.categoryDays[category].first, PartialDate::Precision::Day);
        filter.to = PartialDate::fromJulianDay(data.categoryDays[category].second, PartialDate::Precision::Day);
        if (family)
            filter.stanceFamilies = {*family};
    } else {
        return;
    }
    emit filterRequested(filter);
}

bool ChartPanel::exportTo(const QString &path, QString *error)
{
    if (isCounting()) {
        if (error)
            *error = tr("The chart is still being counted; export it once it shows.");
        return false;
    }
    ChartExportOptions options;
    options.pageSize = QPageSize::PageSizeId(m_page->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.dpi = m_dpi->value();
    return ChartExporter::write(currentData(), path, options, error);
}

void ChartPanel::exportWithDialog()
{
    if (refuseWhileCounting())
        return;
    const QString suggested = ChartRequest::kindKey(request().kind) + QStringLiteral(".pdf");
    const QString path = m_saveDialog ? m_saveDialog(suggested)
                                      : QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested,
                                                                     tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    emit message(exportTo(path, &error) ? tr("Chart saved to %1").arg(path) : error);
}

void ChartPanel::print()
{
    if (refuseWhileCounting())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Orientation(m_orientation->currentData().toInt()));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    ChartExporter::paint(painter, printer.pageRect(QPrinter::DevicePixel).translated(-printer.pageRect(QPrinter::DevicePixel).topLeft()), currentData());
}

void ChartPanel::copyImage()
{
    if (refuseWhileCounting())
        return;
    QApplication::clipboard()->setImage(ChartExporter::toImage(currentData(), QSize(1100, 720)));
    emit message(tr("Chart copied"));
}

void ChartPanel::copyNumbers()
{
    if (refuseWhileCounting())
        return;
    QString text;
    QStringList header;
    for (int col = 0; col < m_numbers->columnCount(); ++col)
        header << m_numbers->horizontalHeaderItem(col)->text();
    text += header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    const ChartData &data = currentData();
    for (int row = 0; row < data.categories.size(); ++row) {
        QStringList cells{data.categories[row]};
        for (const auto &s : data.series)
            cells << QString::number(s.values.value(row), 'g', 10);
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
    emit message(tr("Numbers copied"));
}

}  // namespace caseline
