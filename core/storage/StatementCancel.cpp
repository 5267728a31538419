#include "StatementCancel.h"

#include "Database.h"

#include <sqlite3.h>

namespace caseline {

namespace {

// Virtual-machine steps between two looks at the clock: well under a millisecond of work.
constexpr int kStepsBetweenChecks = 20000;
constexpr qint64 kAskEveryMs = 50;

}  // namespace

StatementCancel::StatementCancel(Database &db, std::function<bool()> keepGoing)
    : m_db(db), m_keepGoing(std::move(keepGoing))
{
    sqlite3_progress_handler(m_db.handle(), kStepsBetweenChecks, &StatementCancel::check, this);
}

StatementCancel::~StatementCancel() { sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr); }

int StatementCancel::check(void *self)
{
    auto &me = *static_cast<StatementCancel *>(self);
    if (me.m_cancelled)
        return 1;
    if (me.m_sinceAsked.isValid() && me.m_sinceAsked.elapsed() < kAskEveryMs)
        return 0;
    me.m_sinceAsked.start();
    me.m_cancelled = me.m_keepGoing && !me.m_keepGoing();
    return me.m_cancelled ? 1 : 0;
}

}  // namespace caseline
