#include "history/NodeSummary.h"

#include "history/HistoryRows.h"
#include "history/Statement.h"

#include <QHash>

namespace fleet {

QList<NodeSummary> readNodeSummaries(Database &db)
{
    QList<NodeSummary> result;
    QHash<QString, qsizetype> rows; // node (lower case) → index in result
    Statement jobs(db, R"sql(
        SELECT node, count(*), sum(state = 'succeeded'), sum(state = 'failed'), sum(state = 'cancelled'),
               sum(state = 'skipped'), sum(failure IN ('unreachable', 'host_key')), sum(bytes), max(created_at)
        FROM jobs WHERE action = 'push' GROUP BY node COLLATE NOCASE ORDER BY count(*) DESC, node)sql");
    while (jobs.step() == Statement::Step::Row) {
        NodeSummary s;
        s.node = jobs.columnText(0);
        s.jobs = int(jobs.columnInt64(1));
        s.succeeded = int(jobs.columnInt64(2));
        s.failed = int(jobs.columnInt64(3));
        s.cancelled = int(jobs.columnInt64(4));
        s.skipped = int(jobs.columnInt64(5));
        s.sshFailures = int(jobs.columnInt64(6));
        s.bytes = jobs.columnInt64(7);
        s.lastJobAt = QDateTime::fromMSecsSinceEpoch(jobs.columnInt64(8), Qt::UTC);
        rows.insert(s.node.toLower(), result.size());
        result << s;
    }
    Statement stages(db, R"sql(
        SELECT j.node, s.kind, sum(s.state = 'succeeded'),
               coalesce(avg(CASE WHEN s.state = 'succeeded' THEN s.duration_ms END), 0),
               coalesce(max(CASE WHEN s.state = 'succeeded' THEN s.duration_ms END), 0),
               sum(s.attempts - 1),
               coalesce(avg(CASE WHEN s.kind = 'transfer' AND s.state = 'succeeded' AND s.bytes_total > 0
                                 THEN s.bytes_total END), 0)
        FROM stages s JOIN jobs j ON j.id = s.job_id
        WHERE j.action = 'push' GROUP BY j.node COLLATE NOCASE, s.kind)sql");
    while (stages.step() == Statement::Step::Row) {
        const auto row = rows.constFind(stages.columnText(0).toLower());
        if (row == rows.constEnd())
            continue;
        NodeSummary &s = result[*row];
        const QString kind = stages.columnText(1);
        bool known = false;
        for (StageKind k : allStages())
            known = known || stageName(k) == kind;
        if (!known)
            continue;
        NodeSummary::StageTimes &times = s.stages[size_t(HistoryRows::stageKindFromName(kind))];
        times.count = int(stages.columnInt64(2));
        times.averageMs = qint64(stages.columnDouble(3));
        times.maxMs = stages.columnInt64(4);
        s.retries += int(stages.columnInt64(5));
        if (kind == stageName(StageKind::Transfer))
            s.averageArchive = qint64(stages.columnDouble(6));
    }
    return result;
}

} // namespace fleet
