#include "Stance.h"

#include <QCoreApplication>

#include <array>

namespace caseline {

namespace {
constexpr std::array<VocabularyEntry<Stance>, 8> kStances{{
    {Stance::SanctuaryOrdinance, "sanctuary-ordinance", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Sanctuary ordinance")},
    {Stance::SanctuaryLaw, "sanctuary-law", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Sanctuary law")},
    {Stance::WelcomingCity, "welcoming-city", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Welcoming-city proclamation")},
    {Stance::DetainerLimits, "detainer-limits", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Detainer limits")},
    {Stance::JailEnforcement287g, "287g-jail-enforcement", QT_TRANSLATE_NOOP("caseline::Vocabulary", "287(g) jail enforcement")},
    {Stance::TaskForce287g, "287g-task-force", QT_TRANSLATE_NOOP("caseline::Vocabulary", "287(g) task force")},
    {Stance::WarrantService287g, "287g-warrant-service", QT_TRANSLATE_NOOP("caseline::Vocabulary", "287(g) warrant service officer")},
    {Stance::Other, "other", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Other")},
}};

constexpr std::array<VocabularyEntry<StanceFamily>, kStanceFamilyCount> kFamilies{{
    {StanceFamily::LimitsCooperation, "limits", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Limits cooperation")},
    {StanceFamily::Agreement287g, "287g", QT_TRANSLATE_NOOP("caseline::Vocabulary", "287(g) agreement")},
    {StanceFamily::Neither, "neither", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Neither")},
}};
}  // namespace

std::span<const VocabularyEntry<Stance>> stanceVocabulary() { return kStances; }
QString stanceKey(Stance stance) { return QLatin1String(vocabularyEntry(stanceVocabulary(), stance).key); }
QString stanceLabel(Stance stance) { return QCoreApplication::translate("caseline::Vocabulary", vocabularyEntry(stanceVocabulary(), stance).label); }
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
QString stanceFamilyLabel(StanceFamily f) { return QCoreApplication::translate("caseline::Vocabulary", vocabularyEntry(stanceFamilyVocabulary(), f).label); }
std::optional<StanceFamily> stanceFamilyFromKey(QStringView key) { return vocabularyFromKey(stanceFamilyVocabulary(), key); }

}  // namespace caseline
