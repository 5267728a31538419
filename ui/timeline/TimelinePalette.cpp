#include "TimelinePalette.h"

#include "ColourContrast.h"
#include "StancePalette.h"


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

Qt::BrushStyle TimelinePalette::bandPattern(StanceFamily family)
{
    return family == StanceFamily::Agreement287g ? Qt::BDiagPattern : Qt::NoBrush;
}

QColor TimelinePalette::bandPatternColour(StanceFamily family)
{
    QColor colour = swatchColour(family);
    if (colour.isValid())
        colour.setAlpha(120);
    return colour;
}

QColor TimelinePalette::clusterColour(int type)
{
    if (type < 0 || type >= kEventTypeCount)
        return QColor(0x44, 0x44, 0x44);
    return glyph(EventType(type)).colour;
}

QColor TimelinePalette::textOn(const QColor &fill)
{
    // Light fills (orange, green, purple) take black text.
    return ColourContrast::textOn(fill);
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
