#include "TimelinePalette.h"

#include "StancePalette.h"

#include <cmath>

namespace caseline {

namespace {
// Okabe & Ito, "Color Universal Design" (2008).
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kReddishPurple(0xCC, 0x79, 0xA7);
const QColor kBluishGreen(0x00, 0x9E, 0x73);
const QColor kBlack(0x00, 0x00, 0x00);
}  // namespace

TimelinePalette::Glyph TimelinePalette::glyph(EventType type)
{
    using S = Shape;
    switch (type) {
    // Enforcement against people.
    case EventType::Detention: return {S::TriangleDown, kVermillion};
    case EventType::Arrest: return {S::Square, kVermillion};
    case EventType::Raid: return {S::Diamond, kVermillion};
    // Local police working with federal agents.
    case EventType::BackupCall: return {S::Circle, kOrange};
    case EventType::Detainer: return {S::TriangleUp, kOrange};
    case EventType::Agreement: return {S::Hexagon, kOrange};
    // Local government.
    case EventType::CommissionSession: return {S::Square, kBlue};
    case EventType::Ordinance: return {S::Diamond, kBlue};
    case EventType::Proclamation: return {S::Circle, kBlue};
    // Courts.
    case EventType::Lawsuit: return {S::TriangleUp, kReddishPurple};
    case EventType::CourtRuling: return {S::Square, kReddishPurple};
    // Public voice.
    case EventType::Statement: return {S::Circle, kBluishGreen};
    case EventType::Protest: return {S::TriangleUp, kBluishGreen};
    case EventType::Report: return {S::Square, kBluishGreen};
    case EventType::Other: return {S::Plus, kBlack};
    }
    return {S::Plus, kBlack};
}

// The family colours come from StancePalette, which the charts use too: readers learn them once.
QColor TimelinePalette::bandColour(StanceFamily family)
{
    return family == StanceFamily::Neither ? QColor() : stanceFamilyBandColour(family);
}

QColor TimelinePalette::swatchColour(StanceFamily family)
{
    return family == StanceFamily::Neither ? QColor() : stanceFamilyColour(family);
}

QColor TimelinePalette::clusterColour(int type)
{
    if (type < 0 || type >= kEventTypeCount)
        return QColor(0x44, 0x44, 0x44);
    return glyph(EventType(type)).colour;
}

QColor TimelinePalette::textOn(const QColor &fill)
{
    // Relative luminance (WCAG): light fills (orange, green, purple) take black text.
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * channel(fill.redF()) + 0.7152 * channel(fill.greenF()) + 0.0722 * channel(fill.blueF());
    return l > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
}

QList<EventType> TimelinePalette::legendOrder()
{
    return {EventType::Detention, EventType::Arrest, EventType::Raid,
            EventType::BackupCall, EventType::Detainer, EventType::Agreement,
            EventType::CommissionSession, EventType::Ordinance, EventType::Proclamation,
            EventType::Lawsuit, EventType::CourtRuling,
            EventType::Statement, EventType::Protest, EventType::Report, EventType::Other};
}

}  // namespace caseline
