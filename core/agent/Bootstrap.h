#pragma once

#include "agent/AgentProtocol.h"
#include "agent/RemoteAgentLayout.h"
#include "ssh/SshError.h"

#include <QString>

namespace fleet {

class SecretStore;
class SshSession;

struct BootstrapOptions
{
    QString agentBinary;  // local fleet-agent to upload (AgentBinary::locate() if empty)
    quint16 port = AgentProtocol::kDefaultPort;
    QString bind;         // empty: the node address this SSH connection reached
    QString installDir;   // empty: see RemoteAgentLayout::probeCommand
    int verifyTimeoutMs = 8000;
};

struct BootstrapResult
{
    bool ok = false;
    QString message;     // for a person: what happened, and on failure why and what to do
    SshError sshError;   // set when the failure was the SSH transport
    QString action;      // installed, upgraded, reconfigured, unchanged, removed, running, stopped, not-installed
    QString installDir;
    QString arch;
    QString service;     // systemd or background
    QString fingerprint; // pinned certificate
    QString reference;   // what history may store (SecretStore::referenceFor)
    QString agentVersion;
    qint64 pid = 0;
    bool binaryChanged = false;
    bool configChanged = false;
    bool certificateCreated = false;
};

// Installs, checks and removes fleet-agent on a node over an authenticated SSH session (which the caller
// connected, host key checked). Idempotent: a second install changes nothing; a different binary is an
// upgrade in place; the token and certificate survive both. Runs on the session's thread.
class Bootstrap final
{
public:
    Bootstrap(SshSession &session, SecretStore &secrets);

    BootstrapResult install(const BootstrapOptions &options);
    BootstrapResult status(const BootstrapOptions &options);
    BootstrapResult remove(const BootstrapOptions &options);

private:
    bool probe(const BootstrapOptions &options, AgentHostProbe &probe, BootstrapResult &result);
    bool run(const QString &command, BootstrapResult &result, QByteArray *out = nullptr,
             const QByteArray &input = {});
    bool uploadFile(const QString &localPath, const QString &target, const QString &mode, BootstrapResult &result);
    bool ensureCertificate(const RemoteAgentLayout &layout, const AgentHostProbe &probe, BootstrapResult &result);
    bool makeCertificateLocally(const RemoteAgentLayout &layout, BootstrapResult &result);
    bool fail(BootstrapResult &result, const QString &message);

    SshSession &m_session;
    SecretStore &m_secrets;
};

} // namespace fleet
