#pragma once

namespace fleet {

class Database;

// The history schema, versioned by SQLite's `PRAGMA user_version` (0 = empty file). The steps themselves are
// at the top of Migrations.cpp: to change the schema, APPEND a step there — never edit or reorder a released one.
class Migrations final
{
public:
    // The schema version this build writes: the number of steps.
    static int latestVersion();

    // Brings the database up to latestVersion(), each step in its own BEGIN IMMEDIATE transaction (a failed step
    // leaves the previous version intact). Safe when several processes open the same file at once. A database
    // written by a newer build (user_version above latestVersion()) is refused with DbError::TooNew.
    static bool apply(Database &db);

    // For read-only connections, which cannot migrate: true only when the file is at latestVersion().
    static bool checkCurrent(Database &db);

    static int currentVersion(Database &db); // -1 on error
};

} // namespace fleet
