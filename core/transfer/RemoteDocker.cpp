#include "transfer/RemoteDocker.h"

#include "util/ShellQuote.h"

namespace fleet {

RemoteDocker::RemoteDocker(SshSession &session, RuntimeCommand runtime)
    : m_session(session)
    , m_runtime(runtime)
{
}

QString RemoteDocker::explain(const QString &node, const QString &what, const RemoteResult &result)
{
    if (!result.error.ok())
        return result.error.message;
    return explain(node, what, result.err.isEmpty() ? result.out : result.err, result.exitStatus);
}

QString RemoteDocker::explain(const QString &node, const QString &what, const QByteArray &stderrData, int status)
{
    const QString text = QString::fromUtf8(stderrData).trimmed();
    const QString last = text.section(QLatin1Char('\n'), -1).trimmed().left(400);
    if (text.contains(QLatin1String("Cannot connect to the Docker daemon"))
        || text.contains(QLatin1String("docker.sock: connect")))
        return QStringLiteral("%1: %2 failed: the Docker daemon on the node is not running (%3). Start it there "
                              "(systemctl start docker) and retry.").arg(node, what, last);
    if (daemonWentAway(stderrData))
        return QStringLiteral("%1: %2 failed: the Docker daemon on the node went away while it worked (%3).%4 Check "
                              "why it stopped (its log, systemctl status docker), start it again and retry.")
            .arg(node, what, last,
                 what.contains(QLatin1String("docker load")) ? QStringLiteral(" Nothing partial was loaded.")
                                                             : QString());
    if (text.contains(QLatin1String("no space left on device"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("No space left"))) {
        // docker load fills the daemon's data root; an scp upload the node's temp dir, which stream mode skips.
        if (what.contains(QLatin1String("docker load")))
            return QStringLiteral("%1: %2 failed: the node's disk is full (%3). Free space in its Docker data root "
                                  "(docker image prune; docker system df shows what uses it), then retry.")
                .arg(node, what, last);
        return QStringLiteral("%1: %2 failed: the node's disk is full (%3). Free space there (docker image prune, "
                              "or clean its temp dir) or push in stream mode, then retry.").arg(node, what, last);
    }
    // docker load's words for an archive whose bytes are wrong (a layer that does not match its digest, a tar
    // that ends early): the archive, not the connection.
    if (what.contains(QLatin1String("docker load")) && archiveDamaged(stderrData))
        return QStringLiteral("%1: %2 failed: the archive is damaged (%3). Nothing was loaded. Make it again with "
                              "`docker save`, or push the image from the local engine.").arg(node, what, last);
    // `--gpus` on a daemon without the NVIDIA Container Toolkit: "could not select device driver "" with
    // capabilities: [[gpu]]".
    if (text.contains(QLatin1String("could not select device driver")) && text.contains(QLatin1String("gpu")))
        return QStringLiteral("%1: %2 failed: the node's Docker cannot give containers a GPU (%3): it has no GPU, or "
                              "the NVIDIA Container Toolkit is not installed there. Install the GPU's driver and the "
                              "toolkit on the node (nvidia-ctk runtime configure; systemctl restart docker), or run "
                              "the image without a GPU (--no-gpu).").arg(node, what, last);
    if (status == 127 || text.contains(QLatin1String("docker: command not found"))
        || text.contains(QLatin1String("docker: not found")))
        return QStringLiteral("%1: %2 failed: docker is not installed on the node (or not on its PATH). Install "
                              "Docker there and retry.").arg(node, what);
    if (text.contains(QLatin1String("permission denied"), Qt::CaseInsensitive) && text.contains(QLatin1String("docker")))
        return QStringLiteral("%1: %2 failed: the SSH user may not use docker (%3). Add it to the docker group on "
                              "the node, or connect as another user.").arg(node, what, last);
    return QStringLiteral("%1: %2 failed (exit %3): %4").arg(node, what).arg(status).arg(
        last.isEmpty() ? QStringLiteral("no error output") : last);
}

bool RemoteDocker::isPermanent(const QByteArray &stderrData)
{
    return stderrData.contains("Cannot connect to the Docker daemon") || stderrData.contains("no space left")
        || stderrData.contains("No space left") || stderrData.contains("not found");
}

FailureKind RemoteDocker::failureKind(const RemoteResult &result)
{
    if (!result.error.ok())
        return result.error.failureKind();
    return failureKind(result.err.isEmpty() ? result.out : result.err);
}

bool RemoteDocker::archiveDamaged(const QByteArray &stderrData)
{
    return stderrData.contains("invalid diffID") || stderrData.contains("unexpected EOF")
        || stderrData.contains("archive/tar") || stderrData.contains("invalid tar header")
        || stderrData.contains("checksum");
}

bool RemoteDocker::daemonWentAway(const QByteArray &stderrData)
{
    // The CLI lost its daemon mid-request (killed, crashed): "error during connect: Post …/images/load…: write
    // unix …docker.sock: use of closed network connection", a reset, a broken pipe.
    return stderrData.contains("error during connect")
        || (stderrData.contains(".sock") && (stderrData.contains("use of closed network connection")
                                             || stderrData.contains("connection reset by peer")
                                             || stderrData.contains("broken pipe")));
}

FailureKind RemoteDocker::failureKind(const QByteArray &stderrData)
{
    if (stderrData.contains("Cannot connect to the Docker daemon") || stderrData.contains("docker.sock: connect")
        || daemonWentAway(stderrData))
        return FailureKind::Unreachable;
    return FailureKind::Failed;
}

bool RemoteDocker::imageId(const QString &reference, QString *id, QString *error, QStringList *tags,
                           DaemonInfo *info, NodeLayerSet *layers)
{
    // One round trip answers both questions: is it there, and under which names (and, asked for, what the
    // daemon runs on: its line comes first, marked).
    // (podman's info has other fields: its node's facts come from the probe instead; its `load` is not known to skip
    // layers an archive leaves out, so it is not asked for them either.)
    const QString infoLine = QStringLiteral("fleet-info {{.Architecture}} {{range $k, $v := .Runtimes}}{{$k}},{{end}}");
    const bool askInfo = info && !m_runtime.podman();
    const bool askLayers = layers && !m_runtime.podman();
    // Asked together, both come from one `docker info` (a CLI start is ~50 ms on a small node).
    const QString infoCommand = askInfo && !askLayers
        ? m_runtime.command(QStringLiteral("info --format '%1' 2>/dev/null; ").arg(infoLine))
        : QString();
    const QString inspect = m_runtime.command(QStringLiteral("image inspect --format "
                                                             "'{{.Id}} {{range .RepoTags}}{{.}},{{end}}' "))
        + shellQuote(reference);
    // The node's layers matter only when it lacks the image: a node that has it answers after one `image inspect`
    // and is not asked for its whole store (its "No such image" and the status come from that inspect).
    const QString command = askLayers
        ? QString(NodeLayerSet::storeQuery(m_runtime.cli(), askInfo ? infoLine : QString()) + inspect
                  + QStringLiteral(" && exit 0; ") + NodeLayerSet::layersQuery(m_runtime.cli()) + QStringLiteral("exit 1"))
        : QString(infoCommand + inspect);
    RemoteResult result = m_session.run(command);
    id->clear();
    if (info && result.out.startsWith("fleet-info ")) {
        const qsizetype end = result.out.indexOf('\n');
        const QString line = QString::fromUtf8(result.out.left(end)).trimmed();
        result.out = end < 0 ? QByteArray() : result.out.mid(end + 1);
        info->known = true;
        info->architecture = line.section(QLatin1Char(' '), 1, 1);
        info->runtimes = line.section(QLatin1Char(' '), 2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (layers)
        *layers = NodeLayerSet::parse(result.out, &result.out);
    if (result.ok()) {
        const QString line = QString::fromUtf8(result.out.trimmed());
        *id = RuntimeCommand::normalizeId(line.section(QLatin1Char(' '), 0, 0));
        if (tags)
            *tags = line.section(QLatin1Char(' '), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        return true;
    }
    // "Error: No such image" (exit 1) is an answer, not a failure.
    // podman: "image not known".
    if (result.error.ok() && (result.err.contains("No such image") || result.err.contains("No such object")
                              || result.err.contains("image not known")))
        return true;
    *error = explain(m_session.target().display(), QStringLiteral("checking for the image"), result);
    return false;
}

QString RemoteDocker::unpackCommand(const RuntimeCommand &runtime, const QString &image)
{
    return QStringLiteral("c=$(%1) && %2 >/dev/null")
        .arg(runtime.command(QStringLiteral("create --pull=never --entrypoint /fleet-unpack ") + shellQuote(image)),
             runtime.command(QStringLiteral("rm \"$c\"")));
}

QString RemoteDocker::runCommand(const QString &image, const RunOptions &options, const QStringList &extraFlags)
{
    QStringList words{QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("-d")};
    words << extraFlags;
    if (!options.name.isEmpty())
        words << QStringLiteral("--name") << options.name;
    for (const QString &port : options.ports)
        words << QStringLiteral("-p") << port;
    for (const QString &env : options.env)
        words << QStringLiteral("-e") << env;
    if (!options.restart.isEmpty())
        words << QStringLiteral("--restart") << options.restart;
    // The image reference was validated (it cannot start with '-'); every word is quoted for the remote shell.
    words << image << options.command;
    return shellJoin(words);
}

bool RemoteDocker::run(const QString &image, const RunOptions &options, const QStringList &flags,
                       QString *containerId, QString *error, RemoteResult *answer)
{
    const RemoteResult result = m_session.run(runCommand(image, options, flags));
    if (answer)
        *answer = result;
    if (!result.ok()) {
        *error = explain(m_session.target().display(), QStringLiteral("starting the container"), result);
        return false;
    }
    *containerId = QString::fromUtf8(result.out.trimmed()).left(12);
    return true;
}

bool RemoteDocker::findContainer(const QString &requestId, QString *containerId, QString *error)
{
    containerId->clear();
    const RemoteResult result = m_session.run(QStringLiteral("docker ps -a --no-trunc --format '{{.ID}}' --filter ")
                                              + shellQuote(QStringLiteral("label=") + requestLabel(requestId)));
    if (!result.ok()) {
        *error = explain(m_session.target().display(), QStringLiteral("looking for an earlier container"), result);
        return false;
    }
    *containerId = QString::fromUtf8(result.out.trimmed()).section(QLatin1Char('\n'), 0, 0).left(12);
    return true;
}

} // namespace fleet
