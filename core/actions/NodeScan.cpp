#include "actions/NodeScan.h"

#include "discovery/ScanRecorder.h"
#include "discovery/Scanner.h"
#include "discovery/TargetArguments.h"
#include "history/HistoryStore.h"

#include <QEventLoop>
#include <QTimer>

namespace fleet {

PreparedTargets NodeScan::prepare(const QStringList &words, const TargetPolicy &policy,
                                  const QList<quint16> &sshPorts, const std::atomic_bool *cancel)
{
    PreparedTargets prepared;
    if (words.isEmpty()) {
        prepared.failure = Failure::make(FailureKind::Usage,
                                         tr("Nothing to scan: name a network such as 192.0.2.0/24, a host, or a "
                                            "source (%1).")
                                             .arg(TargetArguments::syntax()));
        return prepared;
    }
    TargetSet set(policy, sshPorts);
    for (const QString &word : words) {
        QString error;
        if (!TargetArguments::add(set, word, &prepared.notes, &prepared.warnings, &error)) {
            prepared.failure = Failure::make(FailureKind::Usage, QStringLiteral("%1: %2").arg(word, error));
            return prepared;
        }
    }
    QString error;
    if (!set.prepare(&prepared.warnings, &error, cancel)) {
        const bool cancelled = cancel && cancel->load();
        prepared.failure = Failure::make(cancelled ? FailureKind::Cancelled : FailureKind::Usage,
                                         cancelled ? tr("The scan was stopped while its targets were read.") : error);
        return prepared;
    }
    if (set.isEmpty()) {
        prepared.failure = Failure::make(FailureKind::Usage, tr("The targets name no address to scan. %1")
                                                                 .arg(prepared.warnings.join(QLatin1Char(' ')))
                                                                 .trimmed());
        return prepared;
    }
    prepared.set = std::move(set);
    return prepared;
}

ScanOutcome NodeScan::run(const ScanParams &params, const ScanCallbacks &callbacks)
{
    ScanOutcome outcome;
    PreparedTargets prepared = prepare(params.words, params.policy, params.options.sshPorts, params.cancel);
    outcome.notes = prepared.notes + prepared.warnings;
    if (!prepared.failure.ok()) {
        outcome.failure = prepared.failure;
        return outcome;
    }
    const TargetSet &targets = *prepared.set;

    HistoryStore store;
    ScanRecorder recorder(store);
    const bool recording = !params.dbPath.isEmpty();
    Scanner scanner;
    QEventLoop loop;
    QObject::connect(&scanner, &Scanner::progressChanged, &loop, [&](const ScanProgress &progress) {
        if (callbacks.progress)
            callbacks.progress(progress);
    });
    QObject::connect(&scanner, &Scanner::nodeFound, &loop, [&](const ScanResult &result) {
        outcome.found << result;
        (result.state == NodeState::Online         ? outcome.online
         : result.state == NodeState::NotInstalled ? outcome.notInstalled
                                                   : outcome.unreachable)++;
        if (recording)
            recorder.record(result);
        if (callbacks.found)
            callbacks.found(result);
    });
    QObject::connect(&scanner, &Scanner::finished, &loop, [&](const ScanSummary &summary) {
        outcome.summary = summary;
        loop.quit();
    });
    // Scanner::cancel is prompt from any thread; the flag is polled because a signal handler may have set it.
    QTimer cancelPoll;
    cancelPoll.setInterval(20);
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (params.cancel && params.cancel->load())
            scanner.cancel();
    });

    if (callbacks.probing)
        callbacks.probing(targets.size());
    // The scan starts first: opening the history and its first write (a WAL header fsync) overlap the probing.
    // Answers are queued to this thread and recorded once the loop below runs.
    scanner.start(targets, params.options);
    if (recording) {
        QString problem;
        if (!store.open(params.dbPath))
            problem = store.errorString(); // names the file, the cause and the fix
        else if (!recorder.begin(params.words))
            problem = tr("cannot record the scan in %1: %2").arg(params.dbPath, recorder.errorString());
        if (!problem.isEmpty()) {
            scanner.cancel();
            scanner.join();
            outcome.failure = Failure::make(FailureKind::Failed, problem);
            return outcome;
        }
    }
    cancelPoll.start();
    loop.exec();
    cancelPoll.stop();

    if (recording && !recorder.finish(targets, outcome.summary, &outcome.offline))
        outcome.failure = Failure::make(FailureKind::Failed, tr("the scan ran but could not be recorded in %1: %2")
                                                                 .arg(params.dbPath, recorder.errorString()));
    outcome.scanId = recorder.scanId();
    if (!outcome.failure.ok())
        return outcome;
    if (outcome.summary.cancelled)
        outcome.failure = Failure::make(FailureKind::Cancelled,
                                        tr("Stopped after %1 of %2 addresses.")
                                            .arg(outcome.summary.progress.done)
                                            .arg(outcome.summary.progress.total));
    else if (!outcome.summary.errors.isEmpty())
        outcome.failure = Failure::make(FailureKind::Failed, outcome.summary.errors.join(QLatin1Char('\n')));
    if (params.probeNodes && !outcome.summary.cancelled)
        probeFound(params, callbacks, outcome);
    return outcome;
}

QStringList NodeScan::sshNodes(const QList<ScanResult> &found)
{
    QStringList nodes;
    for (const ScanResult &result : found) {
        if (result.sshPort == 0 || result.sshBanner.isEmpty())
            continue; // an open port that never said SSH: nothing to log in to
        QString host = result.address;
        if (result.sshPort != 22)
            host = (host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host) + QLatin1Char(':')
                + QString::number(result.sshPort);
        const QString node = result.target.user.isEmpty() ? host : result.target.user + QLatin1Char('@') + host;
        if (!nodes.contains(node))
            nodes << node;
    }
    return nodes;
}

void NodeScan::probeFound(const ScanParams &params, const ScanCallbacks &callbacks, ScanOutcome &outcome)
{
    ProbeParams probe;
    probe.context = params.probeContext;
    probe.context.dbPath = params.dbPath;
    probe.nodes = sshNodes(outcome.found);
    probe.cancel = params.cancel;
    if (probe.nodes.isEmpty())
        return;
    if (callbacks.nodeProbing)
        callbacks.nodeProbing(int(probe.nodes.size()));
    outcome.probes = NodeProbing::probe(probe).nodes;
}

} // namespace fleet
