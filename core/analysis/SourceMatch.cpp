#include "SourceMatch.h"

#include "query/EventFilter.h"
#include "storage/CaseFile.h"

namespace caseline {

QList<SourceMatch> SourceMatch::find(CaseFile &file, const QString &words, int limit)
{
    QList<SourceMatch> out;
    const QString query = ftsQueryForUserText(words);
    if (query.isEmpty())
        return out;
    Statement st = file.database().prepare(QStringLiteral(
        "SELECT s.id, s.title, length(trim(s.text, ' \t\n\r\f')) > 0 FROM source_fts JOIN source s ON s.id = source_fts.rowid "
        "WHERE source_fts MATCH ?1 ORDER BY source_fts.rank LIMIT ?2"));
    st.bind(1, query).bind(2, limit);
    while (st.step())
        out.append({st.int64(0), st.text(1), st.int64(2) != 0});
    return out;
}

QList<SourceMatch> SourceMatch::all(CaseFile &file)
{
    Statement st = file.database().prepare(QStringLiteral(
        "SELECT id, title, length(trim(text, ' \t\n\r\f')) > 0 FROM source ORDER BY title COLLATE NOCASE, id"));
    QList<SourceMatch> out;
    while (st.step())
        out.append({st.int64(0), st.text(1), st.int64(2) != 0});
    return out;
}

}  // namespace caseline
