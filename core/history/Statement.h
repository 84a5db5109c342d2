#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

struct sqlite3_stmt;

namespace fleet {

class Database;

// A prepared SQLite statement, finalized on destruction. Parameters and columns are numbered as SQLite does:
// bind() from 1, column getters from 0. Errors go to the Database's error() (with the SQL and SQLite's
// message); step() then answers Error. Used on the Database's thread only.
class Statement final
{
public:
    enum class Step { Row, Done, Error };

    Statement(Database &db, const QByteArray &sql);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds SQL NULL
    Statement &bind(int index, const QByteArray &value); // a blob; a null QByteArray binds SQL NULL
    Statement &bind(int index, std::nullptr_t);
    // Binds `value`, or NULL when it is not above zero (optional ids and timestamps).
    Statement &bindOptional(int index, qint64 value);

    Step step();
    // Steps to the end: true when the statement ran without error (for INSERT/UPDATE/DELETE).
    bool run();
    // Ready to run again with new bindings (old bindings are cleared).
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const; // NULL reads as an empty string
    QByteArray columnBlob(int column) const;

private:
    bool bound(int rc, int index);

    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_sql;
    int m_bindError = 0; // first failed bind, reported by step()
};

} // namespace fleet
