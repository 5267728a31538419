#include "EventEditorDialog.h"

#include "PartialDateEdit.h"
#include "storage/CaseFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caseline {

namespace {
enum CitationColumn { SourceColumn, PageColumn, QuoteColumn };

QString peopleText(const QList<EventPerson> &people)
{
    QStringList lines;
    for (const EventPerson &p : people)
        lines << (p.role.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.role));
    return lines.join(QLatin1Char('\n'));
}

QList<EventPerson> parsePeople(const QString &text)
{
    static const QRegularExpression withRole(QStringLiteral("^(.*?)\\s*\\((.*)\\)\\s*$"));
    QList<EventPerson> people;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto m = withRole.match(line.trimmed());
        if (m.hasMatch())
            people.append({m.captured(1).trimmed(), m.captured(2).trimmed()});
        else if (!line.trimmed().isEmpty())
            people.append({line.trimmed(), {}});
    }
    return people;
}
}  // namespace

EventEditorDialog::EventEditorDialog(CaseFile &file, const Event &event, QWidget *parent)
    : QDialog(parent), m_file(file), m_original(event)
{
    setObjectName(QStringLiteral("eventEditor"));
    setWindowTitle(event.id ? tr("Edit Event") : tr("New Event"));
    m_title = new QLineEdit(event.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_type = new QComboBox(this);
    for (const auto &entry : eventTypeVocabulary())
        m_type->addItem(eventTypeLabel(entry.value), int(entry.value));
    m_type->setCurrentIndex(m_type->findData(int(event.type)));
    m_jurisdiction = new QComboBox(this);
    m_jurisdiction->setObjectName(QStringLiteral("jurisdictionBox"));
    for (const Jurisdiction &j : file.jurisdictions())
        m_jurisdiction->addItem(j.displayName(), j.id);
    m_jurisdiction->setCurrentIndex(qMax(0, m_jurisdiction->findData(event.jurisdictionId)));
    m_start = new PartialDateEdit(false, this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setDate(event.start);
    m_end = new PartialDateEdit(true, this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setDate(event.end);
    m_status = new QComboBox(this);
    m_status->setToolTip(tr("Confirmed by the sources, disputed between them, or not yet verified"));
    for (const auto &entry : eventStatusVocabulary())
        m_status->addItem(eventStatusLabel(entry.value), int(entry.value));
    m_status->setCurrentIndex(m_status->findData(int(event.status)));
    m_location = new QLineEdit(event.location, this);
    m_summary = new QPlainTextEdit(event.summary, this);
    m_summary->setTabChangesFocus(true);
    m_tags = new QLineEdit(event.tags.join(QStringLiteral(", ")), this);
    m_tags->setToolTip(tr("Words to group and filter events by, separated by commas"));
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_people = new QPlainTextEdit(peopleText(event.people), this);
    m_people->setTabChangesFocus(true);
    m_people->setPlaceholderText(tr("One per line: Name (role)"));
    m_note = new QPlainTextEdit(event.note, this);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Your note, e.g. how the date was derived"));
    for (QPlainTextEdit *edit : {m_summary, m_people, m_note})
        edit->setMaximumHeight(fontMetrics().height() * 4);

    m_citations = new QTableWidget(0, 3, this);
    m_citations->setToolTip(tr("The sources this event rests on: the source, the page and the verbatim quote"));
    m_citations->setObjectName(QStringLiteral("citationTable"));
    m_citations->setHorizontalHeaderLabels({tr("Source"), tr("Page"), tr("Quote (verbatim)")});
    m_citations->horizontalHeader()->setSectionResizeMode(QuoteColumn, QHeaderView::Stretch);
    m_citations->setColumnWidth(SourceColumn, fontMetrics().averageCharWidth() * 30);
    m_citations->setColumnWidth(PageColumn, fontMetrics().averageCharWidth() * 7);
    m_citations->verticalHeader()->setVisible(false);
    for (const Citation &c : event.citations)
        addCitationRow(c);
    auto *addCitation = new QPushButton(tr("Add Citation"), this);
    addCitation->setToolTip(tr("Cite one more source for this event"));
    auto *removeCitation = new QPushButton(tr("Remove Citation"), this);
    removeCitation->setToolTip(tr("Remove the selected citation"));
    connect(addCitation, &QPushButton::clicked, this, [this] { addCitationRow({}); });
    connect(removeCitation, &QPushButton::clicked, this, [this] {
        if (m_citations->currentRow() >= 0)
            m_citations->removeRow(m_citations->currentRow());
        validate();
    });
    addCitation->setEnabled(!file.sources().isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Jurisdiction:"), m_jurisdiction);
    form->addRow(tr("&Date:"), m_start);
    form->addRow(tr("&End date:"), m_end);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Su&mmary:"), m_summary);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&People:"), m_people);
    form->addRow(tr("&Note:"), m_note);
    auto *citationButtons = new QHBoxLayout;
    citationButtons->addWidget(addCitation);
    citationButtons->addWidget(removeCitation);
    citationButtons->addStretch();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #C0392B"));
    m_problem->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Citations:"), this));
    layout->addWidget(m_citations);
    layout->addLayout(citationButtons);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    // In font heights, so a larger system font gets a larger dialog.
    const int em = fontMetrics().height();
    resize(em * 45, em * 42);

    connect(m_title, &QLineEdit::textChanged, this, &EventEditorDialog::validate);
    connect(m_start, &PartialDateEdit::validityChanged, this, &EventEditorDialog::validate);
    connect(m_end, &PartialDateEdit::validityChanged, this, &EventEditorDialog::validate);
    connect(m_citations, &QTableWidget::cellChanged, this, &EventEditorDialog::validate);
    validate();
}

void EventEditorDialog::addCitationRow(const Citation &citation)
{
    const int row = m_citations->rowCount();
    m_citations->insertRow(row);
    auto *source = new QComboBox(m_citations);
    for (const Source &s : m_file.sources())
        source->addItem(s.title, s.id);
    source->setCurrentIndex(qMax(0, source->findData(citation.sourceId)));
    m_citations->setCellWidget(row, SourceColumn, source);
    m_citations->setItem(row, PageColumn, new QTableWidgetItem(citation.page ? QString::number(*citation.page) : QString()));
    auto *quote = new QTableWidgetItem(citation.quote);
    quote->setData(Qt::UserRole, citation.note);
    m_citations->setItem(row, QuoteColumn, quote);
}

QString EventEditorDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("The event needs a title.");
    if (m_jurisdiction->currentIndex() < 0)
        return tr("Add a jurisdiction first: every event sits on one jurisdiction's lane.");
    if (!m_start->isAcceptable())
        return tr("Date: %1.").arg(m_start->problem());
    if (!m_end->isAcceptable())
        return tr("End date: %1.").arg(m_end->problem());
    if (m_end->date().isValid() && m_end->date().lastDay() < m_start->date().firstDay())
        return tr("The end date is before the date.");
    for (int row = 0; row < m_citations->rowCount(); ++row) {
        const QString page = m_citations->item(row, PageColumn) ? m_citations->item(row, PageColumn)->text().trimmed() : QString();
        bool ok = true;
        if (!page.isEmpty() && (page.toInt(&ok) <= 0 || !ok))
            return tr("Citation %1: the page must be a positive number.").arg(row + 1);
    }
    return {};
}

void EventEditorDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

Event EventEditorDialog::event() const
{
    Event e = m_original;
    e.title = m_title->text().trimmed();
    e.type = EventType(m_type->currentData().toInt());
    e.jurisdictionId = m_jurisdiction->currentData().toLongLong();
    e.start = m_start->date();
    e.end = m_end->date();
    e.status = EventStatus(m_status->currentData().toInt());
    e.location = m_location->text().trimmed();
    e.summary = m_summary->toPlainText().trimmed();
    e.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            e.tags << tag.trimmed();
    e.people = parsePeople(m_people->toPlainText());
    e.note = m_note->toPlainText().trimmed();
    e.citations.clear();
    for (int row = 0; row < m_citations->rowCount(); ++row) {
        Citation c;
        if (auto *source = qobject_cast<QComboBox *>(m_citations->cellWidget(row, SourceColumn)))
            c.sourceId = source->currentData().toLongLong();
        const QString page = m_citations->item(row, PageColumn) ? m_citations->item(row, PageColumn)->text().trimmed() : QString();
        if (!page.isEmpty())
            c.page = page.toInt();
        if (auto *quote = m_citations->item(row, QuoteColumn)) {
            c.quote = quote->text();
            c.note = quote->data(Qt::UserRole).toString();
        }
        if (c.sourceId)
            e.citations.append(c);
    }
    return e;
}

}  // namespace caseline
