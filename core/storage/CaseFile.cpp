#include "CaseFile.h"

#include "CaseBackup.h"
#include "CaseFileError.h"
#include "EventSearchIndex.h"
#include "Schema.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace caseline {

namespace {

constexpr int kNewFilePageSize = 8192;

using Kind = CaseFileError::Kind;

QString newKey(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// SQLite's own header; checked first so a stray file gets a plain answer.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

const char *const kJurisdictionColumns =
    "id, key, name, kind, state, county, fips, population, population_year FROM jurisdiction";

Jurisdiction readJurisdiction(const Statement &st)
{
    Jurisdiction j;
    j.id = st.int64(0);
    j.key = st.text(1);
    j.name = st.text(2);
    j.kind = JurisdictionKind(st.int32(3));
    j.state = st.text(4);
    j.county = st.text(5);
    j.fips = st.text(6);
    j.population = st.optionalInt64(7);
    if (!st.isNull(8))
        j.populationYear = st.int32(8);
    return j;
}

const char *const kSourceColumns = "id, key, title, publisher, author, url, published, kind, text FROM source";

Source readSource(const Statement &st)
{
    Source s;
    s.id = st.int64(0);
    s.key = st.text(1);
    s.title = st.text(2);
    s.publisher = st.text(3);
    s.author = st.text(4);
    s.url = st.text(5);
    s.published = PartialDate::parse(st.text(6));
    s.kind = st.text(7);
    s.text = st.text(8);
    return s;
}

const char *const kPeriodColumns =
    "id, key, jurisdiction_id, stance, start_date, end_date, note FROM policy_period";

PolicyPeriod readPeriod(const Statement &st)
{
    PolicyPeriod p;
    p.id = st.int64(0);
    p.key = st.text(1);
    p.jurisdictionId = st.int64(2);
    p.stance = Stance(st.int32(3));
    p.start = PartialDate::parse(st.text(4));
    p.end = PartialDate::parse(st.text(5));
    p.note = st.text(6);
    return p;
}

const char *const kEventColumns =
    "id, key, jurisdiction_id, type, start_date, end_date, title, summary, location, status, note FROM event";

Event readEventRow(const Statement &st)
{
    Event e;
    e.id = st.int64(0);
    e.key = st.text(1);
    e.jurisdictionId = st.int64(2);
    e.type = EventType(st.int32(3));
    e.start = PartialDate::parse(st.text(4));
    e.end = PartialDate::parse(st.text(5));
    e.title = st.text(6);
    e.summary = st.text(7);
    e.location = st.text(8);
    e.status = EventStatus(st.int32(9));
    e.note = st.text(10);
    return e;
}

QString sql(const char *columns, const char *rest) { return QStringLiteral("SELECT ") + QLatin1String(columns) + QLatin1String(rest); }

// An entity that carries an id is being restored (undo of a delete): it gets its old row id back,
// so everything that referred to it still does. A new entity (id 0) gets the next free id.
void bindRestoredId(Statement &st, int index, qint64 id)
{
    if (id > 0)
        st.bind(index, id);
    else
        st.bindNull(index);
}

void requireChange(Database &db, const char *what, qint64 id)
{
    if (db.changes() == 0)
        throw CaseFileError(Kind::Other, QStringLiteral("no %1 with id %2 in the case file").arg(QLatin1String(what)).arg(id));
}

}  // namespace

std::unique_ptr<CaseFile> CaseFile::open(const QString &path, OpenMode mode, const Clock *clock, Database::Threads threads)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && info.isFile() && info.size() == 0)
        throw CaseFileError(Kind::NotACaseFile, QStringLiteral("%1: the file is empty, not a Caseline case file").arg(path));
    if (existed && info.isFile() && !hasSqliteHeader(path))
        throw CaseFileError(Kind::NotACaseFile, QStringLiteral("%1: not a Caseline case file (not an SQLite database)").arg(path));
    if (existed && info.isFile() && !info.isWritable())
        throw CaseFileError(Kind::ReadOnly, QStringLiteral("%1: the case file is read-only; Caseline saves every edit as it happens, so it needs write access").arg(path));

    auto db = std::make_unique<Database>(
        path, mode == OpenMode::CreateIfMissing ? Database::OpenMode::CreateIfMissing : Database::OpenMode::OpenExisting, threads);
    std::unique_ptr<CaseFile> file(new CaseFile(std::move(db)));
    try {
        file->prepare(existed, clock ? *clock : Clock::system());
    } catch (const CaseFileError &error) {
        // Every message names the file.
        if (error.message().startsWith(path))
            throw;
        throw CaseFileError(error.kind(), QStringLiteral("%1: %2").arg(path, error.message()));
    }
    return file;
}

bool CaseFile::needsUpgrade(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0 || !hasSqliteHeader(path))
        return false;
    try {
        Database db(path, Database::OpenMode::OpenExisting);
        const int version = int(db.pragmaInt(QStringLiteral("user_version")));
        return db.pragmaInt(QStringLiteral("application_id")) == Schema::kApplicationId && version > 0
            && version < Schema::kCurrentVersion;
    } catch (const CaseFileError &) {
        return false;  // open() says why
    }
}

namespace {
// Rows whose foreign keys name a missing row.
qint64 brokenReferences(Database &db)
{
    Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    return st.step() ? st.int64(0) : 0;
}
}  // namespace

CaseFile::CaseFile(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

void CaseFile::prepare(bool existed, const Clock &clock)
{
    const qint64 applicationId = db().pragmaInt(QStringLiteral("application_id"));
    const int version = int(db().pragmaInt(QStringLiteral("user_version")));
    const qint64 objects = [&] {
        Statement st = db().prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        return st.step() ? st.int64(0) : 0;
    }();
    if (existed && objects > 0 && applicationId != Schema::kApplicationId)
        throw CaseFileError(Kind::NotACaseFile, QStringLiteral("an SQLite database, but not a Caseline case file"));
    if (version > Schema::kCurrentVersion)
        throw CaseFileError(Kind::NewerSchema,
                            QStringLiteral("made by a newer Caseline (case-file schema %1; this version reads up to %2). "
                                           "Update Caseline to open it.")
                                .arg(version)
                                .arg(Schema::kCurrentVersion));

    if (version > 0 && version < Schema::kCurrentVersion)
        m_backupPath = CaseBackup::write(*this, QStringLiteral("v%1").arg(version), clock);
    // A new file: larger pages than SQLite's 4 KiB hold an event's row and FTS5's 4 KB index
    // blocks with less overhead (a million-event import about 0.7 s faster). Settable only
    // before the first table, and before WAL mode.
    if (objects == 0)
        db().exec(QStringLiteral("PRAGMA page_size = %1").arg(kNewFilePageSize));
    db().exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    db().exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (version < Schema::kCurrentVersion) {
        // A step may rebuild a table others refer to: with foreign keys on, dropping the old one
        // would delete every row that refers to it. Checked before the migration is kept; only
        // references the steps broke count (a file that already had some still opens).
        db().exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        Transaction tx(db());
        const qint64 brokenBefore = brokenReferences(db());
        Schema::migrate(db(), version, Schema::kCurrentVersion);
        if (brokenReferences(db()) > brokenBefore)
            throw CaseFileError(Kind::Other, QStringLiteral("upgrading from case-file schema %1 left rows referring to "
                                                            "missing rows; the file is unchanged").arg(version));
        tx.commit();
        m_migratedFrom = version;
        compactAfterUpgrade();
    }
    db().exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_schemaVersion = Schema::kCurrentVersion;
}

void CaseFile::compactAfterUpgrade()
{
    // An upgrade that rebuilt a table or an index leaves the old pages free inside the file (173 MB
    // of 619 at a million events): written again without them, as the backup beside it was.
    const qint64 free = db().pragmaInt(QStringLiteral("freelist_count"));
    if (free * kFreeShareToCompact <= db().pragmaInt(QStringLiteral("page_count")))
        return;
    try {
        db().exec(QStringLiteral("VACUUM"));
    } catch (const CaseFileError &) {
        // No room for the copy VACUUM writes: the free pages are used again by later writes.
    }
}

void CaseFile::writeCopy(const QString &target)
{
    if (QFileInfo::exists(target))
        throw CaseFileError(Kind::Other, QStringLiteral("%1 already exists; not overwritten").arg(target));
    Statement st = db().prepare(QStringLiteral("VACUUM INTO ?1"));
    st.bindText(1, target);
    st.exec();
}

QString CaseFile::info(const QString &key) const
{
    Statement &st = db().cached(QStringLiteral("SELECT value FROM case_info WHERE key = ?1"));
    st.bindText(1, key);
    const QString value = st.step() ? st.text(0) : QString();
    st.reset();
    return value;
}

void CaseFile::setInfo(const QString &key, const QString &value)
{
    Statement &st = db().cached(QStringLiteral("INSERT INTO case_info(key, value) VALUES (?1, ?2) "
                                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    st.bindText(1, key).bindText(2, value).exec();
}

// ---- jurisdictions ----

qint64 CaseFile::addJurisdiction(Jurisdiction &j)
{
    if (j.name.trimmed().isEmpty())
        throw CaseFileError(Kind::Constraint, QStringLiteral("a jurisdiction needs a name"));
    if (j.key.isEmpty())
        j.key = newKey("j-");
    Statement &st = db().cached(QStringLiteral(
        "INSERT INTO jurisdiction(key, name, kind, state, county, fips, population, population_year, match_key, id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    st.bindText(1, j.key).bindText(2, j.name).bind(3, int(j.kind)).bindText(4, j.state).bindText(5, j.county)
        .bindText(6, j.fips).bind(7, j.population);
    if (j.populationYear)
        st.bind(8, *j.populationYear);
    st.bindText(9, j.matchKey());
    bindRestoredId(st, 10, j.id);
    st.exec();
    j.id = db().lastInsertId();
    return j.id;
}

void CaseFile::updateJurisdiction(const Jurisdiction &j)
{
    Statement &st = db().cached(QStringLiteral(
        "UPDATE jurisdiction SET name = ?2, kind = ?3, state = ?4, county = ?5, fips = ?6, population = ?7, "
        "population_year = ?8, match_key = ?9 WHERE id = ?1"));
    st.bind(1, j.id).bindText(2, j.name).bind(3, int(j.kind)).bindText(4, j.state).bindText(5, j.county)
        .bindText(6, j.fips).bind(7, j.population);
    if (j.populationYear)
        st.bind(8, *j.populationYear);
    st.bindText(9, j.matchKey()).exec();
    requireChange(db(), "jurisdiction", j.id);
}

void CaseFile::removeJurisdiction(qint64 id)
{
    Transaction tx(db());
    EventSearchIndex::removeJurisdiction(db(), id);  // while its events still hold their text
    Statement &st = db().cached(QStringLiteral("DELETE FROM jurisdiction WHERE id = ?1"));
    st.bind(1, id).exec();
    requireChange(db(), "jurisdiction", id);
    tx.commit();
}

std::optional<Jurisdiction> CaseFile::jurisdiction(qint64 id) const
{
    Statement &st = db().cached(sql(kJurisdictionColumns, " WHERE id = ?1"));
    st.bind(1, id);
    std::optional<Jurisdiction> result;
    if (st.step())
        result = readJurisdiction(st);
    st.reset();
    return result;
}

std::optional<Jurisdiction> CaseFile::findJurisdiction(const QString &name, const QString &state) const
{
    Statement &st = db().cached(sql(kJurisdictionColumns, " WHERE match_key = ?1"));
    st.bindText(1, jurisdictionMatchKey(name, state));
    std::optional<Jurisdiction> result;
    if (st.step())
        result = readJurisdiction(st);
    st.reset();
    return result;
}

std::optional<Jurisdiction> CaseFile::jurisdictionByKey(const QString &key) const
{
    Statement &st = db().cached(sql(kJurisdictionColumns, " WHERE key = ?1"));
    st.bindText(1, key);
    std::optional<Jurisdiction> result;
    if (st.step())
        result = readJurisdiction(st);
    st.reset();
    return result;
}

QList<Jurisdiction> CaseFile::jurisdictions() const
{
    Statement st = db().prepare(sql(kJurisdictionColumns, " ORDER BY name COLLATE NOCASE, state, id"));
    QList<Jurisdiction> result;
    while (st.step())
        result.append(readJurisdiction(st));
    return result;
}

// ---- sources ----

namespace {
// The source's row in the full-text index, rewritten with each change of the source.
void indexSourceText(Database &db, qint64 id, const Source *s)
{
    Statement &del = db.cached(QStringLiteral("DELETE FROM source_fts WHERE rowid = ?1"));
    del.bind(1, id).exec();
    if (!s)
        return;
    Statement &ins = db.cached(QStringLiteral("INSERT INTO source_fts(rowid, title, text) VALUES (?1, ?2, ?3)"));
    ins.bind(1, id).bindText(2, s->title).bindText(3, s->text).exec();
}
}  // namespace

qint64 CaseFile::addSource(Source &s)
{
    if (s.title.trimmed().isEmpty())
        throw CaseFileError(Kind::Constraint, QStringLiteral("a source needs a title"));
    if (s.key.isEmpty())
        s.key = newKey("s-");
    Statement &st = db().cached(QStringLiteral(
        "INSERT INTO source(key, title, publisher, author, url, published, kind, text, id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    st.bindText(1, s.key).bindText(2, s.title).bindText(3, s.publisher).bindText(4, s.author).bindText(5, s.url)
        .bindText(6, s.published.toIsoString()).bindText(7, s.kind).bindText(8, s.text);
    bindRestoredId(st, 9, s.id);
    Transaction tx(db());
    st.exec();
    s.id = db().lastInsertId();
    indexSourceText(db(), s.id, &s);
    tx.commit();
    return s.id;
}

void CaseFile::updateSource(const Source &s)
{
    Statement &st = db().cached(QStringLiteral(
        "UPDATE source SET title = ?2, publisher = ?3, author = ?4, url = ?5, published = ?6, kind = ?7, text = ?8 "
        "WHERE id = ?1"));
    st.bind(1, s.id).bindText(2, s.title).bindText(3, s.publisher).bindText(4, s.author).bindText(5, s.url)
        .bindText(6, s.published.toIsoString()).bindText(7, s.kind).bindText(8, s.text);
    Transaction tx(db());
    st.exec();
    requireChange(db(), "source", s.id);
    indexSourceText(db(), s.id, &s);
    tx.commit();
}

void CaseFile::removeSource(qint64 id)
{
    Statement &used = db().cached(QStringLiteral("SELECT count(*) FROM citation WHERE source_id = ?1"));
    used.bind(1, id);
    const qint64 citations = used.step() ? used.int64(0) : 0;
    used.reset();
    if (citations > 0)
        throw CaseFileError(Kind::Constraint,
                            QStringLiteral("the source is cited %1 time(s); remove those citations first").arg(citations));
    Statement &st = db().cached(QStringLiteral("DELETE FROM source WHERE id = ?1"));
    Transaction tx(db());
    st.bind(1, id).exec();
    requireChange(db(), "source", id);
    indexSourceText(db(), id, nullptr);
    tx.commit();
}

std::optional<Source> CaseFile::source(qint64 id) const
{
    Statement &st = db().cached(sql(kSourceColumns, " WHERE id = ?1"));
    st.bind(1, id);
    std::optional<Source> result;
    if (st.step())
        result = readSource(st);
    st.reset();
    return result;
}

std::optional<Source> CaseFile::sourceByKey(const QString &key) const
{
    Statement &st = db().cached(sql(kSourceColumns, " WHERE key = ?1"));
    st.bindText(1, key);
    std::optional<Source> result;
    if (st.step())
        result = readSource(st);
    st.reset();
    return result;
}

QList<Source> CaseFile::sources() const
{
    Statement st = db().prepare(sql(kSourceColumns, " ORDER BY title COLLATE NOCASE, id"));
    QList<Source> result;
    while (st.step())
        result.append(readSource(st));
    return result;
}

// ---- citations ----

void CaseFile::writeCitations(const QList<Citation> &citations, qint64 eventId, qint64 periodId)
{
    Statement &st = db().cached(QStringLiteral(
        "INSERT INTO citation(event_id, policy_period_id, source_id, position, quote, page, note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    int position = 0;
    for (const Citation &c : citations) {
        if (eventId)
            st.bind(1, eventId);
        if (periodId)
            st.bind(2, periodId);
        st.bind(3, c.sourceId).bind(4, position++).bindText(5, c.quote);
        if (c.page)
            st.bind(6, *c.page);
        st.bindText(7, c.note).exec();
    }
}

QList<Citation> CaseFile::readCitations(const QString &ownerColumn, qint64 ownerId) const
{
    // ownerColumn is one of two fixed names chosen by this class, never data.
    Statement &st = db().cached(QStringLiteral(
        "SELECT id, source_id, quote, page, note FROM citation WHERE %1 = ?1 ORDER BY position").arg(ownerColumn));
    st.bind(1, ownerId);
    QList<Citation> result;
    while (st.step()) {
        Citation c;
        c.id = st.int64(0);
        c.sourceId = st.int64(1);
        c.quote = st.text(2);
        if (!st.isNull(3))
            c.page = st.int32(3);
        c.note = st.text(4);
        result.append(c);
    }
    st.reset();
    return result;
}

// ---- policy periods ----

namespace {
void checkPeriod(const PolicyPeriod &p)
{
    if (!p.start.isValid())
        throw CaseFileError(Kind::Constraint, QStringLiteral("a policy period needs a valid start date"));
    if (p.end.isValid() && p.end.lastDay() < p.start.firstDay())
        throw CaseFileError(Kind::Constraint, QStringLiteral("a policy period cannot end (%1) before it starts (%2)")
                                                  .arg(p.end.toIsoString(), p.start.toIsoString()));
}

void bindPeriod(Statement &st, const PolicyPeriod &p)
{
    st.bind(2, p.jurisdictionId).bind(3, int(p.stance)).bind(4, int(p.family())).bindText(5, p.start.toIsoString())
        .bind(6, p.end.isValid() ? p.end.toIsoString() : QString()).bind(7, p.start.firstJulianDay())
        .bind(8, p.end.isValid() ? std::optional<qint64>(p.end.lastJulianDay()) : std::nullopt).bindText(9, p.note);
}
}  // namespace

qint64 CaseFile::addPolicyPeriod(PolicyPeriod &p)
{
    checkPeriod(p);
    if (p.key.isEmpty())
        p.key = newKey("p-");
    Transaction tx(db());
    Statement &st = db().cached(QStringLiteral(
        "INSERT INTO policy_period(key, jurisdiction_id, stance, family, start_date, end_date, first_day, last_day, note, id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    st.bindText(1, p.key);
    bindPeriod(st, p);
    bindRestoredId(st, 10, p.id);
    st.exec();
    p.id = db().lastInsertId();
    writeCitations(p.citations, 0, p.id);
    tx.commit();
    return p.id;
}

void CaseFile::updatePolicyPeriod(const PolicyPeriod &p)
{
    checkPeriod(p);
    Transaction tx(db());
    Statement &st = db().cached(QStringLiteral(
        "UPDATE policy_period SET jurisdiction_id = ?2, stance = ?3, family = ?4, start_date = ?5, end_date = ?6, "
        "first_day = ?7, last_day = ?8, note = ?9 WHERE id = ?1"));
    st.bind(1, p.id);
    bindPeriod(st, p);
    st.exec();
    requireChange(db(), "policy period", p.id);
    Statement &del = db().cached(QStringLiteral("DELETE FROM citation WHERE policy_period_id = ?1"));
    del.bind(1, p.id).exec();
    writeCitations(p.citations, 0, p.id);
    tx.commit();
}

void CaseFile::removePolicyPeriod(qint64 id)
{
    Statement &st = db().cached(QStringLiteral("DELETE FROM policy_period WHERE id = ?1"));
    st.bind(1, id).exec();
    requireChange(db(), "policy period", id);
}

std::optional<PolicyPeriod> CaseFile::policyPeriod(qint64 id) const
{
    Statement &st = db().cached(sql(kPeriodColumns, " WHERE id = ?1"));
    st.bind(1, id);
    std::optional<PolicyPeriod> result;
    if (st.step())
        result = readPeriod(st);
    st.reset();
    if (result)
        result->citations = readCitations(QStringLiteral("policy_period_id"), id);
    return result;
}

std::optional<PolicyPeriod> CaseFile::policyPeriodByKey(const QString &key) const
{
    Statement &st = db().cached(QStringLiteral("SELECT id FROM policy_period WHERE key = ?1"));
    st.bindText(1, key);
    const qint64 id = st.step() ? st.int64(0) : 0;
    st.reset();
    return id ? policyPeriod(id) : std::nullopt;
}

QList<PolicyPeriod> CaseFile::policyPeriods(qint64 jurisdictionId) const
{
    Statement st = db().prepare(jurisdictionId
                                    ? sql(kPeriodColumns, " WHERE jurisdiction_id = ?1 ORDER BY first_day, id")
                                    : sql(kPeriodColumns, " ORDER BY jurisdiction_id, first_day, id"));
    if (jurisdictionId)
        st.bind(1, jurisdictionId);
    QList<PolicyPeriod> result;
    while (st.step())
        result.append(readPeriod(st));
    for (PolicyPeriod &p : result)
        p.citations = readCitations(QStringLiteral("policy_period_id"), p.id);
    return result;
}

// ---- events ----

void CaseFile::checkEventFields(const Event &e) const
{
    if (!e.start.isValid())
        throw CaseFileError(Kind::Constraint, QStringLiteral("an event needs a valid date"));
    if (e.end.isValid() && e.end.lastDay() < e.start.firstDay())
        throw CaseFileError(Kind::Constraint, QStringLiteral("an event cannot end (%1) before it starts (%2)")
                                                  .arg(e.end.toIsoString(), e.start.toIsoString()));
    if (e.title.trimmed().isEmpty())
        throw CaseFileError(Kind::Constraint, QStringLiteral("an event needs a title"));
}

void CaseFile::writeEventRow(const Event &e, qint64 id)
{
    Statement &st = db().cached(id == 0
        ? QStringLiteral("INSERT INTO event(key, jurisdiction_id, type, start_date, end_date, first_day, last_day, "
                         "title, summary, location, status, note, id) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
        : QStringLiteral("UPDATE event SET key = ?1, jurisdiction_id = ?2, type = ?3, start_date = ?4, end_date = ?5, "
                         "first_day = ?6, last_day = ?7, title = ?8, summary = ?9, location = ?10, status = ?11, "
                         "note = ?12 WHERE id = ?13"));
    st.bindText(1, e.key).bind(2, e.jurisdictionId).bind(3, int(e.type)).bindText(4, e.start.toIsoString())
        .bind(5, e.end.isValid() ? e.end.toIsoString() : QString()).bind(6, e.firstJulianDay())
        .bind(7, e.lastJulianDay()).bindText(8, e.title).bindText(9, e.summary).bindText(10, e.location)
        .bind(11, int(e.status)).bindText(12, e.note);
    if (id != 0)
        st.bind(13, id);
    else
        bindRestoredId(st, 13, e.id);
    st.exec();
}

void CaseFile::writeEventChildren(const Event &e)
{
    Statement &person = db().cached(QStringLiteral(
        "INSERT INTO event_person(event_id, position, name, role) VALUES (?1, ?2, ?3, ?4)"));
    for (int i = 0; i < e.people.size(); ++i)
        person.bind(1, e.id).bind(2, i).bindText(3, e.people[i].name).bindText(4, e.people[i].role).exec();
    Statement &tag = db().cached(QStringLiteral("INSERT OR IGNORE INTO event_tag(event_id, tag) VALUES (?1, ?2)"));
    for (const QString &t : e.tags)
        tag.bind(1, e.id).bindText(2, t.trimmed()).exec();
    writeCitations(e.citations, e.id, 0);
    EventSearchIndex::add(db(), e.id);
}

qint64 CaseFile::addEvent(Event &e)
{
    checkEventFields(e);
    if (e.key.isEmpty())
        e.key = newKey("e-");
    Transaction tx(db());
    writeEventRow(e, 0);
    e.id = db().lastInsertId();
    writeEventChildren(e);
    tx.commit();
    return e.id;
}

void CaseFile::updateEvent(const Event &e)
{
    checkEventFields(e);
    Transaction tx(db());
    EventSearchIndex::remove(db(), e.id);  // with the text it was indexed with
    writeEventRow(e, e.id);
    requireChange(db(), "event", e.id);
    for (const char *table : {"event_person", "event_tag", "citation"}) {
        Statement &del = db().cached(QStringLiteral("DELETE FROM %1 WHERE event_id = ?1").arg(QLatin1String(table)));
        del.bind(1, e.id).exec();
    }
    writeEventChildren(e);
    tx.commit();
}

void CaseFile::removeEvent(qint64 id)
{
    Transaction tx(db());
    EventSearchIndex::remove(db(), id);
    Statement &st = db().cached(QStringLiteral("DELETE FROM event WHERE id = ?1"));
    st.bind(1, id).exec();
    requireChange(db(), "event", id);
    tx.commit();
}

std::optional<Event> CaseFile::event(qint64 id) const
{
    Statement &st = db().cached(sql(kEventColumns, " WHERE id = ?1"));
    st.bind(1, id);
    std::optional<Event> result;
    if (st.step())
        result = readEventRow(st);
    st.reset();
    if (!result)
        return result;
    Statement &people = db().cached(QStringLiteral("SELECT name, role FROM event_person WHERE event_id = ?1 ORDER BY position"));
    people.bind(1, id);
    while (people.step())
        result->people.append({people.text(0), people.text(1)});
    people.reset();
    Statement &tags = db().cached(QStringLiteral("SELECT tag FROM event_tag WHERE event_id = ?1 ORDER BY tag"));
    tags.bind(1, id);
    while (tags.step())
        result->tags.append(tags.text(0));
    tags.reset();
    result->citations = readCitations(QStringLiteral("event_id"), id);
    return result;
}

std::optional<Event> CaseFile::eventByKey(const QString &key) const
{
    Statement &st = db().cached(QStringLiteral("SELECT id FROM event WHERE key = ?1"));
    st.bindText(1, key);
    const qint64 id = st.step() ? st.int64(0) : 0;
    st.reset();
    return id ? event(id) : std::nullopt;
}

qint64 CaseFile::eventCount() const
{
    Statement &st = db().cached(QStringLiteral("SELECT count(*) FROM event"));
    const qint64 n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

// ---- stories ----

void CaseFile::writeStoryEntries(const Story &s)
{
    Statement &del = db().cached(QStringLiteral("DELETE FROM story_entry WHERE story_id = ?1"));
    del.bind(1, s.id).exec();
    Statement &st = db().cached(QStringLiteral(
        "INSERT INTO story_entry(story_id, event_id, position, note) VALUES (?1, ?2, ?3, ?4)"));
    for (int i = 0; i < s.entries.size(); ++i)
        st.bind(1, s.id).bind(2, s.entries[i].eventId).bind(3, i).bindText(4, s.entries[i].note).exec();
}

qint64 CaseFile::addStory(Story &s)
{
    if (s.name.trimmed().isEmpty())
        throw CaseFileError(Kind::Constraint, QStringLiteral("a story needs a name"));
    if (s.key.isEmpty())
        s.key = newKey("st-");
    Transaction tx(db());
    Statement &st = db().cached(QStringLiteral("INSERT INTO story(key, name, description, id) VALUES (?1, ?2, ?3, ?4)"));
    st.bindText(1, s.key).bindText(2, s.name).bindText(3, s.description);
    bindRestoredId(st, 4, s.id);
    st.exec();
    s.id = db().lastInsertId();
    writeStoryEntries(s);
    tx.commit();
    return s.id;
}

void CaseFile::updateStory(const Story &s)
{
    Transaction tx(db());
    Statement &st = db().cached(QStringLiteral("UPDATE story SET name = ?2, description = ?3 WHERE id = ?1"));
    st.bind(1, s.id).bindText(2, s.name).bindText(3, s.description).exec();
    requireChange(db(), "story", s.id);
    writeStoryEntries(s);
    tx.commit();
}

void CaseFile::removeStory(qint64 id)
{
    Statement &st = db().cached(QStringLiteral("DELETE FROM story WHERE id = ?1"));
    st.bind(1, id).exec();
    requireChange(db(), "story", id);
}

std::optional<Story> CaseFile::story(qint64 id) const
{
    Statement &st = db().cached(QStringLiteral("SELECT id, key, name, description FROM story WHERE id = ?1"));
    st.bind(1, id);
    std::optional<Story> result;
    if (st.step())
        result = Story{st.int64(0), st.text(1), st.text(2), st.text(3), {}};
    st.reset();
    if (!result)
        return result;
    Statement &entries = db().cached(QStringLiteral(
        "SELECT event_id, note FROM story_entry WHERE story_id = ?1 ORDER BY position"));
    entries.bind(1, id);
    while (entries.step())
        result->entries.append({entries.int64(0), entries.text(1)});
    entries.reset();
    return result;
}

std::optional<Story> CaseFile::storyByName(const QString &name) const
{
    Statement &st = db().cached(QStringLiteral("SELECT id FROM story WHERE name = ?1"));
    st.bindText(1, name);
    const qint64 id = st.step() ? st.int64(0) : 0;
    st.reset();
    return id ? story(id) : std::nullopt;
}

QList<Story> CaseFile::stories() const
{
    Statement st = db().prepare(QStringLiteral("SELECT id FROM story ORDER BY name COLLATE NOCASE"));
    QList<qint64> ids;
    while (st.step())
        ids.append(st.int64(0));
    QList<Story> result;
    for (qint64 id : ids)
        if (auto s = story(id))
            result.append(*s);
    return result;
}

}  // namespace caseline
