#pragma once

#include "model/Jurisdiction.h"

#include <optional>

namespace caseline {

class CaseFile;

// How every import stores a jurisdiction it read: matched to the case's own by key, else by name
// and state, and then updated (without erasing what the case knows and the import does not) or
// added. `jurisdiction` gets its row id and stored key; returns the row as it was before, or
// nothing when it was added.
std::optional<Jurisdiction> storeImportedJurisdiction(CaseFile &file, Jurisdiction &jurisdiction);

}  // namespace caseline
