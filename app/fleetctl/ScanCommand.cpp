// fleetctl scan TARGET... [--ports 22] [--timeout-ms N] [--read-timeout-ms N] [--concurrency N] [--force] [--probe]
//                         [--json]
#include "Commands.h"

#include "SignalCancel.h"
#include "actions/NodeScan.h"
#include "actions/RecordJson.h"
#include "discovery/TargetArguments.h"
#include "history/HistoryRecords.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <cstdio>
#include <unistd.h>

namespace fleet::cli {

namespace {

QString resultLine(const ScanResult &r)
{
    QString what = r.sshBanner;
    if (r.state == NodeState::Online)
        what = (r.agentVersion.isEmpty() ? QStringLiteral("agent port open") : QStringLiteral("agent ") + r.agentVersion)
            + (r.sshBanner.isEmpty() ? QString() : QStringLiteral(" · ") + r.sshBanner);
    else if (r.state == NodeState::Unreachable)
        what = r.detail;
    QString name = r.address;
    if (r.sshPort && r.sshPort != 22)
        name += QLatin1Char(':') + QString::number(r.sshPort);
    if (!r.target.alias.isEmpty())
        name += QStringLiteral(" (%1)").arg(r.target.alias);
    return QStringLiteral("%1 %2 %3").arg(name, -28).arg(nodeStateLabel(r.state), -14).arg(what);
}

// One line per probed node: what it runs, else why it cannot take images (or why the probe failed).
QString probeLine(const NodeProbeOutcome &o)
{
    const QString what = o.ok() ? o.facts.summary() : o.failure.message;
    return QStringLiteral("%1 %2 %3")
        .arg(o.display, -28)
        .arg(o.ok()            ? QStringLiteral("PROBED")
                 : o.facts.valid ? QStringLiteral("CANNOT PUSH")
                                 : QStringLiteral("NOT PROBED"),
             -14)
        .arg(what);
}

bool parsePorts(const QString &text, QList<quint16> *ports)
{
    ports->clear();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const uint port = part.trimmed().toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return false;
        if (!ports->contains(quint16(port)))
            ports->append(quint16(port));
    }
    return !ports->isEmpty();
}

} // namespace

int runScan(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Find the nodes on the network and whether they run the Fleet "
                                                    "Agent; records them in the history.\nTARGET: ")
                                     + TargetArguments::syntax());
    const QCommandLineOption ports(QStringLiteral("ports"), QStringLiteral("SSH ports to try (comma list)."),
                                   QStringLiteral("LIST"), QStringLiteral("22"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
                                     QStringLiteral("Bound on each connect."), QStringLiteral("MS"),
                                     QStringLiteral("400"));
    const QCommandLineOption readTimeout(QStringLiteral("read-timeout-ms"),
                                         QStringLiteral("Bound on reading a banner once connected."),
                                         QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Sockets in flight."),
                                         QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Allow ranges wider than /16."));
    const QCommandLineOption fixed(QStringLiteral("fixed-timeout"),
                                   QStringLiteral("Always wait the full timeout (no RTT-based shortening)."));
    const QCommandLineOption probe(QStringLiteral("probe"),
                                   QStringLiteral("Then probe every node that answered SSH (runtime, access, space: "
                                                  "as fleetctl probe) and record it."));
    parser.addOptions({ports, timeout, readTimeout, concurrency, force, fixed, probe});
    parser.addPositionalArgument(QStringLiteral("targets"), TargetArguments::syntax(), QStringLiteral("TARGET..."));
    if (!parseCommand(parser, context, args))
        return ExitUsage;

    ScanParams params;
    params.words = parser.positionalArguments().mid(1);
    params.dbPath = context.dbPath;
    params.policy.force = parser.isSet(force);
    params.probeNodes = parser.isSet(probe);
    params.probeContext = context.action();
    ScanOptions &options = params.options;
    options.adaptiveTimeout = !parser.isSet(fixed);
    if (params.words.isEmpty())
        return context.fail(ExitUsage, QStringLiteral("scan needs at least one TARGET: ") + TargetArguments::syntax());
    if (!parsePorts(parser.value(ports), &options.sshPorts))
        return context.fail(ExitUsage, QStringLiteral("--ports wants numbers from 1 to 65535, e.g. 22,2222"));
    if (!intOption(context, parser, timeout, 10, 60000, &options.timeoutMs)
        || !intOption(context, parser, readTimeout, 10, 60000, &options.readTimeoutMs)
        || !intOption(context, parser, concurrency, 1, 16384, &options.concurrency))
        return ExitUsage;

    const bool tty = !context.json && isatty(STDERR_FILENO);
    SignalCancel interrupt; // Ctrl-C stops the probing; what was found is kept and recorded
    params.cancel = interrupt.flag();
    ScanCallbacks callbacks;
    callbacks.progress = [&](const ScanProgress &p) {
        if (context.json)
            context.printJson({{QStringLiteral("type"), QStringLiteral("progress")},
                               {QStringLiteral("done"), qint64(p.done)},
                               {QStringLiteral("total"), qint64(p.total)},
                               {QStringLiteral("found"), qint64(p.found)}});
        else if (tty)
            std::fprintf(stderr, "\r\033[Kscanning: %llu/%llu addresses, %llu found", qulonglong(p.done),
                         qulonglong(p.total), qulonglong(p.found));
    };
    callbacks.found = [&](const ScanResult &result) {
        if (tty)
            std::fputs("\r\033[K", stderr);
        if (context.json)
            context.printJson(RecordJson::node(result));
        else
            context.say(resultLine(result));
    };
    callbacks.nodeProbing = [&](int nodes) {
        if (tty)
            std::fprintf(stderr, "\r\033[Kprobing %d nodes over SSH…", nodes);
    };
    const ScanOutcome outcome = NodeScan::run(params, callbacks);
    if (tty)
        std::fputs("\r\033[K", stderr);
    for (const NodeProbeOutcome &node : outcome.probes) {
        if (context.json)
            context.printJson(RecordJson::nodeProbe(node));
        else
            context.say(probeLine(node));
    }
    for (const QString &line : outcome.notes)
        context.warn(line);
    if (outcome.failure.kind == FailureKind::Usage || (outcome.scanId <= 0 && !outcome.ok()))
        return context.fail(outcome.failure); // nothing was scanned

    const ScanSummary &summary = outcome.summary;
    if (context.json) {
        ScanRecord record;
        record.id = outcome.scanId;
        record.targets = params.words;
        record.durationMs = summary.elapsedMs;
        record.hostsTotal = int(qMin<quint64>(summary.progress.done, INT_MAX));
        record.found = int(summary.progress.found);
        record.online = outcome.online;
        record.notInstalled = outcome.notInstalled;
        record.unreachable = outcome.unreachable;
        record.offline = int(outcome.offline.size());
        record.error = outcome.failure.message;
        context.printJson(RecordJson::scan(record));
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("scan_id"), outcome.scanId},
                           {QStringLiteral("total"), qint64(summary.progress.total)},
                           {QStringLiteral("done"), qint64(summary.progress.done)},
                           {QStringLiteral("found"), qint64(summary.progress.found)},
                           {QStringLiteral("online"), outcome.online},
                           {QStringLiteral("not_installed"), outcome.notInstalled},
                           {QStringLiteral("unreachable"), outcome.unreachable},
                           {QStringLiteral("offline"), QJsonArray::fromStringList(outcome.offline)},
                           {QStringLiteral("cancelled"), summary.cancelled},
                           {QStringLiteral("duration_ms"), summary.elapsedMs},
                           {QStringLiteral("timeout_ms"), summary.finalTimeoutMs}});
    } else {
        for (const QString &address : outcome.offline)
            context.say(QStringLiteral("%1 %2 seen before, silent now").arg(address, -28).arg(
                nodeStateLabel(NodeState::Offline), -14));
        context.say(QStringLiteral("%1 %2 of %3 addresses in %4 s: %5 found (%6 online, %7 not installed, "
                                   "%8 unreachable), %9 now offline")
                        .arg(summary.cancelled ? QStringLiteral("cancelled after") : QStringLiteral("scanned"))
                        .arg(summary.progress.done)
                        .arg(summary.progress.total)
                        .arg(summary.elapsedMs / 1000.0, 0, 'f', 2)
                        .arg(summary.progress.found)
                        .arg(outcome.online)
                        .arg(outcome.notInstalled)
                        .arg(outcome.unreachable)
                        .arg(outcome.offline.size()));
    }
    if (interrupt.received())
        return interrupt.exitStatus();
    if (outcome.failure.kind == FailureKind::Cancelled)
        return ExitFailed;
    return outcome.ok() ? ExitOk : context.fail(outcome.failure);
}

} // namespace fleet::cli
