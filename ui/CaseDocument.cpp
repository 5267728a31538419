#include "CaseDocument.h"

#include "commands/CaseChangeCommand.h"
#include "storage/CaseBackup.h"
#include "storage/CaseChange.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"
#include "query/EventColumns.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QThread>
#include <optional>

namespace caseline {

namespace {
qint64 g_waitForColumnsFrom = 50000;  // below, SQLite answers a view in a few tens of ms
bool g_readsColumns = true;
}  // namespace

void CaseDocument::setWaitForColumnsFrom(qint64 events) { g_waitForColumnsFrom = events; }
void CaseDocument::setReadsColumns(bool reads) { g_readsColumns = reads; }

bool CaseDocument::hasManyEvents() const
{
    try {
        Statement &st = m_file->database().cached(QStringLiteral("SELECT max(id) FROM event"));  // a b-tree lookup
        const bool many = (st.step() ? st.int64(0) : 0) >= g_waitForColumnsFrom;
        st.reset();
        return many;
    } catch (const CaseFileError &) {
        return false;
    }
}

CaseDocument::CaseDocument(std::unique_ptr<CaseFile> file, QObject *parent) : QObject(parent), m_file(std::move(file))
{
    // Undo and redo change the file; every view re-reads it.
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &CaseDocument::undoIndexChanged);
    readColumns();
}

void CaseDocument::reloadAfterExternalChange()
{
    m_lanesMayHaveChanged = true;
    readColumns();
    emit changed();
}

void CaseDocument::undoIndexChanged(int index)
{
    // The commands between the old and the new index were just done or undone. When they name
    // the events they touch, and not too many, the snapshot is patched before the views re-read
    // (they then answer from memory at once); otherwise it is read again in the background.
    constexpr qsizetype kPatchLimit = 5000;
    const int from = std::min(index, m_undoIndex), to = std::max(index, m_undoIndex);
    m_undoIndex = index;
    std::optional<QList<qint64>> touched = QList<qint64>();
    m_lanesMayHaveChanged = to > m_undoStack.count();  // commands gone (the stack was cleared)
    if (m_lanesMayHaveChanged)
        touched.reset();
    for (int i = from; i < to && i < m_undoStack.count(); ++i) {
        const auto *command = dynamic_cast<const CaseChangeCommand *>(m_undoStack.command(i));
        m_lanesMayHaveChanged = m_lanesMayHaveChanged || !command || command->touchesLanes();
        if (!touched)
            continue;
        const auto ids = command ? command->touchedEventIds() : std::nullopt;
        if (ids && touched->size() + ids->size() <= kPatchLimit)
            *touched += *ids;
        else
            touched.reset();
    }
    bool patched = false;
    if (touched && m_columns) {
        try {
            m_columns = m_columns->patched(*m_file, *touched, m_lanesMayHaveChanged);
            patched = true;
        } catch (const CaseFileError &) {
            // Read it all again below.
        }
    }
    if (!patched)
        readColumns();
    emit changed();
}

CaseDocument::~CaseDocument()
{
    // Clearing the undo stack (a member, destroyed after this body) emits indexChanged: nothing
    // may re-read a document that is going away.
    disconnect(&m_undoStack, nullptr, this, nullptr);
    if (m_cancelColumns)
        m_cancelColumns->store(true);
    for (QThread *reader : std::as_const(m_columnReaders)) {
        reader->wait();
        delete reader;
    }
}

void CaseDocument::readColumns()
{
    m_columns.reset();
    if (m_cancelColumns)
        m_cancelColumns->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelColumns = cancel;
    const quint64 generation = ++m_columnsGeneration;
    m_waitingForColumns = g_readsColumns && hasManyEvents();
    if (!g_readsColumns)
        return;
    auto result = std::make_shared<std::shared_ptr<const EventColumns>>();
    // Its own connection: WAL lets it read while this one writes (a write makes the result stale,
    // and the generation drops it).
    QThread *reader = QThread::create([path = path(), cancel, result] {
        try {
            auto file = CaseFile::open(path);
            auto citationsFile = CaseFile::open(path);  // read on a second thread meanwhile
            *result = EventColumns::read(*file, cancel.get(), citationsFile.get());
        } catch (const CaseFileError &) {
            // The views keep asking SQLite through the document's own connection.
        }
    });
    m_columnReaders.append(reader);
    connect(reader, &QThread::finished, this, [this, reader, generation, result] {
        m_columnReaders.removeOne(reader);
        reader->deleteLater();
        if (generation != m_columnsGeneration)
            return;
        m_columns = *result;  // none when the read failed: views ask SQLite
        m_waitingForColumns = false;
        emit columnsReady();
    });
    reader->start(QThread::LowPriority);
}

QString CaseDocument::path() const { return m_file->path(); }

QString CaseDocument::title() const
{
    const QString own = m_file->info(QStringLiteral("title"));
    return own.isEmpty() ? QFileInfo(path()).completeBaseName() : own;
}

bool CaseDocument::perform(const QString &text, CaseChange &redo, const CaseChange &undo)
{
    auto command = std::make_unique<CaseChangeCommand>(*m_file, text, redo, undo,
                                                       [this](const QString &message) { emit errorOccurred(message); });
    QString error;
    if (!command->applyFirst(&error)) {
        emit errorOccurred(error);
        return false;
    }
    redo = command->appliedChange();
    m_undoStack.push(command.release());  // emits indexChanged -> changed()
    return true;
}

void CaseDocument::recordApplied(const QString &text, const CaseChange &redo, const CaseChange &undo)
{
    auto *command = new CaseChangeCommand(*m_file, text, redo, undo, [this](const QString &message) { emit errorOccurred(message); });
    command->markApplied();
    m_undoStack.push(command);
}

namespace {
template <typename T>
QList<T> one(const T &item) { return QList<T>{item}; }
}  // namespace

bool CaseDocument::addEvent(Event &event)
{
    event.id = 0;
    CaseChange redo;
    redo.events = one(event);
    if (!perform(tr("Add event “%1”").arg(event.title), redo, {}))
        return false;
    event = redo.events.first();
    return true;
}

bool CaseDocument::updateEvent(const Event &event)
{
    const auto before = m_file->event(event.id);
    if (!before)
        return false;
    CaseChange redo, undo;
    redo.events = one(event);
    undo.events = one(*before);
    return perform(tr("Edit event “%1”").arg(event.title), redo, undo);
}

bool CaseDocument::removeEvents(const QList<qint64> &eventIds)
{
    CaseChange redo;
    redo.removeEvents = eventIds;
    const CaseChange undo = CaseChange::restoringEvents(*m_file, eventIds);
    return perform(eventIds.size() == 1 ? tr("Delete event") : tr("Delete %n event(s)", nullptr, int(eventIds.size())), redo, undo);
}

bool CaseDocument::addJurisdiction(Jurisdiction &jurisdiction)
{
    jurisdiction.id = 0;
    CaseChange redo;
    redo.jurisdictions = one(jurisdiction);
    if (!perform(tr("Add jurisdiction “%1”").arg(jurisdiction.name), redo, {}))
        return false;
    jurisdiction = redo.jurisdictions.first();
    return true;
}

bool CaseDocument::updateJurisdiction(const Jurisdiction &jurisdiction)
{
    const auto before = m_file->jurisdiction(jurisdiction.id);
    if (!before)
        return false;
    CaseChange redo, undo;
    redo.jurisdictions = one(jurisdiction);
    undo.jurisdictions = one(*before);
    return perform(tr("Edit jurisdiction “%1”").arg(jurisdiction.name), redo, undo);
}

bool CaseDocument::removeJurisdiction(qint64 id)
{
    // Undo can bring it all back, but not once the window is closed: keep a copy on disk too.
    try {
        const qint64 owned = [&] {
            Statement st = m_file->database().prepare(QStringLiteral(
                "SELECT (SELECT count(*) FROM event WHERE jurisdiction_id = ?1) "
                "+ (SELECT count(*) FROM policy_period WHERE jurisdiction_id = ?1)"));
            st.bind(1, id);
            return st.step() ? st.int64(0) : 0;
        }();
        if (owned > 0)
            emit backupWritten(CaseBackup::write(*m_file, QStringLiteral("before-delete"), Clock::system()));
    } catch (const CaseFileError &error) {
        emit errorOccurred(tr("No backup could be written, so nothing was deleted: %1").arg(error.message()));
        return false;
    }
    CaseChange redo;
    redo.removeJurisdictions = {id};
    const CaseChange undo = CaseChange::restoringJurisdiction(*m_file, id);
    return perform(tr("Delete jurisdiction"), redo, undo);
}

bool CaseDocument::addPolicyPeriod(PolicyPeriod &period)
{
    period.id = 0;
    CaseChange redo;
    redo.periods = one(period);
    if (!perform(tr("Add policy period"), redo, {}))
        return false;
    period = redo.periods.first();
    return true;
}

bool CaseDocument::updatePolicyPeriod(const PolicyPeriod &period)
{
    const auto before = m_file->policyPeriod(period.id);
    if (!before)
        return false;
    CaseChange redo, undo;
    redo.periods = one(period);
    undo.periods = one(*before);
    return perform(tr("Edit policy period"), redo, undo);
}

bool CaseDocument::removePolicyPeriod(qint64 id)
{
    const auto before = m_file->policyPeriod(id);
    if (!before)
        return false;
    CaseChange redo, undo;
    redo.removePeriods = {id};
    undo.periods = one(*before);
    return perform(tr("Delete policy period"), redo, undo);
}

bool CaseDocument::addSource(Source &source)
{
    source.id = 0;
    CaseChange redo;
    redo.sources = one(source);
    if (!perform(tr("Add source “%1”").arg(source.title), redo, {}))
        return false;
    source = redo.sources.first();
    return true;
}

bool CaseDocument::updateSource(const Source &source)
{
    const auto before = m_file->source(source.id);
    if (!before)
        return false;
    CaseChange redo, undo;
    redo.sources = one(source);
    undo.sources = one(*before);
    return perform(tr("Edit source “%1”").arg(source.title), redo, undo);
}

bool CaseDocument::removeSource(qint64 id)
{
    const auto before = m_file->source(id);
    if (!before)
        return false;
    CaseChange redo, undo;
    redo.removeSources = {id};
    undo.sources = one(*before);
    return perform(tr("Delete source"), redo, undo);
}

bool CaseDocument::addStory(Story &story)
{
    story.id = 0;
    CaseChange redo;
    redo.stories = one(story);
    if (!perform(tr("Add story “%1”").arg(story.name), redo, {}))
        return false;
    story = redo.stories.first();
    return true;
}

bool CaseDocument::updateStory(const Story &story)
{
    const auto before = m_file->story(story.id);
    if (!before)
        return false;
    CaseChange redo, undo;
    redo.stories = one(story);
    undo.stories = one(*before);
    return perform(tr("Edit story “%1”").arg(story.name), redo, undo);
}

bool CaseDocument::removeStory(qint64 id)
{
    const auto before = m_file->story(id);
    if (!before)
        return false;
    CaseChange redo, undo;
    redo.removeStories = {id};
    undo.stories = one(*before);
    return perform(tr("Delete story"), redo, undo);
}

}  // namespace caseline
