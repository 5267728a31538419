#include "JurisdictionKind.h"

#include <QCoreApplication>

#include <array>

namespace caseline {

namespace {
constexpr std::array<VocabularyEntry<JurisdictionKind>, 5> kTable{{
    {JurisdictionKind::City, "city", QT_TRANSLATE_NOOP("caseline::Vocabulary", "City")},
    {JurisdictionKind::County, "county", QT_TRANSLATE_NOOP("caseline::Vocabulary", "County")},
    {JurisdictionKind::State, "state", QT_TRANSLATE_NOOP("caseline::Vocabulary", "State")},
    {JurisdictionKind::Agency, "agency", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Agency")},
    {JurisdictionKind::Federal, "federal", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Federal")},
}};
}  // namespace

std::span<const VocabularyEntry<JurisdictionKind>> jurisdictionKindVocabulary() { return kTable; }
QString jurisdictionKindKey(JurisdictionKind k) { return QLatin1String(vocabularyEntry(jurisdictionKindVocabulary(), k).key); }
QString jurisdictionKindLabel(JurisdictionKind k) { return QCoreApplication::translate("caseline::Vocabulary", vocabularyEntry(jurisdictionKindVocabulary(), k).label); }
std::optional<JurisdictionKind> jurisdictionKindFromKey(QStringView key) { return vocabularyFromKey(jurisdictionKindVocabulary(), key); }

}  // namespace caseline
