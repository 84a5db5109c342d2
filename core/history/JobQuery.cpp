#include "history/JobQuery.h"

#include "history/Database.h"
#include "history/HistoryRows.h"
#include "history/Statement.h"

#include <limits>

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

qint64 JobQuery::textMatches(const char *column, const QString &pattern, qint64 belowId, qint64 limit)
{
    // Walks the column's NOCASE index over the prefix range only; stops at `limit`.
    // (+id: the text index, never a walk down the ids, which the planner may prefer for `id < ?`.)
    Statement s(m_db, QByteArray("SELECT count(*) FROM (SELECT 1 FROM jobs WHERE ") + column
                          + " LIKE ?1 ESCAPE '\\' AND +id < ?2 LIMIT ?3)");
    s.bind(1, pattern).bind(2, belowId > 0 ? belowId : std::numeric_limits<qint64>::max()).bind(3, limit);
    return s.step() == Statement::Step::Row ? s.columnInt64(0) : -1;
}

JobQuery::TextPlan JobQuery::planFor(const QString &text, qint64 belowId)
{
    // Costs at most 2 × kSparseLimit index entries (~2 ms).
    const QString pattern = prefixPattern(text.trimmed());
    const qint64 matches = textMatches("image", pattern, belowId, kSparseLimit)
        + textMatches("node", pattern, belowId, kSparseLimit);
    return matches < kSparseLimit ? TextPlan::Sparse : TextPlan::Dense;
}

JobQuery::Clause JobQuery::where(const JobFilter &filter, TextPlan plan, qint64 floorId) const
{
    Clause clause;
    QByteArrayList conditions;
    const auto param = [&clause](Param value) -> QByteArray {
        clause.params.push_back(std::move(value));
        return QByteArray("?") + QByteArray::number(qulonglong(clause.params.size()));
    };
    const QString text = filter.text.trimmed();
    const QString node = filter.node.trimmed();
    if (!text.isEmpty()) {
        const QByteArray p = param(prefixPattern(text));
        if (plan == TextPlan::Sparse)
            conditions << "id IN (SELECT id FROM jobs WHERE image LIKE " + p + " ESCAPE '\\' UNION ALL "
                              "SELECT id FROM jobs WHERE node LIKE " + p + " ESCAPE '\\')";
        else // unary + keeps SQLite off the text indexes: it walks ids (or the node/state index) and checks
            conditions << "(+image LIKE " + p + " ESCAPE '\\' OR +node LIKE " + p + " ESCAPE '\\')";
    }
    if (!node.isEmpty())
        conditions << "node = " + param(node);
    // With a node, walk that node's jobs (a few thousand at most) and read the state from the same index.
    if (filter.state)
        conditions << (node.isEmpty() ? "state = " : "+state = ") + param(jobStateName(*filter.state));
    if (filter.beforeId > 0)
        conditions << "id < " + param(filter.beforeId);
    if (floorId > 0)
        conditions << "id >= " + param(floorId);
    if (!conditions.isEmpty())
        clause.sql = " WHERE " + conditions.join(" AND ");
    return clause;
}

bool JobQuery::run(const JobFilter &filter, TextPlan plan, qint64 floorId, QList<JobRecord> &out)
{
    out.clear();
    const Clause clause = where(filter, plan, floorId);
    const QByteArray sql = QByteArray("SELECT ") + HistoryRows::kJobColumns + " FROM jobs" + clause.sql
        + " ORDER BY id DESC LIMIT " + QByteArray::number(filter.limit > 0 ? filter.limit : 200) + " OFFSET "
        + QByteArray::number(qMax(0, filter.offset));
    Statement statement(m_db, sql);
    bindAll(statement, clause.params);
    Statement::Step step;
    while ((step = statement.step()) == Statement::Step::Row)
        out << HistoryRows::job(statement);
    return step == Statement::Step::Done;
}

bool JobQuery::select(const JobFilter &filter, QList<JobRecord> &out)
{
    const QString text = filter.text.trimmed();
    const TextPlan plan = text.isEmpty() ? TextPlan::Sparse : planFor(text, filter.beforeId);
    // With a node, a dense text walks that node's jobs only.
    if (plan == TextPlan::Sparse || !filter.node.trimmed().isEmpty())
        return run(filter, plan, 0, out);
    // Many matches. Usually some are recent, and a page is found among the newest kWindow rows.
    const int limit = filter.limit > 0 ? filter.limit : 200;
    const qint64 top = filter.beforeId > 0 ? filter.beforeId : m_db.queryInt("SELECT max(id) FROM jobs", 0) + 1;
    const qint64 floorId = top - kWindow;
    if (!run(filter, TextPlan::Dense, qMax<qint64>(1, floorId), out))
        return false;
    if (out.size() >= limit || floorId <= 1)
        return true;
    // Not enough there: the matches are mostly older. Few of those → the indexes, from scratch.
    const QString pattern = prefixPattern(text);
    const qint64 older = textMatches("image", pattern, floorId, kSparseLimit)
        + textMatches("node", pattern, floorId, kSparseLimit);
    if (older < kSparseLimit)
        return run(filter, TextPlan::Sparse, 0, out);
    // Many → walk on below the window. With a state, that walk reads only the (state, id, image, node) index.
    // Without, it reads the table: start it at the newest older match, or an image last pushed long ago would
    // cost a walk through everything since.
    qint64 below = floorId;
    if (!filter.state) {
        Statement newest(m_db, "SELECT max(coalesce((SELECT max(id) FROM jobs WHERE image LIKE ?1 ESCAPE '\\' "
                               "AND +id < ?2), 0), coalesce((SELECT max(id) FROM jobs WHERE node LIKE ?1 "
                               "ESCAPE '\\' AND +id < ?2), 0))");
        newest.bind(1, pattern).bind(2, floorId);
        if (newest.step() != Statement::Step::Row)
            return false;
        below = newest.columnInt64(0) + 1;
    }
    // The window's matches count towards the offset.
    qint64 inWindow = filter.offset + out.size();
    if (out.isEmpty() && filter.offset > 0) { // the window's matches (if any) all fell before the offset: how many?
        const Clause window = where(filter, TextPlan::Dense, floorId);
        Statement count(m_db, QByteArray("SELECT count(*) FROM jobs") + window.sql);
        bindAll(count, window.params);
        if (count.step() != Statement::Step::Row)
            return false;
        inWindow = count.columnInt64(0);
    }
    JobFilter rest = filter;
    rest.beforeId = below;
    rest.offset = int(qMax<qint64>(0, filter.offset - inWindow));
    rest.limit = limit - int(out.size());
    QList<JobRecord> more;
    if (!run(rest, TextPlan::Dense, 0, more))
        return false;
    out += more;
    return true;
}

qint64 JobQuery::count(const JobFilter &filter)
{
    JobFilter all = filter;
    all.beforeId = 0;
    const QString text = filter.text.trimmed();
    const bool anyNode = filter.node.trimmed().isEmpty();
    const TextPlan plan = text.isEmpty() ? TextPlan::Sparse : planFor(text);
    if (plan == TextPlan::Dense && anyNode && !filter.state) {
        // Many matches and no other filter: count each index range. They rarely overlap (an image and a host
        // name starting alike); when they do, the scan below counts exactly.
        const QString pattern = prefixPattern(text);
        const qint64 images = textMatches("image", pattern, 0, std::numeric_limits<qint64>::max());
        const qint64 nodes = textMatches("node", pattern, 0, std::numeric_limits<qint64>::max());
        if (images < 0 || nodes < 0)
            return -1;
        if (images == 0 || nodes == 0)
            return images + nodes;
    }
    const Clause clause = where(all, plan, 0);
    // jobs_state holds state, id, image and node: counting many text matches over it never reads the table.
    const bool covering = plan == TextPlan::Dense && anyNode;
    Statement statement(m_db, QByteArray("SELECT count(*) FROM jobs") + (covering ? " INDEXED BY jobs_state" : "")
                                  + clause.sql);
    bindAll(statement, clause.params);
    return statement.step() == Statement::Step::Row ? statement.columnInt64(0) : -1;
}

} // namespace fleet
