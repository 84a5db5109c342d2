// fleetctl scan TARGET... [--ports 22] [--timeout-ms N] [--read-timeout-ms N] [--concurrency N] [--force] [--json]
#include "Commands.h"

#include "discovery/ScanRecorder.h"
#include "discovery/Scanner.h"
#include "discovery/TargetArguments.h"
#include "history/HistoryStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace fleet::cli {

namespace {

std::atomic<Scanner *> g_running{nullptr};

// Ctrl-C cancels the scan (ScanEngine::cancel is an atomic store and an eventfd write: signal-safe).
extern "C" void onInterrupt(int)
{
    if (Scanner *scanner = g_running.load())
        scanner->cancel();
}

QJsonObject resultJson(const ScanResult &r)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("node")},
                  {QStringLiteral("address"), r.address},
                  {QStringLiteral("port"), int(r.sshPort)},
                  {QStringLiteral("state"), nodeStateName(r.state)},
                  {QStringLiteral("banner"), r.sshBanner},
                  {QStringLiteral("agentPortOpen"), r.agentPortOpen},
                  {QStringLiteral("agentVersion"), r.agentVersion},
                  {QStringLiteral("rttMs"), r.rttMicros / 1000.0},
                  {QStringLiteral("source"), r.target.source}};
    if (!r.target.alias.isEmpty())
        o.insert(QStringLiteral("alias"), r.target.alias);
    if (!r.target.user.isEmpty())
        o.insert(QStringLiteral("user"), r.target.user);
    if (!r.detail.isEmpty())
        o.insert(QStringLiteral("detail"), r.detail);
    return o;
}

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

int runScan(const CliContext &global, const QStringList &args)
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
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object per line."));
    parser.addOptions({ports, timeout, readTimeout, concurrency, force, fixed, json});
    parser.addPositionalArgument(QStringLiteral("targets"), TargetArguments::syntax(), QStringLiteral("TARGET..."));
    if (!parseCommand(parser, global, args))
        return ExitUsage;
    CliContext context = global;
    context.json = global.json || parser.isSet(json);
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.isEmpty())
        return context.fail(ExitUsage, QStringLiteral("scan needs at least one TARGET: ") + TargetArguments::syntax());

    ScanOptions options;
    bool okTimeout = false, okRead = false, okConcurrency = false;
    options.timeoutMs = parser.value(timeout).toInt(&okTimeout);
    options.readTimeoutMs = parser.value(readTimeout).toInt(&okRead);
    options.concurrency = parser.value(concurrency).toInt(&okConcurrency);
    options.adaptiveTimeout = !parser.isSet(fixed);
    if (!parsePorts(parser.value(ports), &options.sshPorts))
        return context.fail(ExitUsage, QStringLiteral("--ports wants numbers from 1 to 65535, e.g. 22,2222"));
    if (!okTimeout || options.timeoutMs < 10 || options.timeoutMs > 60000)
        return context.fail(ExitUsage, QStringLiteral("--timeout-ms wants a number from 10 to 60000"));
    if (!okRead || options.readTimeoutMs < 10 || options.readTimeoutMs > 60000)
        return context.fail(ExitUsage, QStringLiteral("--read-timeout-ms wants a number from 10 to 60000"));
    if (!okConcurrency || options.concurrency < 1 || options.concurrency > 16384)
        return context.fail(ExitUsage, QStringLiteral("--concurrency wants a number from 1 to 16384"));

    TargetSet targets(TargetPolicy{parser.isSet(force), false}, options.sshPorts);
    QStringList notes, warnings;
    QString error;
    for (const QString &word : words)
        if (!TargetArguments::add(targets, word, &notes, &warnings, &error))
            return context.fail(ExitUsage, error);
    const bool prepared = targets.prepare(&warnings, &error);
    for (const QString &line : std::as_const(notes) + warnings) {
        if (context.json)
            context.printJson({{QStringLiteral("type"), QStringLiteral("warning")}, {QStringLiteral("message"), line}});
        else
            std::fprintf(stderr, "fleetctl: %s\n", qPrintable(line));
    }
    if (!prepared)
        return context.fail(ExitUsage, error);
    if (targets.isEmpty())
        return context.fail(ExitUsage, QStringLiteral("the targets name no address to scan"));

    HistoryStore store;
    ScanRecorder recorder(store);
    const bool tty = !context.json && isatty(STDERR_FILENO);
    Scanner scanner;
    QEventLoop loop;
    ScanSummary summary;
    QList<ScanResult> found;
    QObject::connect(&scanner, &Scanner::progressChanged, &loop, [&](const ScanProgress &p) {
        if (context.json)
            context.printJson({{QStringLiteral("type"), QStringLiteral("progress")},
                               {QStringLiteral("done"), qint64(p.done)},
                               {QStringLiteral("total"), qint64(p.total)},
                               {QStringLiteral("found"), qint64(p.found)}});
        else if (tty)
            std::fprintf(stderr, "\r\033[Kscanning: %llu/%llu addresses, %llu found", qulonglong(p.done),
                         qulonglong(p.total), qulonglong(p.found));
    });
    QObject::connect(&scanner, &Scanner::nodeFound, &loop, [&](const ScanResult &result) {
        found << result;
        recorder.record(result);
        if (tty)
            std::fputs("\r\033[K", stderr);
        if (context.json)
            context.printJson(resultJson(result));
        else
            context.say(resultLine(result));
    });
    QObject::connect(&scanner, &Scanner::finished, &loop, [&](const ScanSummary &s) {
        summary = s;
        loop.quit();
    });
    g_running.store(&scanner);
    struct sigaction action{};
    action.sa_handler = onInterrupt;
    struct sigaction previous{};
    sigaction(SIGINT, &action, &previous);
    // The scan starts first: opening the history and its first write (a WAL header fsync) overlap the probing.
    // Results are queued to this thread and recorded once the loop below runs.
    scanner.start(targets, options);
    QString historyError;
    if (!store.open(context.dbPath))
        historyError = store.errorString(); // names the file, the cause and the fix
    else if (!recorder.begin(words))
        historyError = QStringLiteral("cannot record the scan in %1: %2").arg(context.dbPath, recorder.errorString());
    if (!historyError.isEmpty()) {
        scanner.cancel();
        scanner.join();
        sigaction(SIGINT, &previous, nullptr);
        g_running.store(nullptr);
        return context.fail(ExitFailed, historyError);
    }
    loop.exec();
    sigaction(SIGINT, &previous, nullptr);
    g_running.store(nullptr);
    if (tty)
        std::fputs("\r\033[K", stderr);

    QStringList offline;
    const bool recorded = recorder.finish(targets, summary, &offline);
    int online = 0, notInstalled = 0, unreachable = 0;
    for (const ScanResult &r : std::as_const(found))
        (r.state == NodeState::Online ? online : r.state == NodeState::NotInstalled ? notInstalled : unreachable)++;
    if (context.json) {
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("scanId"), recorder.scanId()},
                           {QStringLiteral("total"), qint64(summary.progress.total)},
                           {QStringLiteral("done"), qint64(summary.progress.done)},
                           {QStringLiteral("found"), qint64(summary.progress.found)},
                           {QStringLiteral("online"), online},
                           {QStringLiteral("notInstalled"), notInstalled},
                           {QStringLiteral("unreachable"), unreachable},
                           {QStringLiteral("offline"), QJsonArray::fromStringList(offline)},
                           {QStringLiteral("cancelled"), summary.cancelled},
                           {QStringLiteral("durationMs"), summary.elapsedMs},
                           {QStringLiteral("timeoutMs"), summary.finalTimeoutMs}});
    } else {
        for (const QString &address : std::as_const(offline))
            context.say(QStringLiteral("%1 %2 seen before, silent now").arg(address, -28).arg(
                nodeStateLabel(NodeState::Offline), -14));
        context.say(QStringLiteral("%1 %2 of %3 addresses in %4 s: %5 found (%6 online, %7 not installed, "
                                   "%8 unreachable), %9 now offline")
                        .arg(summary.cancelled ? QStringLiteral("cancelled after") : QStringLiteral("scanned"))
                        .arg(summary.progress.done)
                        .arg(summary.progress.total)
                        .arg(summary.elapsedMs / 1000.0, 0, 'f', 2)
                        .arg(summary.progress.found)
                        .arg(online)
                        .arg(notInstalled)
                        .arg(unreachable)
                        .arg(offline.size()));
    }
    for (const QString &e : std::as_const(summary.errors))
        context.fail(ExitFailed, e);
    if (!recorded)
        return context.fail(ExitFailed, QStringLiteral("the scan ran but could not be recorded in %1: %2")
                                            .arg(context.dbPath, recorder.errorString()));
    return summary.cancelled || !summary.errors.isEmpty() ? ExitFailed : ExitOk;
}

} // namespace fleet::cli
