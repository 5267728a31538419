#include "ImportedSources.h"

#include "StableKey.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace caseline {

namespace {
QString titleKey(const QString &title, const QString &publisher)
{
    return StableKey::join(QStringLiteral("source"), {title, publisher});
}

void keepIfEmpty(QString &imported, const QString &stored)
{
    if (imported.isEmpty())
        imported = stored;
}
}  // namespace

std::optional<Source> ImportedSources::store(Source &s)
{
    auto existing = m_file.sourceByKey(s.key);
    const bool sameKey = existing.has_value();
    if (!existing)
        existing = matchByContent(s);
    if (!existing) {
        m_file.addSource(s);
        remember(s);
        return existing;
    }
    s.id = existing->id;
    if (!sameKey) {
        s.key = existing->key;
        s.title = existing->title;
        s.kind = existing->kind;
    }
    const auto fill = [&](QString Source::*field) {
        if (!sameKey && !((*existing).*field).isEmpty())
            s.*field = (*existing).*field;
        keepIfEmpty(s.*field, (*existing).*field);
    };
    fill(&Source::publisher);
    fill(&Source::author);
    fill(&Source::url);
    fill(&Source::text);
    if (!s.published.isValid() || (!sameKey && existing->published.isValid()))
        s.published = existing->published;
    m_file.updateSource(s);
    return existing;
}

std::optional<Source> ImportedSources::matchByContent(const Source &s)
{
    if (!m_loaded) {
        m_loaded = true;
        Statement st = m_file.database().prepare(QStringLiteral("SELECT id, url, title, publisher FROM source"));
        while (st.step()) {
            Source stored;
            stored.id = st.int64(0);
            stored.url = st.text(1);
            stored.title = st.text(2);
            stored.publisher = st.text(3);
            remember(stored);
        }
    }
    // The same rule the CSV reader uses to tell its sources apart: the URL when there is one.
    const qint64 id = s.url.isEmpty() ? m_byTitle.value(titleKey(s.title, s.publisher)) : m_byUrl.value(s.url);
    return id ? m_file.source(id) : std::nullopt;
}

void ImportedSources::remember(const Source &s)
{
    if (!m_loaded)
        return;
    if (!s.url.isEmpty())
        m_byUrl.insert(s.url, s.id);
    else
        m_byTitle.insert(titleKey(s.title, s.publisher), s.id);
}

}  // namespace caseline
