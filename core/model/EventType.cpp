#include "EventType.h"

#include <QCoreApplication>

#include <array>

namespace caseline {

namespace {
constexpr std::array<VocabularyEntry<EventType>, kEventTypeCount> kTable{{
    {EventType::Detention, "detention", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Detention")},
    {EventType::Arrest, "arrest", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Arrest")},
    {EventType::BackupCall, "backup-call", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Police backup call")},
    {EventType::Raid, "raid", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Raid")},
    {EventType::Detainer, "detainer", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Detainer")},
    {EventType::CommissionSession, "commission-session", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Commission session")},
    {EventType::Ordinance, "ordinance", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Ordinance")},
    {EventType::Proclamation, "proclamation", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Proclamation")},
    {EventType::Agreement, "agreement", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Agreement")},
    {EventType::Lawsuit, "lawsuit", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Lawsuit")},
    {EventType::CourtRuling, "court-ruling", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Court ruling")},
    {EventType::Statement, "statement", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Statement")},
    {EventType::Protest, "protest", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Protest")},
    {EventType::Report, "report", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Report")},
    {EventType::Other, "other", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Other")},
}};
}  // namespace

std::span<const VocabularyEntry<EventType>> eventTypeVocabulary() { return kTable; }
QString eventTypeKey(EventType type) { return QLatin1String(vocabularyEntry(eventTypeVocabulary(), type).key); }
QString eventTypeLabel(EventType type) { return QCoreApplication::translate("caseline::Vocabulary", vocabularyEntry(eventTypeVocabulary(), type).label); }
std::optional<EventType> eventTypeFromKey(QStringView key) { return vocabularyFromKey(eventTypeVocabulary(), key); }

}  // namespace caseline
