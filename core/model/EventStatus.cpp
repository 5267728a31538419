#include "EventStatus.h"

#include <array>

namespace caseline {

namespace {
constexpr std::array<VocabularyEntry<EventStatus>, 3> kTable{{
    {EventStatus::Confirmed, "confirmed", "Confirmed"},
    {EventStatus::Disputed, "disputed", "Disputed"},
    {EventStatus::Unverified, "unverified", "Unverified"},
}};
}  // namespace

std::span<const VocabularyEntry<EventStatus>> eventStatusVocabulary() { return kTable; }
QString eventStatusKey(EventStatus s) { return QLatin1String(vocabularyEntry(eventStatusVocabulary(), s).key); }
QString eventStatusLabel(EventStatus s) { return QString::fromUtf8(vocabularyEntry(eventStatusVocabulary(), s).label); }
std::optional<EventStatus> eventStatusFromKey(QStringView key) { return vocabularyFromKey(eventStatusVocabulary(), key); }

}  // namespace caseline
