#include "history/Statement.h"

#include "history/Database.h"

#include <sqlite3.h>

namespace fleet {

namespace {

QString shortSql(const QByteArray &sql)
{
    const QString text = QString::fromUtf8(sql).simplified();
    return text.size() > 80 ? text.left(77) + QStringLiteral("...") : text;
}

} // namespace

Statement::Statement(Database &db, const QByteArray &sql)
    : m_db(db)
    , m_sql(sql)
{
    if (!db.handle()) {
        db.fail(DbError::Other, QStringLiteral("%1: the database is not open").arg(db.path()));
        return;
    }
    const int rc = sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        db.fail(rc, QStringLiteral("preparing `%1`").arg(shortSql(sql)));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

bool Statement::bound(int rc, int index)
{
    if (rc != SQLITE_OK && !m_bindError) {
        m_bindError = rc;
        m_db.fail(rc, QStringLiteral("binding parameter %1 of `%2`").arg(index).arg(shortSql(m_sql)));
    }
    return rc == SQLITE_OK;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        bound(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        bound(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        bound(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                  SQLITE_UTF8),
              index);
    }
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    if (m_stmt)
        bound(sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT),
              index);
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    if (m_stmt)
        bound(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

Statement &Statement::bindOptional(int index, qint64 value)
{
    return value > 0 ? bind(index, value) : bind(index, nullptr);
}

Statement::Step Statement::step()
{
    if (!m_stmt || m_bindError)
        return Step::Error;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    m_db.fail(rc, QStringLiteral("running `%1`").arg(shortSql(m_sql)));
    sqlite3_reset(m_stmt); // releases the statement's locks; the error is kept in the Database
    return Step::Error;
}

bool Statement::run()
{
    Step result = step();
    while (result == Step::Row)
        result = step();
    return result == Step::Done;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::columnDouble(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QString Statement::columnText(int column) const
{
    if (!m_stmt)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::columnBlob(int column) const
{
    if (!m_stmt)
        return {};
    const void *data = sqlite3_column_blob(m_stmt, column); // before sqlite3_column_bytes, as SQLite asks
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

} // namespace fleet
