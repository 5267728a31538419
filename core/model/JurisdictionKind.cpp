#include "JurisdictionKind.h"

#include <array>

namespace caseline {

namespace {
constexpr std::array<VocabularyEntry<JurisdictionKind>, 5> kTable{{
    {JurisdictionKind::City, "city", "City"},
    {JurisdictionKind::County, "county", "County"},
    {JurisdictionKind::State, "state", "State"},
    {JurisdictionKind::Agency, "agency", "Agency"},
    {JurisdictionKind::Federal, "federal", "Federal"},
}};
}  // namespace

std::span<const VocabularyEntry<JurisdictionKind>> jurisdictionKindVocabulary() { return kTable; }
QString jurisdictionKindKey(JurisdictionKind k) { return QLatin1String(vocabularyEntry(jurisdictionKindVocabulary(), k).key); }
QString jurisdictionKindLabel(JurisdictionKind k) { return QString::fromUtf8(vocabularyEntry(jurisdictionKindVocabulary(), k).label); }
std::optional<JurisdictionKind> jurisdictionKindFromKey(QStringView key) { return vocabularyFromKey(jurisdictionKindVocabulary(), key); }

}  // namespace caseline
