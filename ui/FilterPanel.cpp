#include "FilterPanel.h"

#include "CaseDocument.h"
#include "editors/PartialDateEdit.h"
#include "storage/CaseFile.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace caseline {

namespace {
QListWidgetItem *checkableItem(const QString &text, const QVariant &data, QListWidget *list)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(Qt::UserRole, data);
    return item;
}

QList<QVariant> checkedData(const QListWidget *list)
{
    QList<QVariant> result;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            result << list->item(i)->data(Qt::UserRole);
    return result;
}
}  // namespace

FilterPanel::FilterPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterPanel"));
    setAccessibleName(tr("Filters"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search titles, summaries and quotes"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Every word must occur; words match their beginnings (\"detain\" finds \"detained\")."));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);  // typing a word should not requery per key
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FilterPanel::collect);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        collect();
    });

    m_from = new PartialDateEdit(true, this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new PartialDateEdit(true, this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    for (PartialDateEdit *edit : {m_from, m_to}) {
        edit->setPlaceholderText(tr("YYYY[-MM[-DD]]"));
        connect(edit, &QLineEdit::editingFinished, this, &FilterPanel::collect);
    }
    m_from->setHint(tr("Only events on or after this date: a year, a month (YYYY-MM) or a day (YYYY-MM-DD)"));
    m_to->setHint(tr("Only events on or before this date: a year, a month (YYYY-MM) or a day (YYYY-MM-DD)"));

    m_types = new QListWidget(this);
    m_types->setObjectName(QStringLiteral("typeFilter"));
    m_types->setAccessibleName(tr("Event types"));
    m_types->setToolTip(tr("Show only the checked types; Space checks the current one"));
    for (const auto &entry : eventTypeVocabulary())
        checkableItem(eventTypeLabel(entry.value), int(entry.value), m_types);
    m_jurisdictions = new QListWidget(this);
    m_jurisdictions->setObjectName(QStringLiteral("jurisdictionFilter"));
    m_jurisdictions->setUniformItemSizes(true);  // thousands of one-line items: laid out without measuring each
    m_jurisdictions->setAccessibleName(tr("Jurisdictions"));
    m_jurisdictions->setToolTip(tr("Show only the checked jurisdictions; Space checks the current one"));
    for (QListWidget *list : {m_types, m_jurisdictions})
        connect(list, &QListWidget::itemChanged, this, &FilterPanel::collect);

    auto *familyBox = new QGroupBox(tr("Stance on the event's date"), this);
    familyBox->setToolTip(tr("Show only events in jurisdictions that had this stance on the event's date"));
    auto *familyLayout = new QVBoxLayout(familyBox);
    for (const auto &entry : stanceFamilyVocabulary()) {
        auto *check = new QCheckBox(stanceFamilyLabel(entry.value), familyBox);
        check->setProperty("family", int(entry.value));
        check->setObjectName(QStringLiteral("family_") + stanceFamilyKey(entry.value));
        connect(check, &QCheckBox::toggled, this, &FilterPanel::collect);
        familyLayout->addWidget(check);
        m_families << check;
    }
    auto *statusBox = new QGroupBox(tr("Status"), this);
    statusBox->setToolTip(tr("Show only events whose facts are confirmed, disputed or not yet verified"));
    auto *statusLayout = new QVBoxLayout(statusBox);
    for (const auto &entry : eventStatusVocabulary()) {
        auto *check = new QCheckBox(eventStatusLabel(entry.value), statusBox);
        check->setProperty("status", int(entry.value));
        connect(check, &QCheckBox::toggled, this, &FilterPanel::collect);
        statusLayout->addWidget(check);
        m_statuses << check;
    }
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("comma-separated; any of them"));
    m_tags->setToolTip(tr("Show only events with at least one of these tags"));
    connect(m_tags, &QLineEdit::editingFinished, this, &FilterPanel::collect);

    auto *clearButton = new QPushButton(tr("Clear Filters"), this);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    clearButton->setToolTip(tr("Show every event again (Ctrl+Shift+L)"));
    connect(clearButton, &QPushButton::clicked, this, &FilterPanel::clear);

    auto *dates = new QFormLayout;
    dates->addRow(tr("Fro&m:"), m_from);
    dates->addRow(tr("T&o:"), m_to);
    dates->addRow(tr("T&ags:"), m_tags);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(dates);
    auto *typesLabel = new QLabel(tr("T&ypes (none checked: all):"), this);
    typesLabel->setBuddy(m_types);
    typesLabel->setWordWrap(true);  // a narrow dock wraps the hint instead of cutting the panel off
    layout->addWidget(typesLabel);
    layout->addWidget(m_types, 2);
    auto *jurisdictionsLabel = new QLabel(tr("&Jurisdictions (none checked: all):"), this);
    jurisdictionsLabel->setBuddy(m_jurisdictions);
    jurisdictionsLabel->setWordWrap(true);
    layout->addWidget(jurisdictionsLabel);
    layout->addWidget(m_jurisdictions, 2);
    layout->addWidget(familyBox);
    layout->addWidget(statusBox);
    layout->addWidget(clearButton);
}

void FilterPanel::setDocument(CaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CaseDocument::changed, this, &FilterPanel::listJurisdictions);
    m_shownJurisdictions.clear();  // another case: list its jurisdictions whatever its last change was
    m_updating = true;
    m_jurisdictions->clear();
    m_updating = false;
}

void FilterPanel::listJurisdictions()
{
    if (m_document && !m_document->lanesMayHaveChanged() && !m_shownJurisdictions.isEmpty())
        return;  // an edit of events only
    QList<QPair<qint64, QString>> lanes;
    if (m_document)
        for (const Jurisdiction &j : m_document->file().jurisdictions())
            lanes.append({j.id, j.displayName()});
    // Most edits leave the jurisdictions as they are: thousands of items are not rebuilt for them.
    if (lanes == m_shownJurisdictions)
        return;
    m_shownJurisdictions = lanes;
    const QList<QVariant> checked = checkedData(m_jurisdictions);
    m_updating = true;
    m_jurisdictions->clear();
    for (const auto &[id, name] : std::as_const(lanes))
        checkableItem(name, id, m_jurisdictions)->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
}

void FilterPanel::collect()
{
    if (m_updating)
        return;
    EventFilter f;
    f.searchText = m_search->text().trimmed();
    f.from = m_from->date();
    f.to = m_to->date();
    for (const QVariant &v : checkedData(m_types))
        f.types << EventType(v.toInt());
    for (const QVariant &v : checkedData(m_jurisdictions))
        f.jurisdictionIds << v.toLongLong();
    for (QCheckBox *check : m_families)
        if (check->isChecked())
            f.stanceFamilies << StanceFamily(check->property("family").toInt());
    for (QCheckBox *check : m_statuses)
        if (check->isChecked())
            f.statuses << EventStatus(check->property("status").toInt());
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            f.tags << tag.trimmed();
    f.storyId = m_filter.storyId;
    if (f == m_filter)
        return;
    m_filter = f;
    emit filterChanged(m_filter);
}

void FilterPanel::setStoryOnly(qint64 storyId)
{
    if (m_filter.storyId == storyId)
        return;
    m_filter.storyId = storyId;
    emit filterChanged(m_filter);
}

void FilterPanel::applyFilter(const EventFilter &filter)
{
    m_updating = true;
    m_searchDelay->stop();
    m_search->setText(filter.searchText);
    m_from->setDate(filter.from);
    m_to->setDate(filter.to);
    m_tags->setText(filter.tags.join(QStringLiteral(", ")));
    const auto check = [](QListWidget *list, const auto &wanted) {
        for (int i = 0; i < list->count(); ++i) {
            const QVariant value = list->item(i)->data(Qt::UserRole);
            const bool on = std::any_of(wanted.begin(), wanted.end(), [&](const auto &w) { return QVariant::fromValue(qint64(w)) == QVariant::fromValue(value.toLongLong()); });
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    };
    check(m_types, filter.types);
    check(m_jurisdictions, filter.jurisdictionIds);
    for (QCheckBox *box : m_families)
        box->setChecked(filter.stanceFamilies.contains(StanceFamily(box->property("family").toInt())));
    for (QCheckBox *box : m_statuses)
        box->setChecked(filter.statuses.contains(EventStatus(box->property("status").toInt())));
    m_updating = false;
    m_filter.storyId = filter.storyId;
    collect();
}

void FilterPanel::clear()
{
    m_updating = true;
    m_search->clear();
    m_searchDelay->stop();
    m_from->clear();
    m_to->clear();
    m_tags->clear();
    for (QListWidget *list : {m_types, m_jurisdictions})
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
    for (QCheckBox *check : m_families + m_statuses)
        check->setChecked(false);
    m_updating = false;
    m_filter.storyId = 0;
    collect();
}

}  // namespace caseline
