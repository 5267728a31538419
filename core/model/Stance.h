#pragma once

#include "Vocabulary.h"

namespace caseline {

// Integer values are stored in case files: append only, never renumber.
enum class Stance {
    SanctuaryOrdinance = 0, SanctuaryLaw, WelcomingCity, DetainerLimits,
    JailEnforcement287g, TaskForce287g, WarrantService287g, Other
};

// What a stance means for cooperation with federal immigration enforcement.
enum class StanceFamily { LimitsCooperation = 0, Agreement287g = 1, Neither = 2 };
constexpr int kStanceFamilyCount = 3;

std::span<const VocabularyEntry<Stance>> stanceVocabulary();
QString stanceKey(Stance stance);
QString stanceLabel(Stance stance);
std::optional<Stance> stanceFromKey(QStringView key);
StanceFamily stanceFamily(Stance stance);

std::span<const VocabularyEntry<StanceFamily>> stanceFamilyVocabulary();
QString stanceFamilyKey(StanceFamily family);  // "limits", "287g", "neither"
QString stanceFamilyLabel(StanceFamily family);
std::optional<StanceFamily> stanceFamilyFromKey(QStringView key);

}  // namespace caseline
