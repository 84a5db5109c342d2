#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleet {

// What the Discovery dialog proposes before anyone types: the workstation's own connected IPv4 subnets and the
// user's SSH files. The proposal is a pure function of what it is given (tests pass made-up interfaces); only
// `forThisWorkstation` looks at the machine. Nothing here scans.
struct ScanProposal
{
    struct Interface
    {
        QString name;
        bool up = false;      // IsUp and IsRunning: connected
        bool loopback = false;
        QList<QPair<QHostAddress, int>> addresses; // address and prefix length; IPv6 entries are ignored
    };

    QStringList targets; // CIDR words, e.g. "0.10.20.0/24"
    QStringList sources; // "ssh_config", "known_hosts" (the dialog's source names)

    // Each connected, non-loopback, non-container-bridge interface's IPv4 network, narrowed to the /24 around the
    // workstation's address (a /16 would be 65,536 probes), without link-local (169.254/16) or single-host
    // (/31, /32) networks, each once, in interface order. The SSH files are proposed when they exist.
    static ScanProposal propose(const QList<Interface> &interfaces, bool hasSshConfig, bool hasKnownHosts);

    static QList<Interface> systemInterfaces(); // QNetworkInterface::allInterfaces()
    static ScanProposal forThisWorkstation();   // systemInterfaces() and ~/.ssh/config, ~/.ssh/known_hosts
};

} // namespace fleet
