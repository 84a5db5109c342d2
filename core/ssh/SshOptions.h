#pragma once

#include <QString>
#include <functional>

namespace fleet {

// Where to connect.
struct SshTarget
{
    QString host;
    quint16 port = 22;
    QString user; // empty: the local user name

    QString display() const
    {
        return port == 22 ? host : QStringLiteral("%1:%2").arg(host).arg(port);
    }
    // "host", "host:port", "user@host[:port]"; a bare IPv6 address keeps its colons.
    static SshTarget parse(const QString &node, const QString &defaultUser = {});
};

// What to do with a host key that is not in known_hosts yet. A key that differs from the recorded one is
// always refused, whatever the policy.
enum class UnknownHostKeyPolicy {
    Refuse,     // fail with the fingerprint in the message (the CLI default; `fleetctl trust` records it)
    Ask,        // call SshOptions::confirmUnknownHostKey (the GUI's trust-on-first-use dialog)
    TrustAndRecord, // record without asking (only for `fleetctl trust`, after the user saw the fingerprint)
};

struct SshOptions
{
    QString identityFile;     // private key; empty: libssh's defaults (agent, ~/.ssh/id_*)
    QString knownHostsFile;   // empty: ~/.ssh/known_hosts
    int connectTimeoutMs = 5000;
    UnknownHostKeyPolicy unknownHostKey = UnknownHostKeyPolicy::Refuse;
    // Called on the session's thread with host and SHA256 fingerprint; return true to trust and record.
    std::function<bool(const QString &host, const QString &fingerprint)> confirmUnknownHostKey;
    // Per-host settings of the desktop (fleetctl and the tests leave it empty, so their files are the only ones):
    // an OpenSSH client config (~/.ssh/config) whose matching Host blocks give HostName, Port (when the target says
    // 22), User (when the target names none), IdentityFile (when `identityFile` is empty) and ProxyJump (through
    // the system's ssh -W, with the same config).
    QString clientConfigFile;
    // A node's own identity, else its group's (NodeIdentities), by the target's host; a non-empty answer wins over
    // `identityFile` and the config. Called on the session's thread.
    std::function<QString(const QString &host)> identityFor;
};

} // namespace fleet
