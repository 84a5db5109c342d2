#include "history/JobQuery.h"

#include "history/Database.h"
#include "history/HistoryRows.h"
#include "history/Statement.h"

namespace fleet {

namespace {

void bindAll(Statement &statement, const std::vector<std::variant<qint64, QString>> &params)
{
    int index = 1;
    for (const auto &param : params) {
        if (const auto *number = std::get_if<qint64>(&param))
            statement.bind(index, *number);
        else
            statement.bind(index, std::get<QString>(param));
        ++index;
    }
}

} // namespace

JobQuery::JobQuery(Database &db)
    : m_db(db)
{
}

QString JobQuery::prefixPattern(const QString &text)
{
    QString pattern;
    pattern.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            pattern += QLatin1Char('\\');
        pattern += c;
    }
    return pattern + QLatin1Char('%');
}

JobQuery::TextPlan JobQuery::planFor(const QString &text)
{
    // Counting stops at the limit, so this costs at most 2 × kSparseLimit index entries (~2 ms).
    Statement estimate(m_db, "SELECT (SELECT count(*) FROM (SELECT 1 FROM jobs WHERE image LIKE ?1 ESCAPE '\\' "
                             "LIMIT ?2)) + (SELECT count(*) FROM (SELECT 1 FROM jobs WHERE node LIKE ?1 ESCAPE '\\' "
                             "LIMIT ?2))");
    estimate.bind(1, prefixPattern(text.trimmed())).bind(2, kSparseLimit);
    if (estimate.step() != Statement::Step::Row)
        return TextPlan::Sparse; // the error is reported by the query that follows, if it persists
    return estimate.columnInt64(0) < kSparseLimit ? TextPlan::Sparse : TextPlan::Dense;
}

JobQuery::Clause JobQuery::where(const JobFilter &filter, TextPlan plan) const
{
    Clause clause;
    QByteArrayList conditions;
    const auto param = [&clause](Param value) -> QByteArray {
        clause.params.push_back(std::move(value));
        return QByteArray("?") + QByteArray::number(qulonglong(clause.params.size()));
    };
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        const QByteArray p = param(prefixPattern(text));
        if (plan == TextPlan::Sparse)
            conditions << "id IN (SELECT id FROM jobs WHERE image LIKE " + p + " ESCAPE '\\' UNION ALL "
                              "SELECT id FROM jobs WHERE node LIKE " + p + " ESCAPE '\\')";
        else // unary + keeps SQLite from using the text indexes: walk the table by id instead
            conditions << "(+image LIKE " + p + " ESCAPE '\\' OR +node LIKE " + p + " ESCAPE '\\')";
    }
    if (!filter.node.trimmed().isEmpty())
        conditions << "node = " + param(filter.node.trimmed());
    if (filter.state)
        conditions << "state = " + param(jobStateName(*filter.state));
    if (filter.beforeId > 0)
        conditions << "id < " + param(filter.beforeId);
    if (!conditions.isEmpty())
        clause.sql = " WHERE " + conditions.join(" AND ");
    return clause;
}

bool JobQuery::select(const JobFilter &filter, QList<JobRecord> &out)
{
    out.clear();
    const QString text = filter.text.trimmed();
    const TextPlan plan = text.isEmpty() ? TextPlan::Sparse : planFor(text);
    Clause clause = where(filter, plan);
    const int limit = filter.limit > 0 ? filter.limit : 200;
    const QByteArray sql = QByteArray("SELECT ") + HistoryRows::kJobColumns + " FROM jobs" + clause.sql
        + " ORDER BY id DESC LIMIT " + QByteArray::number(limit) + " OFFSET "
        + QByteArray::number(qMax(0, filter.offset));
    Statement statement(m_db, sql);
    bindAll(statement, clause.params);
    Statement::Step step;
    while ((step = statement.step()) == Statement::Step::Row)
        out << HistoryRows::job(statement);
    return step == Statement::Step::Done;
}

qint64 JobQuery::count(const JobFilter &filter)
{
    JobFilter all = filter;
    all.beforeId = 0;
    const Clause clause = where(all, TextPlan::Sparse); // every match is visited anyway: the indexes are cheapest
    Statement statement(m_db, QByteArray("SELECT count(*) FROM jobs") + clause.sql);
    bindAll(statement, clause.params);
    return statement.step() == Statement::Step::Row ? statement.columnInt64(0) : -1;
}

} // namespace fleet
