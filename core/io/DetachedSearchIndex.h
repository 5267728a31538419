#pragma once

#include "CaseCsvSink.h"

#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <mutex>
#include <memory>
#include <string>
#include <vector>

namespace caseline {

class Database;
class SetAsideRows;
class Statement;

// The full-text rows of a large import into a case without events, built in a scratch database
// on a thread of its own (SinkOnThread) while the writer fills the case file: FTS5 indexing
// costs about as much as SQLite's whole CSV import, and this takes it off the writer.
// CaseCsvBulkImport then copies the finished index into the case file (SearchIndexTransfer).
//
// Event number n becomes row firstId + n, as the writer numbers them. A row's quotes are its
// citations' quotes joined by spaces, as EventSearchIndex indexes them. A later citation of an
// event that is not the one being read is noted (lateEvents()): finish() takes those events out
// again, and the writer indexes them from the case file.
class DetachedSearchIndex : public CaseCsvSink {
public:
    explicit DetachedSearchIndex(qint64 firstId);
    ~DetachedSearchIndex() override;

    void addJurisdiction(const Jurisdiction &) override {}
    void addSource(const Source &) override {}
    void addEvent(const CsvEventRow &event) override;
    void addCitation(qsizetype ordinal, const CsvCitationRow &citation) override;
    // While `behind` says so, events are set aside as plain rows (cheap) and indexed by finish():
    // the indexing then runs while the writer rebuilds the case file's indexes, when a core is free.
    void setBehind(std::function<bool()> behind) { m_behind = std::move(behind); }
    // After the last row, on the same thread: writes the last event, indexes those set aside,
    // takes out the late ones, and commits.
    void finish();
    // From another thread, when the import is given up (an error, a cancel): the statement under
    // way is interrupted and nothing more is written, so the thread ends soon. built() stays false.
    void abandon();
    // Whether finish() left a complete index. Without scratch space (or when it filled up) the
    // builder gives up quietly and the writer indexes the events itself.
    bool built() const { return m_built; }

    QString path() const;
    const std::vector<qint64> &lateEvents() const { return m_lateEvents; }

private:
    void writePending();
    static void write(Statement &st, qint64 id, QByteArrayView title, QByteArrayView summary, QByteArrayView quotes);
    void giveUp();
    template <typename Work>
    void attempt(Work work);

    // Removes the scratch folders of imports that were killed (no process has their id any more);
    // every large import does this first.
    static void removeAbandonedScratch();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<SetAsideRows> m_setAside;
    std::unique_ptr<Statement> m_keep;
    std::function<bool()> m_behind;
    std::atomic<bool> m_abandoned{false};
    std::mutex m_connection;  // abandon() interrupts the connection that giveUp() may close
    qint64 m_firstId;
    bool m_built = false;
    qsizetype m_events = 0;
    // The event read last, written once the next one starts (its later rows add quotes).
    qsizetype m_pendingOrdinal = -1;
    bool m_pendingKeyGiven = false;
    // Its text as UTF-8, copied: the row's own text does not outlive the call.
    std::string m_pendingTitle, m_pendingSummary, m_pendingQuotes;
    std::vector<qint64> m_lateEvents;
};

}  // namespace caseline
