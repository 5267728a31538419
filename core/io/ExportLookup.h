#pragma once

#include "model/Jurisdiction.h"
#include "model/Source.h"

#include <QHash>

namespace caseline {

class CaseFile;

// The jurisdictions and sources that exported events refer to by id, each read from the case
// file once. Jurisdictions are few (thousands) and all loaded; sources are loaded as cited.
class ExportLookup {
public:
    explicit ExportLookup(CaseFile &file);
    const Jurisdiction &jurisdiction(qint64 id) const;  // an empty one for an unknown id
    const Source &source(qint64 id);                    // an empty one for an unknown id

private:
    CaseFile &m_file;
    QHash<qint64, Jurisdiction> m_jurisdictions;
    QHash<qint64, Source> m_sources;
};

}  // namespace caseline
