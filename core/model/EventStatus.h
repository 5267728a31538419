#pragma once

#include "Vocabulary.h"

namespace caseline {

enum class EventStatus { Confirmed = 0, Disputed = 1, Unverified = 2 };

std::span<const VocabularyEntry<EventStatus>> eventStatusVocabulary();
QString eventStatusKey(EventStatus status);
QString eventStatusLabel(EventStatus status);
std::optional<EventStatus> eventStatusFromKey(QStringView key);

}  // namespace caseline
