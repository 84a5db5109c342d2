#include "transfer/RemoteDocker.h"

#include "util/ShellQuote.h"

namespace fleet {

RemoteDocker::RemoteDocker(SshSession &session)
    : m_session(session)
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
    if (text.contains(QLatin1String("no space left on device"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("No space left")))
        return QStringLiteral("%1: %2 failed: the node's disk is full (%3). Free space there (docker image prune, "
                              "or clean its temp dir) or push in stream mode, then retry.").arg(node, what, last);
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

bool RemoteDocker::imageId(const QString &reference, QString *id, QString *error, QStringList *tags)
{
    // One round trip answers both questions: is it there, and under which names.
    const RemoteResult result = m_session.run(QStringLiteral("docker image inspect --format "
                                                             "'{{.Id}} {{range .RepoTags}}{{.}},{{end}}' ")
                                              + shellQuote(reference));
    id->clear();
    if (result.ok()) {
        const QString line = QString::fromUtf8(result.out.trimmed());
        *id = line.section(QLatin1Char(' '), 0, 0);
        if (tags)
            *tags = line.section(QLatin1Char(' '), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        return true;
    }
    // "Error: No such image" (exit 1) is an answer, not a failure.
    if (result.error.ok() && (result.err.contains("No such image") || result.err.contains("No such object")))
        return true;
    *error = explain(m_session.target().display(), QStringLiteral("checking for the image"), result);
    return false;
}

QString RemoteDocker::runCommand(const QString &image, const RunOptions &options)
{
    QStringList words{QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("-d")};
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

bool RemoteDocker::run(const QString &image, const RunOptions &options, QString *containerId, QString *error)
{
    const RemoteResult result = m_session.run(runCommand(image, options));
    if (!result.ok()) {
        *error = explain(m_session.target().display(), QStringLiteral("starting the container"), result);
        return false;
    }
    *containerId = QString::fromUtf8(result.out.trimmed()).left(12);
    return true;
}

} // namespace fleet
