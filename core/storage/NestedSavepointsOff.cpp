#include "NestedSavepointsOff.h"

#include "Database.h"

namespace caseline {

NestedSavepointsOff::NestedSavepointsOff(Database &db) : m_db(db), m_before(db.nestedSavepoints())
{
    m_db.setNestedSavepoints(false);
}

NestedSavepointsOff::~NestedSavepointsOff() { m_db.setNestedSavepoints(m_before); }

}  // namespace caseline
