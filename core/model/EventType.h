#pragma once

#include "Vocabulary.h"

namespace caseline {

// Integer values are stored in case files: append only, never renumber.
enum class EventType {
    Detention = 0, Arrest, BackupCall, Raid, Detainer, CommissionSession, Ordinance, Proclamation,
    Agreement, Lawsuit, CourtRuling, Statement, Protest, Report, Other
};

std::span<const VocabularyEntry<EventType>> eventTypeVocabulary();
QString eventTypeKey(EventType type);
QString eventTypeLabel(EventType type);
std::optional<EventType> eventTypeFromKey(QStringView key);
constexpr int kEventTypeCount = int(EventType::Other) + 1;

}  // namespace caseline
