#pragma once

#include "model/NodeState.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fleet {

// One address to probe, with what the target sources knew about it.
struct ScanTarget
{
    QHostAddress address;
    quint16 port = 0; // an explicit SSH port (host:port, ssh_config Port); 0: the scan's ports
    QString user, alias, source;
};

struct ScanOptions
{
    QList<quint16> sshPorts{22}; // tried on every address without an explicit port
    quint16 agentPort = 7780;    // 0: don't probe for the agent
    int concurrency = 256;       // sockets in flight
    int timeoutMs = 400;         // bound on a connect (per host and port)
    // Bound on the banner / agent greeting once connected: sshd forks and re-executes itself for every connection,
    // which takes far longer than a round trip on a busy or small node; only hosts that accept and then stay
    // silent ever wait this long. Also bounds each wss agent's TLS banner read (AgentBannerReader).
    int readTimeoutMs = 1000;
    // Shrink the connect bound towards `minTimeoutMs` once hosts have answered (RTT × margin), as nmap does.
    bool adaptiveTimeout = true;
    int minTimeoutMs = 100;
    int progressIntervalMs = 100;
};

// A host that answered on some port. Silent and refusing addresses produce no result.
struct ScanResult
{
    ScanTarget target;
    QString address;      // the address as text ("127.0.78.11", "::1")
    quint16 sshPort = 0;  // the port that answered with an SSH banner (or was open), 0 if none
    NodeState state = NodeState::Unknown; // Online, NotInstalled or Unreachable
    QString sshBanner;    // "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3", control characters replaced
    QString agentVersion; // "v1" from the agent's banner (plain or wss); empty when only its port was open
    bool agentPortOpen = false;
    QString detail;       // why UNREACHABLE ("port 22 accepted but sent no SSH banner within 400 ms")
    int rttMicros = -1;   // connect round trip of the first answer
};

struct ScanProgress
{
    quint64 done = 0, total = 0, found = 0;
};

struct ScanSummary
{
    ScanProgress progress;
    bool cancelled = false;
    qint64 elapsedMs = 0;
    int finalTimeoutMs = 0; // the adaptive connect bound at the end (for the curious and the bench)
    QStringList errors;     // local failures (out of file descriptors, …)
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::ScanResult)
Q_DECLARE_METATYPE(fleet::ScanProgress)
Q_DECLARE_METATYPE(fleet::ScanSummary)
