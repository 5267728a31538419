#pragma once

#include "model/Source.h"

#include <QHash>

#include <optional>

namespace caseline {

class CaseFile;

// How every import stores the sources it reads. A source is matched to the case's own by key,
// else by URL when it has one, else by title and publisher: formats without source keys (Caseline CSV,
// TimelineJS) then find the source the user added, instead of adding a second one without its
// document text. Found by key, the import refreshes the source; found otherwise, the case's
// values stay and the import only fills gaps. Either way what the import leaves empty (above
// all the document text, which only JSON carries) is never erased.
class ImportedSources {
public:
    explicit ImportedSources(CaseFile &file) : m_file(file) {}

    // `source` gets its row id and stored key; returns the row as it was before, or nothing
    // when it was added.
    std::optional<Source> store(Source &source);

private:
    std::optional<Source> matchByContent(const Source &source);
    void remember(const Source &source);

    CaseFile &m_file;
    // Loaded on the first source not found by key: one pass over the table instead of one
    // query per imported source.
    bool m_loaded = false;
    QHash<QString, qint64> m_byUrl;
    QHash<QString, qint64> m_byTitle;
};

}  // namespace caseline
