#include "PushWait.h"

#include "SignalCancel.h"
#include "TerminalProgress.h"

#include "actions/FleetSettings.h"
#include "actions/RecordJson.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fleet::cli {

namespace {

// Several nodes: the most specific status wins (kinds map through CliContext's exitStatusFor).
int exitStatusFor(const QList<JobUpdate> &finished)
{
    // The most specific reason wins: a host-key refusal, then an unreachable node or daemon, then a refused
    // request, over a generic failure.
    static const int rank[] = {0, 1, 3, 2, 4}; // by exit status 0..4: ok, failed, usage, host key, unreachable
    int code = ExitOk;
    for (const JobUpdate &job : finished) {
        if (job.state == JobState::Succeeded || job.state == JobState::Skipped)
            continue;
        const int status = qMax(int(ExitFailed), cli::exitStatusFor(job.failure));
        if (rank[status] > rank[code])
            code = status;
    }
    return code;
}

} // namespace

JobRunner::Settings runnerSettings(const CliContext &context, int parallel, int stallTimeoutMs)
{
    JobRunner::Settings settings;
    settings.dbPath = context.dbPath;
    settings.dockerHost = context.dockerHost;
    settings.ssh = context.sshOptions();
    settings.sshUser = context.user;
    settings.maxParallel = parallel;
    settings.tagPolicy = FleetSettings::load().tagPolicy;
    settings.stallTimeoutMs = stallTimeoutMs;
    return settings;
}

int runJobs(const CliContext &context, JobRunner &runner, TerminalProgress &terminal,
            const std::function<QList<quint64>()> &submit, QList<JobUpdate> *finished, bool *refused)
{
    // SIGINT/SIGTERM cancel every job; they clean up (temp files here and on the nodes) and record "cancelled".
    SignalCancel signalCancel([&runner] { runner.cancelAll(); });
    QString rejected;
    QObject::connect(&runner, &JobRunner::rejected, &runner, [&rejected](const QString &m) { rejected = m; });
    QObject::connect(&runner, &JobRunner::jobAdded, &runner, [&](const JobUpdate &job) { terminal.update(job); });
    QObject::connect(&runner, &JobRunner::jobChanged, &runner, [&](const JobUpdate &job) {
        if (context.json)
            context.printJson(RecordJson::typed(QStringLiteral("progress"), RecordJson::job(job)));
        else
            terminal.update(job);
    });
    QObject::connect(&runner, &JobRunner::jobFinished, &runner, [&](const JobUpdate &job) {
        *finished << job;
        if (context.json)
            context.printJson(RecordJson::job(job));
        else
            terminal.finish(job);
    });
    QObject::connect(&runner, &JobRunner::allFinished, &runner, [] { QCoreApplication::quit(); });
    *refused = submit().isEmpty();
    if (*refused)
        return context.fail(ExitUsage, rejected.isEmpty() ? QStringLiteral("the request was refused") : rejected);
    QCoreApplication::exec();
    return signalCancel.received() ? signalCancel.exitStatus() : exitStatusFor(*finished);
}

int runPushRequest(const CliContext &context, const PushRequest &request, const JobRunner::Settings &settings,
                   const QJsonObject &extra)
{
    JobRunner runner(settings);
    TerminalProgress terminal(context.json);
    QList<JobUpdate> finished;
    bool refused = false;
    const int code = runJobs(context, runner, terminal, [&] { return runner.submit(request); }, &finished, &refused);
    if (refused)
        return code;

    int succeeded = 0, skipped = 0, failed = 0;
    for (const JobUpdate &job : std::as_const(finished)) {
        succeeded += job.state == JobState::Succeeded;
        skipped += job.state == JobState::Skipped;
        failed += job.state == JobState::Failed || job.state == JobState::Cancelled;
    }
    if (context.json) {
        QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("ok"), code == ExitOk},
                           {QStringLiteral("exit"), code},
                           {QStringLiteral("succeeded"), succeeded},
                           {QStringLiteral("already_present"), skipped},
                           {QStringLiteral("failed"), failed}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            result.insert(it.key(), it.value());
        context.printJson(result);
    } else {
        terminal.summary(succeeded, skipped, failed);
    }
    return code;
}

} // namespace fleet::cli
