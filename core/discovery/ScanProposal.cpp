#include "discovery/ScanProposal.h"

#include "discovery/KnownHostsSource.h"
#include "discovery/SshConfigSource.h"

#include <QFileInfo>
#include <QNetworkInterface>

namespace fleet {

namespace {

// Bridges that container engines and hypervisors make on the workstation itself: their subnets hold containers,
// not nodes.
bool isContainerBridge(const QString &name)
{
    static const QStringList prefixes{QStringLiteral("docker"), QStringLiteral("br-"), QStringLiteral("veth"),
                                      QStringLiteral("virbr"), QStringLiteral("cni"), QStringLiteral("podman")};
    for (const QString &prefix : prefixes)
        if (name.startsWith(prefix))
            return true;
    return false;
}

} // namespace

ScanProposal ScanProposal::propose(const QList<Interface> &interfaces, bool hasSshConfig, bool hasKnownHosts)
{
    ScanProposal proposal;
    for (const Interface &interface : interfaces) {
        if (!interface.up || interface.loopback || isContainerBridge(interface.name))
            continue;
        for (const auto &[address, prefixLength] : interface.addresses) {
            bool isIpv4 = false;
            const quint32 ip = address.toIPv4Address(&isIpv4);
            if (!isIpv4 || address.protocol() != QAbstractSocket::IPv4Protocol || prefixLength < 0
                || prefixLength > 30)
                continue;
            if ((ip >> 16) == 0xa9feu || (ip >> 24) == 127u) // link-local, loopback on a non-loopback interface
                continue;
            const int prefix = qMax(24, prefixLength);
            const quint32 mask = ~((1u << (32 - prefix)) - 1);
            const QString word = QStringLiteral("%1/%2").arg(QHostAddress(ip & mask).toString()).arg(prefix);
            if (!proposal.targets.contains(word))
                proposal.targets << word;
        }
    }
    if (hasSshConfig)
        proposal.sources << QStringLiteral("ssh_config");
    if (hasKnownHosts)
        proposal.sources << QStringLiteral("known_hosts");
    return proposal;
}

QList<ScanProposal::Interface> ScanProposal::systemInterfaces()
{
    QList<Interface> interfaces;
    for (const QNetworkInterface &system : QNetworkInterface::allInterfaces()) {
        Interface interface;
        interface.name = system.name();
        const auto flags = system.flags();
        interface.up = flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning);
        interface.loopback = flags.testFlag(QNetworkInterface::IsLoopBack);
        for (const QNetworkAddressEntry &entry : system.addressEntries())
            interface.addresses.append({entry.ip(), entry.prefixLength()});
        interfaces << interface;
    }
    return interfaces;
}

ScanProposal ScanProposal::forThisWorkstation()
{
    return propose(systemInterfaces(), QFileInfo::exists(SshConfigSource::defaultPath()),
                   QFileInfo::exists(KnownHostsSource::defaultPath()));
}

} // namespace fleet
