#include "discovery/ScanProposal.h"

#include <QTest>

using namespace fleet;

// Made-up interface lists only (addresses in 0.0.0.0/8 and 127/8); the machine's interfaces are never read here
// and nothing is scanned.
class TestScanProposal final : public QObject
{
    Q_OBJECT

    static ScanProposal::Interface iface(const QString &name, const QList<QPair<QString, int>> &addresses,
                                         bool up = true, bool loopback = false)
    {
        ScanProposal::Interface interface;
        interface.name = name;
        interface.up = up;
        interface.loopback = loopback;
        for (const auto &[address, prefix] : addresses)
            interface.addresses.append({QHostAddress(address), prefix});
        return interface;
    }

private Q_SLOTS:
    void connectedSubnetsNarrowedToTheWorkstationsSlash24()
    {
        const ScanProposal proposal = ScanProposal::propose(
            {iface(QStringLiteral("lo"), {{QStringLiteral("127.0.0.1"), 8}}, true, true),
             iface(QStringLiteral("eth0"), {{QStringLiteral("0.10.20.37"), 24}, {QStringLiteral("::1"), 64}}),
             iface(QStringLiteral("wlan0"), {{QStringLiteral("0.30.7.200"), 16}}),
             iface(QStringLiteral("eth1"), {{QStringLiteral("0.40.0.9"), 28}})},
            false, false);
        QCOMPARE(proposal.targets, (QStringList{QStringLiteral("0.10.20.0/24"), QStringLiteral("0.30.7.0/24"),
                                                QStringLiteral("0.40.0.0/28")}));
        QVERIFY(proposal.sources.isEmpty());
    }

    void downLoopbackBridgesAndSingleHostsAreLeftOut()
    {
        const ScanProposal proposal = ScanProposal::propose(
            {iface(QStringLiteral("eth0"), {{QStringLiteral("0.1.2.3"), 24}}, false),           // not connected
             iface(QStringLiteral("lo"), {{QStringLiteral("127.0.0.1"), 8}}, true, true),       // loopback
             iface(QStringLiteral("dummy0"), {{QStringLiteral("127.3.0.1"), 24}}),              // loopback range
             iface(QStringLiteral("docker0"), {{QStringLiteral("0.17.0.1"), 16}}),              // container bridge
             iface(QStringLiteral("br-5e1a09c7"), {{QStringLiteral("0.18.0.1"), 16}}),
             iface(QStringLiteral("virbr0"), {{QStringLiteral("0.19.0.1"), 24}}),
             iface(QStringLiteral("tun0"), {{QStringLiteral("0.50.0.2"), 32}}),                 // point to point
             iface(QStringLiteral("tun1"), {{QStringLiteral("0.50.1.2"), 31}}),
             iface(QStringLiteral("eth9"), {{QStringLiteral("::2"), 64}})},                     // IPv6 only
            false, false);
        QCOMPARE(proposal.targets, QStringList{});
    }

    void aSubnetOnTwoInterfacesIsProposedOnce()
    {
        const ScanProposal proposal = ScanProposal::propose(
            {iface(QStringLiteral("eth0"), {{QStringLiteral("0.10.20.37"), 24}}),
             iface(QStringLiteral("wlan0"), {{QStringLiteral("0.10.20.99"), 22}})},
            false, false);
        QCOMPARE(proposal.targets, QStringList{QStringLiteral("0.10.20.0/24")});
    }

    void sshFilesAreProposedWhenTheyExist()
    {
        QCOMPARE(ScanProposal::propose({}, true, true).sources,
                 (QStringList{QStringLiteral("ssh_config"), QStringLiteral("known_hosts")}));
        QCOMPARE(ScanProposal::propose({}, false, true).sources, QStringList{QStringLiteral("known_hosts")});
        QCOMPARE(ScanProposal::propose({}, true, false).sources, QStringList{QStringLiteral("ssh_config")});
    }
};

QTEST_GUILESS_MAIN(TestScanProposal)
#include "TestScanProposal.moc"
