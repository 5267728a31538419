#pragma once

#include "Database.h"
#include "model/Event.h"
#include "model/Jurisdiction.h"
#include "model/PolicyPeriod.h"
#include "model/Source.h"
#include "model/Story.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace caseline {

class Clock;

// A case file: one SQLite database holding a whole case. Every write is one transaction and is
// on disk when the call returns, so nothing is lost on a crash.
class CaseFile {
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    // Throws CaseFileError when the file cannot be used: not SQLite, not a case file, from a
    // newer Caseline, damaged, busy or read-only. An older file is migrated after a backup copy
    // is written beside it (see backupPath()).
    static std::unique_ptr<CaseFile> open(const QString &path, OpenMode mode = OpenMode::OpenExisting,
                                          const Clock *clock = nullptr,
                                          Database::Threads threads = Database::Threads::MayShare);
    // Whether open() would migrate the file (a Caseline case file of an older schema): seconds
    // for a large case, which a window does off its own thread. False for anything open() refuses.
    static bool needsUpgrade(const QString &path);

    QString path() const { return m_db->path(); }
    int schemaVersion() const { return m_schemaVersion; }
    int migratedFromVersion() const { return m_migratedFrom; }  // 0 when no migration ran
    QString backupPath() const { return m_backupPath; }
    Database &database() { return *m_db; }

    // Writes a consistent copy of the case file to target (used for backups and "Save a copy").
    void writeCopy(const QString &target);

    QString info(const QString &key) const;
    void setInfo(const QString &key, const QString &value);

    // add*() store a new entity and set its id; an entity that already has an id (a deleted one
    // being restored by undo) gets that id back.
    qint64 addJurisdiction(Jurisdiction &jurisdiction);
    void updateJurisdiction(const Jurisdiction &jurisdiction);
    void removeJurisdiction(qint64 id);  // with its events and policy periods
    std::optional<Jurisdiction> jurisdiction(qint64 id) const;
    std::optional<Jurisdiction> findJurisdiction(const QString &name, const QString &state) const;
    std::optional<Jurisdiction> jurisdictionByKey(const QString &key) const;
    QList<Jurisdiction> jurisdictions() const;

    qint64 addSource(Source &source);
    void updateSource(const Source &source);
    void removeSource(qint64 id);  // refused while a citation uses it
    std::optional<Source> source(qint64 id) const;
    std::optional<Source> sourceByKey(const QString &key) const;
    QList<Source> sources() const;

    qint64 addPolicyPeriod(PolicyPeriod &period);
    void updatePolicyPeriod(const PolicyPeriod &period);
    void removePolicyPeriod(qint64 id);
    std::optional<PolicyPeriod> policyPeriod(qint64 id) const;
    std::optional<PolicyPeriod> policyPeriodByKey(const QString &key) const;
    QList<PolicyPeriod> policyPeriods(qint64 jurisdictionId = 0) const;  // 0: all, by lane and start

    qint64 addEvent(Event &event);
    void updateEvent(const Event &event);
    void removeEvent(qint64 id);
    std::optional<Event> event(qint64 id) const;
    std::optional<Event> eventByKey(const QString &key) const;
    qint64 eventCount() const;

    qint64 addStory(Story &story);
    void updateStory(const Story &story);
    void removeStory(qint64 id);
    std::optional<Story> story(qint64 id) const;
    std::optional<Story> storyByName(const QString &name) const;
    QList<Story> stories() const;

private:
    explicit CaseFile(std::unique_ptr<Database> db);
    void prepare(bool existed, const Clock &clock);
    void compactAfterUpgrade();
    // Compacted after an upgrade when more than one page in this many is free.
    static constexpr qint64 kFreeShareToCompact = 10;
    void checkEventFields(const Event &event) const;
    void writeEventRow(const Event &event, qint64 id);
    void writeEventChildren(const Event &event);
    void writeCitations(const QList<Citation> &citations, qint64 eventId, qint64 periodId);
    QList<Citation> readCitations(const QString &ownerColumn, qint64 ownerId) const;
    void writeStoryEntries(const Story &story);
    Database &db() const { return *m_db; }

    std::unique_ptr<Database> m_db;
    int m_schemaVersion = 0;
    int m_migratedFrom = 0;
    QString m_backupPath;
};

}  // namespace caseline
