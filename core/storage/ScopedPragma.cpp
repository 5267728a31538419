#include "ScopedPragma.h"

#include "Database.h"

namespace caseline {

ScopedPragma::ScopedPragma(Database &db, const QString &name, qint64 value)
    : m_db(db), m_name(name), m_before(db.pragmaInt(name))
{
    m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(value));
}

ScopedPragma::~ScopedPragma()
{
    try {
        m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(m_before));
    } catch (...) {
        // Only a setting of a connection that is already unusable: the write's own outcome is
        // what matters.
    }
}

}  // namespace caseline
