#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace fleet {

class Statement;

// Why a database call failed. The kind lets a caller react (e.g. retry read-only); the message is for a person
// and names the file, SQLite's own words, and what to do.
struct DbError
{
    enum Kind {
        None,
        CantOpen, // the file or its folder cannot be opened or created
        ReadOnly, // the file (or its folder) is not writable
        Corrupt,  // not a database, or a damaged one
        Full,     // the disk is full
        Busy,     // another process held the write lock past busy_timeout
        TooNew,   // written by a newer Fleet Commander (schema version above what this build knows)
        Other,
    };
    Kind kind = None;
    int sqliteCode = 0; // extended result code, 0 when the error is ours
    QString message;

    bool ok() const { return kind == None; }
};

// One SQLite connection (sqlite3 C API, no QtSql), RAII.
//
// Threading: a Database belongs to the thread that uses it: one connection per thread, never shared (SQLite's
// own locking between connections and processes does the rest: WAL lets readers run while one writer writes,
// and busy_timeout makes a writer wait up to 5 s for another). No global state: two Database objects on the
// same file are two independent connections.
class Database final
{
public:
    enum class OpenMode { ReadWrite, ReadOnly };
    static constexpr int kBusyTimeoutMs = 5000;

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (ReadWrite: creates, with its parent folders) the file and sets, in this order: busy_timeout,
    // journal_mode=WAL, synchronous=NORMAL, foreign_keys=ON. A garbage file, a read-only file opened ReadWrite
    // or an unwritable folder fail here with a message that says so.
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }
    QString path() const { return m_path; }

    // Runs one or more statements without results (DDL, pragmas). False on error (see error()).
    bool exec(const QByteArray &sql);
    // The first column of the first row of a query, e.g. "PRAGMA user_version"; `fallback` on error or no row.
    qint64 queryInt(const QByteArray &sql, qint64 fallback = -1);

    // A prepared statement kept for the life of the connection, reset and with its bindings cleared: for the
    // statements that run often (progress checkpoints). `sql` must be a string literal (its address is the key).
    Statement &cached(const char *sql);

    qint64 lastInsertId() const;
    int changes() const; // rows changed by the last INSERT/UPDATE/DELETE

    const DbError &error() const { return m_error; }
    QString errorString() const { return m_error.message; }
    void clearError() { m_error = {}; }
    // Records a failure of `what` with SQLite result `code` and returns false, for Statement and Transaction.
    bool fail(int code, const QString &what);
    bool fail(DbError::Kind kind, const QString &message);

    sqlite3 *handle() const { return m_db; }

private:
    QString describe(int code, const QString &what) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    OpenMode m_mode = OpenMode::ReadWrite;
    DbError m_error;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_cache;
};

} // namespace fleet
