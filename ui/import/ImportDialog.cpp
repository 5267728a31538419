#include "ImportDialog.h"
#include "DisplayDate.h"

#include "io/CaseReader.h"
#include "io/CaseReaderRegistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caseline {

namespace {
constexpr int kPreviewEvents = 50;
constexpr int kHeadLines = 8;
}  // namespace

ImportDialog::ImportDialog(const QString &inputPath, QWidget *parent) : QDialog(parent), m_path(inputPath)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(inputPath).fileName()));
    QFile file(inputPath);
    if (file.open(QIODevice::ReadOnly))
        m_bytes = file.readAll();
    else
        m_readError = tr("%1: cannot read the file (%2)").arg(inputPath, file.errorString());

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormatBox"));
    m_format->addItem(tr("Detect from the content"), QString());
    for (const CaseReader *reader : CaseReaderRegistry::all())
        m_format->addItem(reader->formatName(), reader->formatKey());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_head = new QPlainTextEdit(this);
    m_head->setReadOnly(true);
    m_head->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_head->setMaximumHeight(fontMetrics().height() * (kHeadLines + 2));
    m_head->setAccessibleName(tr("First lines of the file"));
    // Shown as text: nothing in an input file is interpreted here.
    const QList<QByteArray> lines = m_bytes.left(8192).split('\n');
    QStringList head;
    for (int i = 0; i < lines.size() && i < kHeadLines; ++i)
        head << QString::fromUtf8(lines[i]).remove(QLatin1Char('\r'));
    m_head->setPlainText(head.join(QLatin1Char('\n')));
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("importProblems"));
    m_warnings->setMaximumHeight(fontMetrics().height() * 6);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::analyse);

    auto *form = new QFormLayout;
    form->addRow(tr("Read as:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("The file begins:"), this));
    layout->addWidget(m_head);
    layout->addWidget(new QLabel(tr("The first events as they will be imported:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(new QLabel(tr("Problems found:"), this));
    layout->addWidget(m_warnings);
    layout->addWidget(m_buttons);
    const int em = fontMetrics().height();  // follows the system font size
    resize(em * 54, em * 40);
    analyse();
}

void ImportDialog::analyse()
{
    m_data.reset();
    m_warnings->clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_problem = m_readError;
    if (m_readError.isEmpty()) {
        const QString key = m_format->currentData().toString();
        const CaseReader *reader = key.isEmpty() ? nullptr : CaseReaderRegistry::byKey(key);
        if (!reader) {
            const auto detected = CaseReaderRegistry::detect(m_bytes.left(CaseReaderRegistry::kHeadSize), m_path);
            if (const auto *error = std::get_if<ImportError>(&detected))
                m_problem = error->toString();
            else
                reader = std::get<const CaseReader *>(detected);
        }
        if (reader) {
            m_formatKey = reader->formatKey();
            auto result = reader->read(m_bytes, m_path);
            if (const auto *error = std::get_if<ImportError>(&result))
                m_problem = error->toString();
            else
                m_data = std::get<CaseData>(std::move(result));
            if (m_data)
                m_summary->setText(tr("Read as %1: %2 events, %3 policy periods, %4 jurisdictions, %5 sources. "
                                      "Entries already in the case (same key, or a jurisdiction of the same name and state) are updated, not duplicated.")
                                       .arg(reader->formatName())
                                       .arg(m_data->events.size())
                                       .arg(m_data->periods.size())
                                       .arg(m_data->jurisdictions.size())
                                       .arg(m_data->sources.size()));
        }
    }
    if (!m_data) {
        m_summary->setText(tr("This file cannot be imported. Nothing will be changed."));
        m_warnings->addItem(m_problem);
    } else {
        for (const ImportWarning &w : m_data->warnings)
            m_warnings->addItem(w.toString(QFileInfo(m_path).fileName()));
        if (m_data->warnings.isEmpty())
            m_warnings->addItem(tr("None."));
        QHash<QString, QString> laneNames;
        for (const Jurisdiction &j : m_data->jurisdictions)
            laneNames.insert(j.key, j.displayName());
        m_preview->setColumnCount(4);
        m_preview->setHorizontalHeaderLabels({tr("Date"), tr("Title"), tr("Jurisdiction"), tr("Type")});
        const int rows = int(qMin<qsizetype>(kPreviewEvents, m_data->events.size()));
        m_preview->setRowCount(rows);
        for (int i = 0; i < rows; ++i) {
            const auto &linked = m_data->events[i];
            m_preview->setItem(i, 0, new QTableWidgetItem(DisplayDate::text(linked.event.start)));
            m_preview->setItem(i, 1, new QTableWidgetItem(linked.event.title));
            m_preview->setItem(i, 2, new QTableWidgetItem(laneNames.value(linked.jurisdictionKey)));
            m_preview->setItem(i, 3, new QTableWidgetItem(eventTypeLabel(linked.event.type)));
        }
        m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    }
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(m_data.has_value());
}

}  // namespace caseline
