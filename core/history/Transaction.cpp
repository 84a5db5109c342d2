#include "history/Transaction.h"

#include "history/Database.h"

#include <sqlite3.h>

namespace fleet {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_nested = db.handle() && !sqlite3_get_autocommit(db.handle());
    m_active = m_db.exec(m_nested ? "SAVEPOINT fleet_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return m_db.fail(DbError::Other, QStringLiteral("%1: commit without an open transaction").arg(m_db.path()));
    if (!m_db.exec(m_nested ? "RELEASE fleet_nested" : "COMMIT")) {
        rollback(); // a failed COMMIT (disk full, busy) leaves the transaction open: undo it
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // SQLite may already have rolled back by itself (after SQLITE_FULL, for one): then there is nothing to undo,
    // and the first error stays the one reported.
    sqlite3 *db = m_db.handle();
    if (!db || sqlite3_get_autocommit(db))
        return;
    if (m_nested)
        sqlite3_exec(db, "ROLLBACK TO fleet_nested; RELEASE fleet_nested", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace fleet
