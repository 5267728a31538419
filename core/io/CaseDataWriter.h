#pragma once

#include "CaseData.h"

namespace caseline {

class CaseFile;

// Writes a CaseData into a case file as one transaction. Entities already present (same key;
// jurisdictions also by name and state) are updated, not duplicated, so re-importing is safe.
class CaseDataWriter {
public:
    struct Counts {
        int sources = 0, jurisdictions = 0, periods = 0, events = 0, stories = 0;
        int added = 0, updated = 0;
    };

    explicit CaseDataWriter(CaseFile &file) : m_file(file) {}
    Counts write(const CaseData &data);

private:
    CaseFile &m_file;
};

}  // namespace caseline
