#include "Stance.h"

#include <array>

namespace caseline {

namespace {
constexpr std::array<VocabularyEntry<Stance>, 8> kStances{{
    {Stance::SanctuaryOrdinance, "sanctuary-ordinance", "Sanctuary ordinance"},
    {Stance::SanctuaryLaw, "sanctuary-law", "Sanctuary law"},
    {Stance::WelcomingCity, "welcoming-city", "Welcoming-city proclamation"},
    {Stance::DetainerLimits, "detainer-limits", "Detainer limits"},
    {Stance::JailEnforcement287g, "287g-jail-enforcement", "287(g) jail enforcement"},
    {Stance::TaskForce287g, "287g-task-force", "287(g) task force"},
    {Stance::WarrantService287g, "287g-warrant-service", "287(g) warrant service officer"},
    {Stance::Other, "other", "Other"},
}};

constexpr std::array<VocabularyEntry<StanceFamily>, kStanceFamilyCount> kFamilies{{
    {StanceFamily::LimitsCooperation, "limits", "Limits cooperation"},
    {StanceFamily::Agreement287g, "287g", "287(g) agreement"},
    {StanceFamily::Neither, "neither", "Neither"},
}};
}  // namespace

std::span<const VocabularyEntry<Stance>> stanceVocabulary() { return kStances; }
QString stanceKey(Stance stance) { return QLatin1String(vocabularyEntry(stanceVocabulary(), stance).key); }
QString stanceLabel(Stance stance) { return QString::fromUtf8(vocabularyEntry(stanceVocabulary(), stance).label); }
std::optional<Stance> stanceFromKey(QStringView key) { return vocabularyFromKey(stanceVocabulary(), key); }

StanceFamily stanceFamily(Stance stance)
{
    switch (stance) {
    case Stance::SanctuaryOrdinance:
    case Stance::SanctuaryLaw:
    case Stance::WelcomingCity:
    case Stance::DetainerLimits: return StanceFamily::LimitsCooperation;
    case Stance::JailEnforcement287g:
    case Stance::TaskForce287g:
    case Stance::WarrantService287g: return StanceFamily::Agreement287g;
    case Stance::Other: break;
    }
    return StanceFamily::Neither;
}

std::span<const VocabularyEntry<StanceFamily>> stanceFamilyVocabulary() { return kFamilies; }
QString stanceFamilyKey(StanceFamily f) { return QLatin1String(vocabularyEntry(stanceFamilyVocabulary(), f).key); }
QString stanceFamilyLabel(StanceFamily f) { return QString::fromUtf8(vocabularyEntry(stanceFamilyVocabulary(), f).label); }
std::optional<StanceFamily> stanceFamilyFromKey(QStringView key) { return vocabularyFromKey(stanceFamilyVocabulary(), key); }

}  // namespace caseline
