#include "ImportedJurisdiction.h"

#include "storage/CaseFile.h"

namespace caseline {

std::optional<Jurisdiction> storeImportedJurisdiction(CaseFile &file, Jurisdiction &j)
{
    auto existing = file.jurisdictionByKey(j.key);
    const bool sameKey = existing.has_value();
    if (!existing)
        existing = file.findJurisdiction(j.name, j.state);
    if (!existing) {
        file.addJurisdiction(j);
        return existing;
    }
    j.id = existing->id;
    j.key = existing->key;
    // Found by name and state, the lane came from elsewhere (the user, another
    // import): what the case says about it stays, and the import only fills gaps.
    // Found by key, the import refreshes its own lane, but what it does not know (a
    // county, a FIPS code, a population) never erases what the case already has.
    if (!sameKey) {
        j.name = existing->name;
        j.kind = existing->kind;
    }
    if (j.county.isEmpty() || (!sameKey && !existing->county.isEmpty()))
        j.county = existing->county;
    if (j.fips.isEmpty() || (!sameKey && !existing->fips.isEmpty()))
        j.fips = existing->fips;
    if (!j.population || (!sameKey && existing->population)) {
        j.population = existing->population;
        j.populationYear = existing->populationYear;
    }
    file.updateJurisdiction(j);
    return existing;
}

}  // namespace caseline
