#pragma once

#include <QtGlobal>

namespace fleet {

class Database;

// A write transaction (BEGIN IMMEDIATE: takes the write lock at once, waiting up to busy_timeout, so two writers
// never deadlock upgrading a read lock). Rolled back on destruction unless commit() succeeded — every early
// return and every error path leaves the database as it was. Inside another transaction it becomes a SAVEPOINT,
// so a HistoryStore call that needs a transaction of its own also works within a caller's batch.
// Keep them short: other connections wait for the write lock.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    // False when BEGIN failed (busy, read-only…): the reason is in the Database's error().
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace fleet
