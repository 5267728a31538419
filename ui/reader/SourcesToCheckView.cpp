#include "SourcesToCheckView.h"

#include "CaseDocument.h"
#include "analysis/QuoteVerifier.h"
#include "storage/CaseFile.h"

#include <QHeaderView>
#include <exception>
#include <memory>
#include <optional>

namespace caseline {

namespace {
// Up to this many citations the check takes milliseconds and runs at once; above, in the background.
constexpr qint64 kCheckAtOnce = 20000;

qint64 citationBound(CaseFile &file)
{
    // The largest id bounds the count and is one index lookup, unlike count(*) at a million rows.
    Statement st = file.database().prepare(QStringLiteral("SELECT max(id) FROM citation"));
    return st.step() ? st.int64(0) : 0;
}
}  // namespace

SourcesToCheckView::SourcesToCheckView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sourcesToCheck"));
    setAccessibleName(tr("Sources to check"));
    setColumnCount(2);
    setHeaderLabels({tr("Source or event"), tr("Problem")});
    header()->setStretchLastSection(true);
    setUniformRowHeights(true);
    setRootIsDecorated(true);
    setWordWrap(false);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 event = item->data(0, EventIdRole).toLongLong())
            emit eventActivated(event);
        else if (const qint64 source = item->data(0, SourceIdRole).toLongLong())
            emit sourceActivated(source);
    });
}

SourcesToCheckView::~SourcesToCheckView()
{
    // The worker reads the case through its own connection; let it end before the window goes.
    if (m_worker)
        m_worker->wait();
}

void SourcesToCheckView::setDocument(CaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CaseDocument::changed, this, &SourcesToCheckView::changed);
    changed();
}

void SourcesToCheckView::changed()
{
    // Checking every quote reads every citation: only while someone looks.
    m_stale = true;
    if (isVisible())
        refresh();
}

void SourcesToCheckView::showEvent(QShowEvent *event)
{
    QTreeWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SourcesToCheckView::refresh()
{
    m_stale = false;
    if (!m_document) {
        clear();
        return;
    }
    if (m_worker || citationBound(m_document->file()) > kCheckAtOnce)
        checkInBackground();
    else
        showCheck(QuoteCheck::run(m_document->file()));
}

void SourcesToCheckView::checkInBackground()
{
    if (m_worker) {
        m_checkAgain = true;  // its result is already out of date: check once more when it ends
        return;
    }
    clear();
    auto *waiting = new QTreeWidgetItem(this);
    waiting->setText(0, tr("Checking quotes against their sources…"));
    waiting->setFlags(Qt::ItemIsEnabled);
    m_checkAgain = false;
    const QString path = m_document->file().path();
    auto result = std::make_shared<std::optional<QuoteCheck>>();
    QThread *worker = QThread::create([path, result] {
        try {
            // A connection of its own: the UI thread keeps using the document's meanwhile.
            const auto file = CaseFile::open(path);
            *result = QuoteCheck::run(*file);
        } catch (const std::exception &) {
            // Left empty: the list says the check could not run.
        }
    });
    m_worker = worker;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result] {
        m_worker = nullptr;
        if (m_checkAgain) {
            m_checkAgain = false;
            refresh();
            return;
        }
        if (m_stale || !m_document) {  // changed while hidden: checked again when shown
            clear();
            return;
        }
        if (*result) {
            showCheck(**result);
        } else {
            clear();
            auto *failed = new QTreeWidgetItem(this);
            failed->setText(0, tr("The quotes could not be checked"));
            failed->setFlags(Qt::ItemIsEnabled);
        }
    });
    worker->start(QThread::IdlePriority);  // SCHED_IDLE on Linux: only a core nobody else wants
}

void SourcesToCheckView::showCheck(const QuoteCheck &check)
{
    clear();
    QHash<qint64, QTreeWidgetItem *> bySource;
    for (const QuoteCheck::SourceCounts &s : check.bySource) {
        if (!s.mismatched && !s.unchecked)
            continue;
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, s.title);
        item->setData(0, SourceIdRole, s.sourceId);
        QStringList problems;
        if (s.mismatched)
            problems << tr("%n quote(s) do not match its text", nullptr, int(s.mismatched));
        if (s.unchecked)
            problems << tr("no text kept: %n quote(s) unchecked", nullptr, int(s.unchecked));
        item->setText(1, problems.join(QStringLiteral("; ")));
        item->setToolTip(0, s.title);
        item->setToolTip(1, item->text(1));
        bySource.insert(s.sourceId, item);
    }
    for (const QuoteCheck::Problem &p : check.mismatches) {
        auto *item = new QTreeWidgetItem(bySource.value(p.sourceId));
        item->setText(0, p.ownerTitle);
        item->setData(0, EventIdRole, p.eventId);
        item->setData(0, SourceIdRole, p.sourceId);
        const QString wrong = p.quote.mid(p.matchedPrefix).simplified().left(60);
        item->setText(1, tr("differs from character %1: “%2”").arg(p.matchedPrefix + 1).arg(wrong));
        item->setToolTip(1, p.quote);
    }
    expandAll();
    if (!topLevelItemCount()) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, check.verified ? tr("All %n quote(s) match their sources", nullptr, int(check.verified))
                                        : tr("No quote can be checked yet"));
        item->setFlags(Qt::ItemIsEnabled);
    }
    resizeColumnToContents(0);
    // Long titles must leave the problem readable.
    setColumnWidth(0, qMin(columnWidth(0), qMax(viewport()->width() / 2, fontMetrics().averageCharWidth() * 24)));
}

}  // namespace caseline
