#include "history/Database.h"

#include "history/Statement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

namespace fleet {

namespace {

DbError::Kind kindFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return DbError::None;
    case SQLITE_CANTOPEN:
        return DbError::CantOpen;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return DbError::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return DbError::Corrupt;
    case SQLITE_FULL:
        return DbError::Full;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DbError::Busy;
    default:
        return DbError::Other;
    }
}

// What a person should do about each kind of failure; %1 is the file.
QString advice(DbError::Kind kind)
{
    switch (kind) {
    case DbError::CantOpen:
        return QStringLiteral("Check that the folder of %1 exists and is writable, or choose another file with --db.");
    case DbError::ReadOnly:
        return QStringLiteral("The file or its folder is read-only: make them writable (chmod u+w '%1'), or "
                              "choose another file with --db.");
    case DbError::Corrupt:
        return QStringLiteral("The file is damaged or is not a Fleet Commander history. Move it aside "
                              "(mv '%1' '%1.broken') and a new, empty history is started; or choose another file "
                              "with --db.");
    case DbError::Full:
        return QStringLiteral("The disk holding %1 is full: free some space there and retry (what was recorded "
                              "before is kept).");
    case DbError::Busy:
        return QStringLiteral("Another Fleet Commander or fleetctl kept %1 locked for more than 5 s: retry when it "
                              "is done, or close it.");
    case DbError::None:
    case DbError::TooNew:
    case DbError::Other:
        break;
    }
    return {};
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, OpenMode mode)
{
    close();
    clearError();
    m_path = path;
    m_mode = mode;
    const QFileInfo info(path);
    if (mode == OpenMode::ReadWrite) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(DbError::CantOpen, QStringLiteral("%1: cannot create the folder %2. Check its permissions, "
                                                          "or choose another file with --db.")
                                               .arg(path, info.absolutePath()));
        // SQLite would open a file without write permission read-only and fail on the first write; and root
        // ignores permissions altogether. Someone who made the file read-only meant it: say so now.
        const auto writable = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (info.exists() && !(info.permissions() & writable))
            return fail(DbError::ReadOnly,
                        QStringLiteral("%1 is read-only, so no history can be recorded. %2")
                            .arg(path, advice(DbError::ReadOnly).arg(path)));
    } else if (!info.exists()) {
        return fail(DbError::CantOpen, QStringLiteral("%1 does not exist (no history recorded yet).").arg(path));
    }

    const int flags = (mode == OpenMode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY)
        | SQLITE_OPEN_NOMUTEX; // one connection per thread: SQLite need not lock it for us
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (m_db)
        sqlite3_extended_result_codes(m_db, 1);
    if (rc != SQLITE_OK) {
        fail(rc, QStringLiteral("opening it"));
        close();
        return false;
    }
    if (mode == OpenMode::ReadWrite && sqlite3_db_readonly(m_db, "main") == 1) {
        fail(SQLITE_READONLY, QStringLiteral("opening it for writing"));
        close();
        return false;
    }

    // busy_timeout first: the pragmas below may already need a lock another process holds.
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    // Reading the schema touches the file header: a garbage file fails here, with SQLITE_NOTADB.
    bool ok = queryInt("PRAGMA schema_version") >= 0;
    if (!ok && m_error.sqliteCode != 0)
        fail(m_error.sqliteCode, QStringLiteral("opening it"));
    if (ok && mode == OpenMode::ReadWrite) {
        // Turning a new file to WAL takes an exclusive lock without waiting in the busy handler: two connections
        // opening a fresh history at once (two push jobs of one request) would see SQLITE_BUSY. Retry within the
        // busy timeout, as every other statement waits.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            Statement wal(*this, "PRAGMA journal_mode=WAL");
            ok = wal.step() == Statement::Step::Row;
            if (ok) {
                if (wal.columnText(0) != QLatin1String("wal"))
                    qWarning("%s: WAL journal not available here (journal_mode=%s); writers will block readers",
                             qPrintable(path), qPrintable(wal.columnText(0)));
                break;
            }
            const int primary = m_error.sqliteCode & 0xff;
            if ((primary != SQLITE_BUSY && primary != SQLITE_LOCKED) || waited.elapsed() > kBusyTimeoutMs)
                break;
            clearError();
            QThread::msleep(20);
        }
    }
    ok = ok && exec("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
    if (!ok) {
        const DbError error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

void Database::close()
{
    m_cache.clear(); // statements must be finalized before their connection
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool Database::exec(const QByteArray &sql)
{
    if (!m_db)
        return fail(DbError::Other, QStringLiteral("%1: the database is not open").arg(m_path));
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(rc, QStringLiteral("running `%1`").arg(QString::fromUtf8(sql.left(80)).simplified()));
    return true;
}

qint64 Database::queryInt(const QByteArray &sql, qint64 fallback)
{
    Statement statement(*this, sql);
    return statement.step() == Statement::Step::Row ? statement.columnInt64(0) : fallback;
}

Statement &Database::cached(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(*this, QByteArray(sql))).first;
    else
        it->second->reset();
    return *it->second;
}

qint64 Database::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : -1;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

bool Database::fail(int code, const QString &what)
{
    m_error.kind = kindFor(code);
    if (m_error.kind == DbError::None)
        m_error.kind = DbError::Other;
    m_error.sqliteCode = code;
    m_error.message = describe(code, what);
    return false;
}

bool Database::fail(DbError::Kind kind, const QString &message)
{
    m_error = DbError{kind, 0, message};
    return false;
}

QString Database::describe(int code, const QString &what) const
{
    // sqlite3_errmsg() is more precise ("no such table: jobs"), when it is about this very failure.
    const bool current = m_db && sqlite3_extended_errcode(m_db) == code;
    const QString sqliteMessage = QString::fromUtf8(current ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
    QString message = QStringLiteral("history database %1: %2 failed (SQLite: %3).").arg(m_path, what,
                                                                                          sqliteMessage);
    const QString fix = advice(kindFor(code));
    if (!fix.isEmpty())
        message += QLatin1Char(' ') + fix.arg(m_path);
    return message;
}

} // namespace fleet
