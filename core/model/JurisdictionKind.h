#pragma once

#include "Vocabulary.h"

namespace caseline {

enum class JurisdictionKind { City = 0, County = 1, State = 2, Agency = 3, Federal = 4 };

std::span<const VocabularyEntry<JurisdictionKind>> jurisdictionKindVocabulary();
QString jurisdictionKindKey(JurisdictionKind kind);
QString jurisdictionKindLabel(JurisdictionKind kind);
std::optional<JurisdictionKind> jurisdictionKindFromKey(QStringView key);

}  // namespace caseline
