#include "FilterDescription.h"

#include "query/EventFilter.h"
#include "storage/CaseFile.h"

#include <QCoreApplication>

namespace caseline {

namespace {
// English without a translator (the command line); the window's language when it installs one.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(caseline::FilterDescription)
};
}  // namespace

QString describeFilter(const EventFilter &f, CaseFile &file)
{
    QStringList parts;
    if (f.from.isValid() || f.to.isValid())
        parts << Text::tr("%1 to %2").arg(f.from.isValid() ? f.from.toDisplayString() : Text::tr("start"),
                                                f.to.isValid() ? f.to.toDisplayString() : Text::tr("end"));
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
        parts << (names.size() <= 4 ? names.join(QStringLiteral(", ")) : Text::tr("%1 jurisdictions").arg(names.size()));
    }
    if (!f.stanceFamilies.isEmpty()) {
        QStringList names;
        for (StanceFamily family : f.stanceFamilies)
            names << stanceFamilyLabel(family);
        parts << Text::tr("stance: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (EventStatus s : f.statuses)
            names << eventStatusLabel(s);
        parts << names.join(QStringLiteral(", "));
    }
    if (!f.tags.isEmpty())
        parts << Text::tr("tags: %1").arg(f.tags.join(QStringLiteral(", ")));
    if (!f.searchText.trimmed().isEmpty())
        parts << Text::tr("search “%1”").arg(f.searchText.trimmed());
    if (f.storyId)
        if (auto story = file.story(f.storyId))
            parts << Text::tr("story “%1”").arg(story->name);
    return parts.isEmpty() ? Text::tr("All events") : parts.join(QStringLiteral(" · "));
}

}  // namespace caseline
