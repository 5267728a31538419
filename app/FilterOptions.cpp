#include "FilterOptions.h"

#include "storage/CaseFile.h"

namespace caseline {

void FilterOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"), QStringLiteral("Events on or after DATE (YYYY[-MM[-DD]])."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Events on or before DATE."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("type"),
                      QStringLiteral("Event type (repeatable): %1.").arg(vocabularyKeys(eventTypeVocabulary()).join(QStringLiteral(", "))),
                      QStringLiteral("TYPE")});
    parser.addOption({QStringLiteral("jurisdiction"), QStringLiteral("Jurisdiction name, or \"Name, ST\" (repeatable)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("stance"), QStringLiteral("Stance family on the event's date: limits, 287g or neither."),
                      QStringLiteral("FAMILY")});
    parser.addOption({QStringLiteral("search"), QStringLiteral("Words in titles, summaries or quotes."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("story"), QStringLiteral("Only the events of the story with this name."), QStringLiteral("NAME")});
}

bool FilterOptions::read(const QCommandLineParser &parser, CaseFile &file, EventFilter &filter, QString *error)
{
    const auto fail = [&](const QString &why) {
        *error = why;
        return false;
    };
    for (const char *name : {"from", "to"}) {
        const QString value = parser.value(QLatin1String(name));
        if (value.isEmpty())
            continue;
        QString why;
        const PartialDate date = PartialDate::parse(value, &why);
        if (!date.isValid())
            return fail(QStringLiteral("--%1: %2").arg(QLatin1String(name), why));
        (qstrcmp(name, "from") == 0 ? filter.from : filter.to) = date;
    }
    for (const QString &value : parser.values(QStringLiteral("type"))) {
        const auto type = eventTypeFromKey(value);
        if (!type)
            return fail(QStringLiteral("--type: unknown event type '%1' (one of %2)")
                            .arg(value, vocabularyKeys(eventTypeVocabulary()).join(QStringLiteral(", "))));
        filter.types << *type;
    }
    for (const QString &value : parser.values(QStringLiteral("jurisdiction"))) {
        const qsizetype comma = value.lastIndexOf(QLatin1Char(','));
        auto found = comma > 0 ? file.findJurisdiction(value.left(comma), value.mid(comma + 1)) : std::nullopt;
        if (!found) {
            for (const Jurisdiction &j : file.jurisdictions())
                if (j.name.compare(value.simplified(), Qt::CaseInsensitive) == 0) {
                    found = j;
                    break;
                }
        }
        if (!found)
            return fail(QStringLiteral("--jurisdiction: no jurisdiction named '%1' in %2").arg(value, file.path()));
        filter.jurisdictionIds << found->id;
    }
    if (parser.isSet(QStringLiteral("stance"))) {
        const auto family = stanceFamilyFromKey(parser.value(QStringLiteral("stance")));
        if (!family)
            return fail(QStringLiteral("--stance: '%1' is not limits, 287g or neither").arg(parser.value(QStringLiteral("stance"))));
        filter.stanceFamilies << *family;
    }
    filter.searchText = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("story"))) {
        const auto story = file.storyByName(parser.value(QStringLiteral("story")));
        if (!story)
            return fail(QStringLiteral("--story: no story named '%1' in %2").arg(parser.value(QStringLiteral("story")), file.path()));
        filter.storyId = story->id;
    }
    return true;
}

}  // namespace caseline
