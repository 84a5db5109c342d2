#include "docker/RuntimeCommand.h"

namespace fleet {

RuntimeCommand RuntimeCommand::fromProbe(const NodeProbeReply &reply)
{
    RuntimeCommand c;
    if (reply.valid && reply.runtime == NodeProbeReply::Runtime::Podman)
        c.m_runtime = NodeProbeReply::Runtime::Podman;
    c.m_sudo = reply.valid && reply.runtime == NodeProbeReply::Runtime::Docker
        && reply.access == NodeProbeReply::Access::Sudo;
    return c;
}

QString RuntimeCommand::cli() const
{
    if (m_runtime == NodeProbeReply::Runtime::Podman)
        return QStringLiteral("podman");
    return m_sudo ? QStringLiteral("sudo -n docker") : QStringLiteral("docker");
}

QString RuntimeCommand::normalizeId(const QString &id)
{
    static const QLatin1String prefix("sha256:");
    if (id.size() == 64 && !id.startsWith(prefix))
        return prefix + id;
    return id;
}

} // namespace fleet
