#pragma once

#include "nodes/NodeProbeReply.h"

#include <QString>

namespace fleet {

// The words that start a container-runtime command on a node, chosen once from its probe facts: `docker` (root,
// the docker group), `sudo -n docker` (docker allowed through sudo without a password) or `podman` (which loads a
// docker-archive as it is). Every node command of a push that names the runtime takes its words from here.
class RuntimeCommand final
{
public:
    RuntimeCommand() = default; // plain docker: what a node that was never probed gets
    static RuntimeCommand fromProbe(const NodeProbeReply &reply);

    // "docker", "sudo -n docker", "podman": safe words, no quoting needed.
    QString cli() const;
    // `<cli> WORDS`: WORDS are already quoted by the caller.
    QString command(const QString &words) const { return cli() + QLatin1Char(' ') + words; }
    QString load() const { return command(QStringLiteral("load")); }
    QString loadFile(const QString &quotedPath) const { return command(QStringLiteral("load -i ") + quotedPath); }

    bool podman() const { return m_runtime == NodeProbeReply::Runtime::Podman; }
    bool sudo() const { return m_sudo; }
    // podman reports image IDs without docker's "sha256:" prefix: the same ID, written so it compares equal.
    static QString normalizeId(const QString &id);

private:
    NodeProbeReply::Runtime m_runtime = NodeProbeReply::Runtime::Docker;
    bool m_sudo = false;
};

} // namespace fleet
