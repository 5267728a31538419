#include "EventStatus.h"

#include <QCoreApplication>

#include <array>

namespace caseline {

namespace {
constexpr std::array<VocabularyEntry<EventStatus>, 3> kTable{{
    {EventStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Confirmed")},
    {EventStatus::Disputed, "disputed", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Disputed")},
    {EventStatus::Unverified, "unverified", QT_TRANSLATE_NOOP("caseline::Vocabulary", "Unverified")},
}};
}  // namespace

std::span<const VocabularyEntry<EventStatus>> eventStatusVocabulary() { return kTable; }
QString eventStatusKey(EventStatus s) { return QLatin1String(vocabularyEntry(eventStatusVocabulary(), s).key); }
QString eventStatusLabel(EventStatus s) { return QCoreApplication::translate("caseline::Vocabulary", vocabularyEntry(eventStatusVocabulary(), s).label); }
std::optional<EventStatus> eventStatusFromKey(QStringView key) { return vocabularyFromKey(eventStatusVocabulary(), key); }

}  // namespace caseline
