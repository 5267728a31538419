#include "UsPlace.h"

#include "UsStates.h"

#include <QRegularExpression>

namespace caseline {

namespace {
// Misspellings of state names met in real lists, mostly from text recognition of scans.
struct Misspelling {
    const char *written;
    const char *code;
};
constexpr Misspelling kMisspellings[] = {
    {"lowa", "IA"},  // a lower-case L for the capital I of "Iowa"
};

QString misspeltStateCode(const QString &text)
{
    for (const auto &m : kMisspellings)
        if (text.compare(QLatin1String(m.written), Qt::CaseInsensitive) == 0)
            return QLatin1String(m.code);
    return {};
}

JurisdictionKind kindOfPlace(const QString &name)
{
    if (name.endsWith(QLatin1String(" County"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(" Parish"), Qt::CaseInsensitive))
        return JurisdictionKind::County;
    if (name.contains(QLatin1String("Jail"), Qt::CaseInsensitive))
        return JurisdictionKind::Agency;
    return JurisdictionKind::City;
}
}  // namespace

UsPlace UsPlace::parse(const QString &input, QString *error)
{
    static const QRegularExpression zip(QStringLiteral("\\s+(\\d{5})(?:-\\d{4})?$"));
    UsPlace place;
    QString text = input.simplified();
    QStringList notes;
    if (const auto m = zip.match(text); m.hasMatch()) {
        notes << QStringLiteral("dropped the ZIP code %1").arg(m.captured(1));
        text.truncate(m.capturedStart());
    }

    QString placeName;
    QString stateCode = UsStates::code(text);
    if (!stateCode.isEmpty()) {
        place.name = UsStates::name(stateCode);
        place.state = stateCode;
        place.kind = JurisdictionKind::State;
        place.readingNote = notes.join(QStringLiteral("; "));
        return place;
    }
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    if (comma > 0) {
        placeName = text.left(comma).trimmed();
        const QString statePart = text.mid(comma + 1).trimmed();
        stateCode = UsStates::code(statePart);
        if (stateCode.isEmpty()) {
            stateCode = misspeltStateCode(statePart);
            if (!stateCode.isEmpty())
                notes << QStringLiteral("read the state '%1' as %2").arg(statePart, UsStates::name(stateCode));
        }
    } else {
        // "East Haven. Connecticut": a state name at the end after some other separator.
        qsizetype best = 0;
        for (const QString &name : UsStates::names()) {
            if (name.size() > best && text.size() > name.size() + 1 && text.endsWith(name, Qt::CaseInsensitive)
                && !text.at(text.size() - name.size() - 1).isLetterOrNumber()) {
                best = name.size();
                stateCode = UsStates::code(name);
            }
        }
        if (best > 0) {
            placeName = text.left(text.size() - best).trimmed();
            while (!placeName.isEmpty() && !placeName.back().isLetterOrNumber())
                placeName.chop(1);
            notes << QStringLiteral("no comma between the place and the state; read as '%1', %2")
                         .arg(placeName, UsStates::name(stateCode));
        }
    }
    if (stateCode.isEmpty() || placeName.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot tell the place and the U.S. state in '%1' (expected e.g. "
                                    "'Boston, Massachusetts', 'Suffolk County, New York' or a state)").arg(input.simplified());
        return {};
    }
    place.name = placeName;
    place.state = stateCode;
    place.kind = kindOfPlace(placeName);
    if (place.kind == JurisdictionKind::County)
        place.county = placeName;
    place.readingNote = notes.join(QStringLiteral("; "));
    return place;
}

}  // namespace caseline
