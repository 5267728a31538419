#include "SearchIndexBuffer.h"

#include "storage/Database.h"

#include <QString>

namespace caseline {

void SearchIndexBuffer::set(Database &db, int bytes)
{
    db.exec(QStringLiteral("INSERT INTO event_fts(event_fts, rank) VALUES ('hashsize', %1)").arg(bytes));
}

}  // namespace caseline
