#include "CaseCheck.h"

#include "model/EventType.h"
#include "model/Stance.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"
#include "storage/EventSearchIndex.h"

namespace caseline {

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    Statement st = db.prepare(sql);
    return st.step() ? st.int64(0) : 0;
}
}  // namespace

CaseCheck CaseCheck::run(CaseFile &file)
{
    Database &db = file.database();
    CaseCheck c;
    c.schemaVersion = file.schemaVersion();
    {
        Statement st = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        QStringList lines;
        while (st.step())
            lines << st.text(0);
        c.integrity = lines.join(QStringLiteral("; "));
        if (c.integrity != QLatin1String("ok"))
            c.errors << QStringLiteral("integrity check failed: %1").arg(c.integrity);
    }
    {
        Statement st = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
        int broken = 0;
        while (st.step())
            ++broken;
        if (broken)
            c.errors << QStringLiteral("%1 row(s) point at entries that do not exist").arg(broken);
    }
    c.events = scalar(db, QStringLiteral("SELECT count(*) FROM event"));
    c.jurisdictions = scalar(db, QStringLiteral("SELECT count(*) FROM jurisdiction"));
    c.sources = scalar(db, QStringLiteral("SELECT count(*) FROM source"));
    c.citations = scalar(db, QStringLiteral("SELECT count(*) FROM citation"));
    c.policyPeriods = scalar(db, QStringLiteral("SELECT count(*) FROM policy_period"));
    c.stories = scalar(db, QStringLiteral("SELECT count(*) FROM story"));

    const qint64 indexed = EventSearchIndex::indexedCount(db);
    if (indexed != c.events)
        c.errors << QStringLiteral("the search index holds %1 events, the case file %2").arg(indexed).arg(c.events);
    try {
        db.exec(QStringLiteral("INSERT INTO event_fts(event_fts) VALUES ('integrity-check')"));
    } catch (const CaseFileError &error) {
        c.errors << QStringLiteral("the search index is damaged (%1)").arg(error.message());
    }
    const qint64 badTypes = scalar(db, QStringLiteral("SELECT count(*) FROM event WHERE type NOT BETWEEN 0 AND %1")
                                           .arg(kEventTypeCount - 1));
    if (badTypes)
        c.errors << QStringLiteral("%1 event(s) have an unknown type").arg(badTypes);
    const qint64 badStances = scalar(db, QStringLiteral("SELECT count(*) FROM policy_period WHERE stance NOT BETWEEN 0 AND %1")
                                             .arg(int(stanceVocabulary().size()) - 1));
    if (badStances)
        c.errors << QStringLiteral("%1 policy period(s) have an unknown stance").arg(badStances);

    // Caseline makes no triggers or views, and never runs them (they are switched off on every
    // connection); one in a case file means its schema was changed outside Caseline.
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view') ORDER BY type, name"));
        QStringList foreign;
        while (st.step())
            foreign << QStringLiteral("%1 '%2'").arg(st.text(0), st.text(1).simplified().left(80));
        if (!foreign.isEmpty())
            c.warnings << QStringLiteral("the case file holds %1 trigger(s) or view(s) that Caseline does not make: %2; "
                                         "they never run, but someone changed this file outside Caseline")
                              .arg(foreign.size())
                              .arg(foreign.join(QStringLiteral(", ")));
    }
    const qint64 uncited = scalar(db, QStringLiteral(
        "SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM citation c WHERE c.event_id = e.id)"));
    if (uncited)
        c.warnings << QStringLiteral("%1 event(s) cite no source").arg(uncited);
    const qint64 emptyQuotes = scalar(db, QStringLiteral("SELECT count(*) FROM citation WHERE trim(quote) = ''"));
    if (emptyQuotes)
        c.warnings << QStringLiteral("%1 citation(s) have no quote").arg(emptyQuotes);
    if (c.isSound())
        c.quotes = QuoteCheck::run(file);
    return c;
}

}  // namespace caseline
