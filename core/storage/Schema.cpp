#include "Schema.h"

#include "Database.h"
#include "EventSearchIndex.h"


namespace caseline {

namespace {

// Version 1: the entities, their links, and the indexes that date-range and per-lane queries use.
// Dates are kept both as their partial ISO text and as Julian day numbers of the span they cover.
const char *const kVersion1 = R"SQL(
CREATE TABLE jurisdiction (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT '',
  county TEXT NOT NULL DEFAULT '',
  fips TEXT NOT NULL DEFAULT '',
  population INTEGER,
  population_year INTEGER,
  match_key TEXT NOT NULL UNIQUE
);
CREATE TABLE source (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  publisher TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'article'
);
CREATE TABLE policy_period (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  jurisdiction_id INTEGER NOT NULL REFERENCES jurisdiction(id) ON DELETE CASCADE,
  stance INTEGER NOT NULL,
  family INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  first_day INTEGER NOT NULL,
  last_day INTEGER,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX policy_period_lane ON policy_period(jurisdiction_id, first_day);
CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  jurisdiction_id INTEGER NOT NULL REFERENCES jurisdiction(id) ON DELETE CASCADE,
  type INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  status INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX event_day ON event(first_day, last_day);
CREATE INDEX event_lane ON event(jurisdiction_id, first_day, last_day, type);
CREATE INDEX event_type_day ON event(type, first_day);
CREATE TABLE event_person (
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE TABLE event_tag (
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (event_id, tag)
) WITHOUT ROWID;
CREATE INDEX event_tag_by_tag ON event_tag(tag);
CREATE TABLE citation (
  id INTEGER PRIMARY KEY,
  event_id INTEGER REFERENCES event(id) ON DELETE CASCADE,
  policy_period_id INTEGER REFERENCES policy_period(id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE RESTRICT,
  position INTEGER NOT NULL DEFAULT 0,
  quote TEXT NOT NULL DEFAULT '',
  page INTEGER,
  note TEXT NOT NULL DEFAULT '',
  CHECK ((event_id IS NULL) <> (policy_period_id IS NULL))
);
CREATE INDEX citation_event ON citation(event_id);
CREATE INDEX citation_period ON citation(policy_period_id);
CREATE INDEX citation_source ON citation(source_id);
CREATE TABLE story (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE story_entry (
  story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (story_id, event_id)
) WITHOUT ROWID;
CREATE INDEX story_entry_event ON story_entry(event_id);
CREATE TABLE case_info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
)SQL";

// Version 2: sources keep their full text, and events get a full-text index over titles,
// summaries and the quotes that support them. The application keeps the index current in the
// same transaction as each write (no triggers: a case file never runs code of its own).
const char *const kVersion2 = R"SQL(
ALTER TABLE source ADD COLUMN text TEXT NOT NULL DEFAULT '';
CREATE VIRTUAL TABLE event_fts USING fts5(title, summary, quotes, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO event_fts(rowid, title, summary, quotes)
  SELECT e.id, e.title, e.summary,
         coalesce((SELECT group_concat(c.quote, ' ') FROM citation c WHERE c.event_id = e.id), '')
  FROM event e;
)SQL";

// Version 3: the full text sources keep is searchable with the same FTS5 tokenizer as events
// (the source reader finds which documents hold some words). Kept current by the application.
const char *const kVersion3 = R"SQL(
CREATE VIRTUAL TABLE source_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO source_fts(rowid, title, text) SELECT id, title, text FROM source;
)SQL";

// Version 4: the event index keeps no copy of the text it indexes (EventSearchIndex); it is built
// again from the events.
QString version4()
{
    return QStringLiteral("DROP TABLE event_fts; CREATE VIRTUAL TABLE event_fts USING fts5(title, summary, quotes, "
                          "content = '', tokenize = 'unicode61 remove_diacritics 2'); %1;")
        .arg(EventSearchIndex::fillSql());
}

// Version 5: an event's key is unique through an index of its own instead of a column
// constraint, so that a large import can drop it and build it again in one sort: a million
// inserts into it at random places (keys are digests) cost seconds. The table is rebuilt with the
// same rows and ids; the caller has foreign keys off, so no row referring to an event is touched.
// The table is written out again rather than shared with version 1: a released step never changes.
const char *const kVersion5 = R"SQL(
CREATE TABLE event_v5 (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  jurisdiction_id INTEGER NOT NULL REFERENCES jurisdiction(id) ON DELETE CASCADE,
  type INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  status INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT ''
);
INSERT INTO event_v5(id, key, jurisdiction_id, type, start_date, end_date, first_day, last_day, title, summary,
                     location, status, note)
  SELECT id, key, jurisdiction_id, type, start_date, end_date, first_day, last_day, title, summary, location,
         status, note FROM event ORDER BY id;
DROP TABLE event;
ALTER TABLE event_v5 RENAME TO event;
CREATE UNIQUE INDEX event_key ON event(key);
CREATE INDEX event_day ON event(first_day, last_day);
CREATE INDEX event_lane ON event(jurisdiction_id, first_day, last_day, type);
CREATE INDEX event_type_day ON event(type, first_day);
)SQL";

// Version 6: the event index keeps no word counts per event (columnsize=0; nothing ranks
// matches), a fifth less work when a million events are indexed; it is built again from the
// events. Citations of policy periods are indexed by period only where they have one: an event's
// citation has none, so a large import no longer sorts a million empty entries.
QString version6()
{
    return QStringLiteral("DROP TABLE event_fts; CREATE VIRTUAL TABLE event_fts USING fts5(title, summary, quotes, "
                          "content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2'); %1; "
                          "DROP INDEX citation_period; "
                          "CREATE INDEX citation_period ON citation(policy_period_id) WHERE policy_period_id IS NOT NULL;")
        .arg(EventSearchIndex::fillSql());
}

QString step(int version)
{
    static const char *const kFixedSteps[] = {kVersion1, kVersion2, kVersion3};
    if (version == 4)
        return version4();
    if (version == 5)
        return QString::fromUtf8(kVersion5);
    if (version == 6)
        return version6();
    return QString::fromUtf8(kFixedSteps[version - 1]);
}
static_assert(Schema::kCurrentVersion == 6);

}  // namespace

void Schema::migrate(Database &db, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version)
        db.exec(step(version));
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion));
    db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
}

}  // namespace caseline
