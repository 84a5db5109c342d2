// fleetctl history [--limit N] [--node HOST] [--status S] [--text PREFIX] [--before ID] [--job ID] [--scans] [--nodes]
#include "Commands.h"

#include "actions/RecordJson.h"
#include "history/HistoryStore.h"
#include "util/Format.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace fleet::cli {

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    return ms < 10000 ? QStringLiteral("%1s").arg(double(ms) / 1000.0, 0, 'f', 1) : formatDuration(ms / 1000);
}

// Columns sized to their widest cell; the last one (the error) runs free.
void printTable(const CliContext &context, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], int(row.at(i).size()));
        }
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        context.say(line.trimmed());
    }
}

int showJob(const CliContext &context, HistoryStore &store, qint64 id)
{
    const std::optional<JobRecord> job = store.job(id);
    if (!job)
        return context.fail(ExitFailed, store.error().ok()
                                            ? QStringLiteral("no job %1 in the history %2. List the jobs with "
                                                             "`fleetctl history`.").arg(id).arg(store.database().path())
                                            : store.errorString());
    const QList<StageRow> stages = store.stages(id);
    const QList<EventRecord> events = store.events(id);
    if (context.json) {
        context.printJson(RecordJson::job(*job, stages));
        for (const EventRecord &e : events)
            context.printJson(RecordJson::event(e));
        return ExitOk;
    }
    const QString source = job->archivePath.isEmpty() ? job->image : job->archivePath;
    context.say(QStringLiteral("job %1 (batch %2): %3 → %4, %5, %6")
                    .arg(job->id).arg(job->batchId).arg(source, job->node, job->method(),
                                                         jobStateName(job->state)));
    context.say(QStringLiteral("created %1, started %2, finished %3, %4 sent in %5")
                    .arg(localTime(job->createdAt), localTime(job->startedAt), localTime(job->finishedAt),
                         formatBytes(job->bytes), duration(job->durationMs())));
    if (!job->error.isEmpty())
        context.say(QStringLiteral("error: %1").arg(job->error));
    if (!stages.isEmpty()) {
        context.say(QString());
        QList<QStringList> rows{{QStringLiteral("STAGE"), QStringLiteral("STATE"), QStringLiteral("BYTES"),
                                 QStringLiteral("DURATION"), QStringLiteral("RATE"), QStringLiteral("TRIES"),
                                 QStringLiteral("ERROR")}};
        for (const StageRow &s : stages) {
            const QString bytes = s.bytesTotal >= 0
                ? QStringLiteral("%1 of %2").arg(formatBytes(s.bytesDone), formatBytes(s.bytesTotal))
                : formatBytes(s.bytesDone);
            rows << QStringList{stageName(s.kind), jobStateName(s.state), bytes, duration(s.durationMs),
                                formatRate(double(s.rateBps)), QString::number(s.attempts), s.error};
        }
        printTable(context, rows);
    }
    if (!events.isEmpty()) {
        context.say(QString());
        for (const EventRecord &e : events)
            context.say(QStringLiteral("%1 %2 %3").arg(localTime(e.at), eventLevelName(e.level).leftJustified(7),
                                                       e.message));
    }
    return ExitOk;
}

int listScans(const CliContext &context, HistoryStore &store, int limit, qint64 beforeId)
{
    const QList<ScanRecord> scans = store.scans(limit, beforeId);
    if (!store.error().ok())
        return context.fail(ExitFailed, store.errorString());
    if (context.json) {
        for (const ScanRecord &scan : scans)
            context.printJson(RecordJson::scan(scan));
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("count"), int(scans.size())},
                           {QStringLiteral("oldest_id"), scans.isEmpty() ? 0 : scans.last().id}});
        return ExitOk;
    }
    if (scans.isEmpty()) {
        context.say(QStringLiteral("No scans yet: run `fleetctl scan TARGET`."));
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("TIME"), QStringLiteral("ADDRESSES"),
                             QStringLiteral("FOUND"), QStringLiteral("ONLINE"), QStringLiteral("NOT INSTALLED"),
                             QStringLiteral("OFFLINE"), QStringLiteral("DURATION"), QStringLiteral("TARGETS / ERROR")}};
    for (const ScanRecord &s : scans)
        rows << QStringList{QString::number(s.id), localTime(s.startedAt), QString::number(s.hostsTotal),
                            QString::number(s.found), QString::number(s.online), QString::number(s.notInstalled),
                            QString::number(s.offline), duration(s.durationMs),
                            s.error.isEmpty() ? s.targets.join(QLatin1Char(' ')) : s.error};
    printTable(context, rows);
    return ExitOk;
}

// Per node: how its pushes went, what SSH gave trouble, and how long each stage takes there.
int listNodeSummaries(const CliContext &context, HistoryStore &store)
{
    const QList<NodeSummary> nodes = store.nodeSummaries();
    if (!store.error().ok())
        return context.fail(ExitFailed, store.errorString());
    if (context.json) {
        for (const NodeSummary &s : nodes)
            context.printJson(RecordJson::nodeSummary(s));
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("count"), int(nodes.size())}});
        return ExitOk;
    }
    if (nodes.isEmpty()) {
        context.say(QStringLiteral("No pushes yet."));
        return ExitOk;
    }
    const auto average = [](const NodeSummary &s, StageKind kind) {
        return s.stage(kind).count > 0 ? duration(s.stage(kind).averageMs) : QStringLiteral("-");
    };
    QList<QStringList> rows{{QStringLiteral("NODE"), QStringLiteral("JOBS"), QStringLiteral("OK"),
                             QStringLiteral("FAILED"), QStringLiteral("SSH FAILURES"), QStringLiteral("RETRIES"),
                             QStringLiteral("SENT"), QStringLiteral("AVG ARCHIVE"), QStringLiteral("PULL"),
                             QStringLiteral("SAVE"), QStringLiteral("TRANSFER"), QStringLiteral("LOAD"),
                             QStringLiteral("RUN"), QStringLiteral("HEALTH"), QStringLiteral("LAST")}};
    for (const NodeSummary &s : nodes)
        rows << QStringList{s.node, QString::number(s.jobs), QString::number(s.succeeded), QString::number(s.failed),
                            QString::number(s.sshFailures), QString::number(s.retries), formatBytes(s.bytes),
                            s.averageArchive > 0 ? formatBytes(s.averageArchive) : QStringLiteral("-"),
                            average(s, StageKind::Pull), average(s, StageKind::Save),
                            average(s, StageKind::Transfer), average(s, StageKind::Load),
                            average(s, StageKind::Run), average(s, StageKind::Health), localTime(s.lastJobAt)};
    printTable(context, rows);
    return ExitOk;
}

} // namespace

int runHistory(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List past pushes from the history, newest first, or show one "
                                                    "job with its stages and events."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N jobs (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption node(QStringLiteral("node"), QStringLiteral("Only jobs for this node."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("Only jobs in this state: queued, running, succeeded, failed, "
                                                   "cancelled, skipped."),
                                    QStringLiteral("S"));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("Only jobs whose image or node starts with "
                                                                         "this (case-insensitive)."),
                                  QStringLiteral("PREFIX"));
    const QCommandLineOption before(QStringLiteral("before"), QStringLiteral("Only jobs older than job ID (paging)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption job(QStringLiteral("job"), QStringLiteral("Show this job with its stages and events."),
                                 QStringLiteral("ID"));
    const QCommandLineOption scans(QStringLiteral("scans"), QStringLiteral("List the discovery scans instead (--limit, "
                                                                           "--before apply)."));
    const QCommandLineOption nodes(QStringLiteral("nodes"), QStringLiteral("A summary per node instead: jobs, SSH "
                                                                           "failures, bytes, average stage times."));
    parser.addOptions({limit, node, status, text, before, job, scans, nodes});
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, QStringLiteral("history takes no arguments besides its options"));

    JobFilter filter;
    if (!intOption(context, parser, limit, 1, 100000, &filter.limit))
        return ExitUsage;
    bool ok = true;
    filter.node = parser.value(node);
    filter.text = parser.value(text);
    if (parser.isSet(status)) {
        const QString name = parser.value(status).trimmed().toLower();
        if (jobStateName(jobStateFromName(name)) != name)
            return context.fail(ExitUsage, QStringLiteral("unknown status '%1': use queued, running, succeeded, "
                                                          "failed, cancelled or skipped").arg(parser.value(status)));
        filter.state = jobStateFromName(name);
    }
    const auto idOption = [&parser, &ok](const QCommandLineOption &option) {
        const qint64 id = parser.isSet(option) ? parser.value(option).toLongLong(&ok) : 0;
        ok = ok && id >= 0;
        return id;
    };
    filter.beforeId = idOption(before);
    const qint64 jobId = ok ? idOption(job) : 0;
    if (!ok)
        return context.fail(ExitUsage, QStringLiteral("--before and --job want a job id (a number)"));

    if (!QFileInfo::exists(context.dbPath)) {
        if (jobId > 0)
            return context.fail(ExitFailed, QStringLiteral("no history yet at %1").arg(context.dbPath));
        if (context.json)
            context.printJson({{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("count"), 0}});
        else
            context.say(QStringLiteral("No history yet (%1 does not exist): push an image with `fleetctl push` "
                                       "to start one.").arg(context.dbPath));
        return ExitOk;
    }
    HistoryStore store;
    // Read-write brings an older file up to date and marks jobs of crashed processes; a read-only file is still
    // readable.
    if (!store.open(context.dbPath)) {
        if (store.error().kind != DbError::ReadOnly || !store.open(context.dbPath, Database::OpenMode::ReadOnly))
            return context.fail(ExitFailed, store.errorString());
    } else if (store.recoverInterrupted() < 0) {
        store.database().clearError(); // only a tidy-up: the listing below does not depend on it
    }
    if (jobId > 0)
        return showJob(context, store, jobId);
    if (parser.isSet(scans))
        return listScans(context, store, filter.limit, filter.beforeId);
    if (parser.isSet(nodes))
        return listNodeSummaries(context, store);

    const QList<JobRecord> jobs = store.jobs(filter);
    if (!store.error().ok())
        return context.fail(ExitFailed, store.errorString());
    if (context.json) {
        for (const JobRecord &j : jobs)
            context.printJson(RecordJson::job(j, store.stages(j.id)));
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("count"), int(jobs.size())},
                           {QStringLiteral("oldest_id"), jobs.isEmpty() ? 0 : jobs.last().id}});
        return ExitOk;
    }
    if (jobs.isEmpty()) {
        context.say(QStringLiteral("No jobs match."));
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("TIME"), QStringLiteral("IMAGE"),
                             QStringLiteral("NODE"), QStringLiteral("MODE"), QStringLiteral("STATE"),
                             QStringLiteral("BYTES"), QStringLiteral("DURATION"), QStringLiteral("ERROR")}};
    for (const JobRecord &j : jobs)
        rows << QStringList{QString::number(j.id), localTime(j.createdAt),
                            j.archivePath.isEmpty() ? j.image : QFileInfo(j.archivePath).fileName(), j.node,
                            j.method(), jobStateName(j.state), formatBytes(j.bytes),
                            duration(j.durationMs()), j.error};
    printTable(context, rows);
    if (jobs.size() == filter.limit)
        context.say(QStringLiteral("(more: --before %1)").arg(jobs.last().id));
    return ExitOk;
}

} // namespace fleet::cli
