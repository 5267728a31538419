#include "ExportLookup.h"

#include "storage/CaseFile.h"

namespace caseline {

ExportLookup::ExportLookup(CaseFile &file) : m_file(file)
{
    for (const Jurisdiction &j : file.jurisdictions())
        m_jurisdictions.insert(j.id, j);
}

const Jurisdiction &ExportLookup::jurisdiction(qint64 id) const
{
    static const Jurisdiction none;
    const auto it = m_jurisdictions.constFind(id);
    return it == m_jurisdictions.constEnd() ? none : it.value();
}

const Source &ExportLookup::source(qint64 id)
{
    auto it = m_sources.find(id);
    if (it == m_sources.end())
        it = m_sources.insert(id, m_file.source(id).value_or(Source()));
    return it.value();
}

}  // namespace caseline
