#include "EventDetailsView.h"
#include "DisplayDate.h"

#include "CaseDocument.h"
#include "query/EventQuery.h"
#include "reader/QuoteFlag.h"
#include "storage/CaseFile.h"

#include <QDesktopServices>
#include <QRegularExpression>
#include <QUrl>

namespace caseline {

namespace {
QString plain(const QString &text) { return text.toHtmlEscaped(); }

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px;vertical-align:top'>%1</td><td>%2</td></tr>")
        .arg(plain(label), valueHtml);
}

bool isWebLink(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}
}  // namespace

EventDetailsView::EventDetailsView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("eventDetails"));
    setAccessibleName(tr("Event details"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setPlaceholderText(tr("Select an event to see its details and sources."));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (!isWebLink(url))
            return;
        emit linkRequested(url);
        QDesktopServices::openUrl(url);
    });
}

void EventDetailsView::setHighlight(const QString &searchText)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList terms = searchText.split(separators, Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    refresh();
}

// Escapes text from the case file, marking search matches: matches are found in the plain text
// and each piece is escaped on its own, so markup can never be split or injected.
QString EventDetailsView::esc(const QString &text) const
{
    if (m_terms.isEmpty())
        return plain(text);
    QStringList alternatives;
    for (const QString &term : m_terms)
        alternatives << QRegularExpression::escape(term);
    const QRegularExpression pattern(QStringLiteral("\\b(%1)\\w*").arg(alternatives.join(QLatin1Char('|'))),
                                     QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString html;
    qsizetype at = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        html += plain(text.mid(at, match.capturedStart() - at));
        html += QStringLiteral("<span style='background-color:#FFE08A'>%1</span>").arg(plain(match.captured()));
        at = match.capturedEnd();
    }
    return html + plain(text.mid(at));
}

QSize EventDetailsView::sizeHint() const { return QSize(fontMetrics().averageCharWidth() * 28, fontMetrics().height() * 20); }

void EventDetailsView::setDocument(CaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CaseDocument::changed, this, &EventDetailsView::refresh);
    showEvent(0);
}

void EventDetailsView::showEvent(qint64 eventId)
{
    m_eventId = eventId;
    refresh();
}

void EventDetailsView::refresh()
{
    if (!m_document || !m_eventId) {
        clear();
        return;
    }
    setHtml(eventHtml(m_eventId));
}

QString EventDetailsView::eventHtml(qint64 eventId) const
{
    CaseFile &file = m_document->file();
    const auto event = file.event(eventId);
    if (!event)
        return {};
    const auto lane = file.jurisdiction(event->jurisdictionId);
    QString date = esc(DisplayDate::text(event->start));
    if (event->end.isValid())
        date += QStringLiteral(" – ") + esc(DisplayDate::text(event->end));
    date += QStringLiteral(" <span style='color:#666'>(%1)</span>")
                .arg(esc(event->start.precision() == PartialDate::Precision::Year    ? tr("known to the year")
                         : event->start.precision() == PartialDate::Precision::Month ? tr("known to the month")
                                                                                     : tr("known to the day")));
    const StanceFamily family = EventQuery(file).stanceFamilyOn(event->jurisdictionId, event->firstJulianDay());
    QString stance = esc(stanceFamilyLabel(family));
    for (const PolicyPeriod &p : file.policyPeriods(event->jurisdictionId))
        if (p.coversDay(event->start.firstDay()))
            stance += QStringLiteral("<br>") + esc(tr("%1 since %2").arg(stanceLabel(p.stance), DisplayDate::text(p.start)));

    QStringList people;
    for (const EventPerson &person : event->people)
        people << (person.role.isEmpty() ? esc(person.name) : esc(tr("%1 (%2)").arg(person.name, person.role)));

    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(event->title));
    html += row(tr("Date"), date);
    html += row(tr("Type"), esc(eventTypeLabel(event->type)));
    html += row(tr("Jurisdiction"), lane ? esc(lane->displayName()) : QString());
    html += row(tr("Stance on that date"), stance);
    html += row(tr("Status"), esc(eventStatusLabel(event->status)));
    html += row(tr("Location"), esc(event->location));
    html += row(tr("People"), people.join(QStringLiteral("<br>")));
    html += row(tr("Tags"), esc(event->tags.join(QStringLiteral(", "))));
    html += QStringLiteral("</table>");
    if (!event->summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(event->summary));
    if (!event->note.isEmpty())
        html += QStringLiteral("<p style='color:#555'><i>%1</i> %2</p>").arg(esc(tr("Note:")), esc(event->note));

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Sources (%1)").arg(event->citations.size())));
    if (event->citations.isEmpty())
        html += QStringLiteral("<p style='color:#a00'>%1</p>").arg(esc(tr("This event cites no source.")));
    int number = 1;
    for (const Citation &c : event->citations) {
        const auto source = file.source(c.sourceId);
        QStringList about;
        if (source) {
            about << QStringLiteral("<b>%1</b>").arg(esc(source->title));
            if (!source->publisher.isEmpty())
                about << esc(source->publisher);
            if (!source->author.isEmpty())
                about << esc(source->author);
            if (source->published.isValid())
                about << esc(DisplayDate::text(source->published));
        }
        if (c.page)
            about << esc(tr("p. %1").arg(*c.page));
        html += QStringLiteral("<p>%1. %2").arg(number++).arg(about.join(QStringLiteral(", ")));
        const QUrl url(source ? source->url : QString());
        if (isWebLink(url))
            html += QStringLiteral("<br><a href='%1'>%2</a>").arg(esc(QString::fromUtf8(url.toEncoded())), esc(url.toDisplayString()));
        if (!c.quote.isEmpty())
            html += QStringLiteral("<blockquote style='margin-left:12px;color:#222'>“%1”</blockquote>").arg(esc(c.quote));
        if (source && !c.quote.isEmpty())
            html += QuoteFlag::html(*source, c.quote);  // checked against the source's stored text
        html += QStringLiteral("</p>");
    }
    return html;
}

}  // namespace caseline
