#include "EventType.h"

#include <array>

namespace caseline {

namespace {
constexpr std::array<VocabularyEntry<EventType>, kEventTypeCount> kTable{{
    {EventType::Detention, "detention", "Detention"},
    {EventType::Arrest, "arrest", "Arrest"},
    {EventType::BackupCall, "backup-call", "Police backup call"},
    {EventType::Raid, "raid", "Raid"},
    {EventType::Detainer, "detainer", "Detainer"},
    {EventType::CommissionSession, "commission-session", "Commission session"},
    {EventType::Ordinance, "ordinance", "Ordinance"},
    {EventType::Proclamation, "proclamation", "Proclamation"},
    {EventType::Agreement, "agreement", "Agreement"},
    {EventType::Lawsuit, "lawsuit", "Lawsuit"},
    {EventType::CourtRuling, "court-ruling", "Court ruling"},
    {EventType::Statement, "statement", "Statement"},
    {EventType::Protest, "protest", "Protest"},
    {EventType::Report, "report", "Report"},
    {EventType::Other, "other", "Other"},
}};
}  // namespace

std::span<const VocabularyEntry<EventType>> eventTypeVocabulary() { return kTable; }
QString eventTypeKey(EventType type) { return QLatin1String(vocabularyEntry(eventTypeVocabulary(), type).key); }
QString eventTypeLabel(EventType type) { return QString::fromUtf8(vocabularyEntry(eventTypeVocabulary(), type).label); }
std::optional<EventType> eventTypeFromKey(QStringView key) { return vocabularyFromKey(eventTypeVocabulary(), key); }

}  // namespace caseline
