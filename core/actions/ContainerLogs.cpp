#include "actions/ContainerLogs.h"

#include "actions/NodeContainers.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshSession.h"
#include "transfer/RemoteDocker.h"
#include "util/ShellQuote.h"

namespace fleet {

namespace {

// Printed once the container is known to exist: stderr before it is docker's complaint, after it the container's.
const QByteArray kMarker = QByteArrayLiteral("fleet-logs-start");
constexpr qsizetype kMaxErrorBytes = 16 * 1024;
constexpr int kIdleWaitMs = 100; // the longest a cancel waits
constexpr int kBusyWaitMs = 1;   // while lines pour in: small reads, so nothing piles up here

bool cancelled(const ContainerLogParams &params)
{
    return params.cancel && params.cancel->load();
}

void keepTail(QByteArray *into, const QByteArray &more)
{
    into->append(more);
    if (into->size() > kMaxErrorBytes)
        into->remove(0, into->size() - kMaxErrorBytes);
}

} // namespace

QString ContainerLogs::command(const QString &container, int tail, bool follow, bool timestamps)
{
    QStringList logs{QStringLiteral("docker"), QStringLiteral("logs"), QStringLiteral("--tail"),
                     tail < 0 ? QStringLiteral("all") : QString::number(tail)};
    if (follow)
        logs << QStringLiteral("--follow");
    if (timestamps)
        logs << QStringLiteral("--timestamps");
    logs << QStringLiteral("--");
    // docker logs runs in the background; a watcher reads the channel's stdin (saved as fd 3: a background job's
    // own stdin is /dev/null) and, at its end — the channel closed, for whatever reason — stops docker logs. When
    // docker logs ends first, the watcher goes (its `cat` ends with the channel, and kills nothing).
    return QStringLiteral("c=%1; docker container inspect --format '{{.Id}}' -- \"$c\" >/dev/null || exit $?; "
                          "echo %2; exec 3<&0; %3 \"$c\" & p=$!; "
                          "{ cat <&3 >/dev/null 2>&1; kill $p 2>/dev/null; } >/dev/null 2>&1 & w=$!; exec 3<&-; "
                          "wait $p; s=$?; kill $w 2>/dev/null; exit $s")
        .arg(shellQuote(container), QString::fromLatin1(kMarker), shellJoin(logs));
}

void ContainerLogs::splitLines(QByteArray *pending, const QByteArray &chunk, bool stderrStream,
                               QList<ContainerLogLine> *out)
{
    pending->append(chunk);
    qsizetype from = 0;
    for (;;) {
        const qsizetype newline = pending->indexOf('\n', from);
        const qsizetype end = newline >= 0 ? newline : pending->size();
        if (newline < 0 && end - from < kMaxLineBytes)
            break;
        const qsizetype length = qMin<qsizetype>(end - from, kMaxLineBytes);
        QByteArray line = pending->mid(from, length);
        if (line.endsWith('\r'))
            line.chop(1);
        out->append(ContainerLogLine{stderrStream, QString::fromUtf8(line)});
        from += length + (newline >= 0 && from + length == newline ? 1 : 0);
    }
    pending->remove(0, from);
}

ContainerLogResult ContainerLogs::read(const ContainerLogParams &params)
{
    ContainerLogResult result;
    result.node = params.node;
    result.container = params.container;
    const SshTarget target = params.context.target(params.node);
    result.display = target.display();
    if (const Failure bad = NodeContainers::checkContainerName(params.container); !bad.ok()) {
        result.failure = bad;
        return result;
    }
    if (params.tail < -1 || params.tail > kMaxTail) {
        result.failure = Failure::make(FailureKind::Usage, tr("the number of lines to show must be from 0 to %1, "
                                                              "not %2").arg(kMaxTail).arg(params.tail));
        return result;
    }
    const Failure stopped = Failure::make(FailureKind::Cancelled, tr("%1: cancelled").arg(result.display));
    if (cancelled(params)) {
        result.failure = stopped;
        return result;
    }
    SshSession session(target, params.context.ssh);
    if (!session.connect()) {
        result.failure = Failure::make(session.error().failureKind(), session.error().message);
        return result;
    }
    RemoteProcess process(session, 8 << 20);
    if (!process.start(command(params.container, params.tail, params.follow, params.timestamps))) {
        result.failure = Failure::make(process.error().failureKind(), process.error().message);
        return result;
    }

    bool started = false;
    QByteArray preamble;  // stdout before the marker (a chatty login script, then the marker)
    QByteArray early;     // stderr before the marker: docker's reason
    QByteArray lastError; // the tail of stderr after it, for a docker logs that fails midway
    QByteArray outPending, errPending;
    bool busy = false;
    for (;;) {
        if (cancelled(params)) {
            result.failure = stopped; // the process's destructor closes the channel: the node-side watcher acts
            return result;
        }
        const RemoteProcess::Poll state = process.poll(busy ? kBusyWaitMs : kIdleWaitMs);
        QByteArray out = process.takeStdout();
        QByteArray err = process.takeStderr();
        busy = !out.isEmpty() || !err.isEmpty();
        if (!started) {
            preamble.append(out);
            out.clear();
            qsizetype newline;
            while (!started && (newline = preamble.indexOf('\n')) >= 0) {
                started = preamble.left(newline).trimmed() == kMarker;
                preamble.remove(0, newline + 1);
            }
            if (started) {
                out = std::exchange(preamble, {});
                err.prepend(std::exchange(early, {})); // the container's, as the marker came first
            } else {
                if (preamble.size() > kMaxLineBytes)
                    preamble.clear();
                keepTail(&early, err);
                err.clear();
            }
        }
        if (started) {
            keepTail(&lastError, err);
            QList<ContainerLogLine> batch;
            splitLines(&outPending, out, false, &batch);
            splitLines(&errPending, err, true, &batch);
            result.lines += batch.size();
            if (!batch.isEmpty() && params.lines)
                params.lines(batch);
        }
        if (state == RemoteProcess::Poll::Running)
            continue;
        if (state == RemoteProcess::Poll::Failed) {
            const SshError &error = process.error().ok() ? session.error() : process.error();
            result.failure = Failure::make(error.failureKind(), error.message);
            return result;
        }
        break;
    }
    QList<ContainerLogLine> rest;
    if (!outPending.isEmpty())
        rest << ContainerLogLine{false, QString::fromUtf8(outPending)};
    if (!errPending.isEmpty())
        rest << ContainerLogLine{true, QString::fromUtf8(errPending)};
    result.lines += rest.size();
    if (!rest.isEmpty() && params.lines)
        params.lines(rest);

    const int status = process.exitStatus();
    if (status == 0 && started)
        return result;
    RemoteResult failed;
    failed.exitStatus = status;
    failed.err = started ? lastError : early;
    const FailureKind kind = failed.err.contains("No such container") ? FailureKind::Failed
                                                                      : RemoteDocker::failureKind(failed);
    result.failure = Failure::make(kind, NodeContainers::explain(result.display,
                                                                 tr("docker logs %1").arg(params.container),
                                                                 params.container, failed));
    return result;
}

} // namespace fleet
