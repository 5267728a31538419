#include "FilterDescription.h"

#include "query/EventFilter.h"
#include "storage/CaseFile.h"

namespace caseline {

QString describeFilter(const EventFilter &f, CaseFile &file)
{
    QStringList parts;
    if (f.from.isValid() || f.to.isValid())
        parts << QStringLiteral("%1 to %2").arg(f.from.isValid() ? f.from.toDisplayString() : QStringLiteral("start"),
                                                f.to.isValid() ? f.to.toDisplayString() : QStringLiteral("end"));
    if (!f.types.isEmpty()) {
        QStringList names;
        for (EventType t : f.types)
            names << eventTypeLabel(t);
        parts << names.join(QStringLiteral(", "));
    }
    if (!f.jurisdictionIds.isEmpty()) {
        QStringList names;
        for (qint64 id : f.jurisdictionIds)
            if (auto j = file.jurisdiction(id))
                names << j->displayName();
        parts << (names.size() <= 4 ? names.join(QStringLiteral(", ")) : QStringLiteral("%1 jurisdictions").arg(names.size()));
    }
    if (!f.stanceFamilies.isEmpty()) {
        QStringList names;
        for (StanceFamily family : f.stanceFamilies)
            names << stanceFamilyLabel(family);
        parts << QStringLiteral("stance: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (EventStatus s : f.statuses)
            names << eventStatusLabel(s);
        parts << names.join(QStringLiteral(", "));
    }
    if (!f.tags.isEmpty())
        parts << QStringLiteral("tags: %1").arg(f.tags.join(QStringLiteral(", ")));
    if (!f.searchText.trimmed().isEmpty())
        parts << QStringLiteral("search “%1”").arg(f.searchText.trimmed());
    if (f.storyId)
        if (auto story = file.story(f.storyId))
            parts << QStringLiteral("story “%1”").arg(story->name);
    return parts.isEmpty() ? QStringLiteral("All events") : parts.join(QStringLiteral(" · "));
}

}  // namespace caseline
