#pragma once

#include "model/Job.h"
#include "ssh/SshSession.h"

#include <QString>

namespace fleet {

// The node's docker, driven through SSH commands. Builds every command line from quoted values and turns the
// node's error output into messages that name the cause and the fix.
class RemoteDocker final
{
public:
    explicit RemoteDocker(SshSession &session);

    // The ID of `reference` on the node (empty if absent) and the names it carries there. False (with `error`)
    // if docker itself fails.
    bool imageId(const QString &reference, QString *id, QString *error, QStringList *tags = nullptr);
    // `docker run -d …` for the run stage; returns the container ID.
    bool run(const QString &image, const RunOptions &options, QString *containerId, QString *error);

    static QString runCommand(const QString &image, const RunOptions &options);
    static QString loadCommand() { return QStringLiteral("docker load"); }
    // Explains a failed docker command on `node` from its stderr: daemon down, disk full, permission…
    static QString explain(const QString &node, const QString &what, const RemoteResult &result);
    static QString explain(const QString &node, const QString &what, const QByteArray &stderrData, int status);
    // True when a failure is about the node's state (disk full, daemon down), not the connection: no retry.
    static bool isPermanent(const QByteArray &stderrData);

private:
    SshSession &m_session;
};

} // namespace fleet
