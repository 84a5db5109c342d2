#include "history/HistoryStore.h"
#include "model/Node.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// Node::merge is the one rule for folding a new sighting into what is known; the history (HistoryStore::upsertNode)
// and the tiles (NodeListModel) both use it, so they can never disagree about a node again.
class TestNodeMerge final : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(int seconds) { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).addSecs(seconds); }

    static Node agentNode()
    {
        Node node;
        node.address = QStringLiteral("127.0.77.11");
        node.sshPort = 2222;
        node.user = QStringLiteral("admin");
        node.hostName = QStringLiteral("gpu-01");
        node.os = QStringLiteral("Debian 12");
        node.arch = QStringLiteral("x86_64");
        node.sshBanner = QStringLiteral("SSH-2.0-OpenSSH_9.2p1");
        node.agentVersion = QStringLiteral("v1");
        node.source = QStringLiteral("cidr");
        node.state = NodeState::Online;
        node.firstSeen = at(0);
        node.lastSeen = at(10);
        node.facts.cpuCount = 8;
        node.facts.memTotal = 16LL << 30;
        node.facts.gpu = QStringLiteral("NVIDIA A100 (1)");
        return node;
    }

    static void compareNodes(const Node &a, const Node &b)
    {
        QCOMPARE(a.address, b.address);
        QCOMPARE(a.sshPort, b.sshPort);
        QCOMPARE(a.user, b.user);
        QCOMPARE(a.hostName, b.hostName);
        QCOMPARE(a.os, b.os);
        QCOMPARE(a.arch, b.arch);
        QCOMPARE(a.sshBanner, b.sshBanner);
        QCOMPARE(a.agentVersion, b.agentVersion);
        QCOMPARE(a.source, b.source);
        QCOMPARE(a.state, b.state);
        QCOMPARE(a.firstSeen, b.firstSeen);
        QCOMPARE(a.lastSeen, b.lastSeen);
        QCOMPARE(a.facts.cpuCount, b.facts.cpuCount);
        QCOMPARE(a.facts.memTotal, b.facts.memTotal);
        QCOMPARE(a.facts.gpu, b.facts.gpu);
    }

    // Each sighting a real source produces: a scan without the agent, a scan with its port open but no version,
    // a silent node, an agent hello.
    static QList<Node> sightings()
    {
        Node sshOnly;
        sshOnly.address = QStringLiteral("127.0.77.11");
        sshOnly.state = NodeState::NotInstalled;
        sshOnly.sshBanner = QStringLiteral("SSH-2.0-OpenSSH_9.3");
        sshOnly.lastSeen = at(20);
        Node portOnly = sshOnly;
        portOnly.state = NodeState::Online;
        portOnly.lastSeen = at(30);
        Node silent;
        silent.address = sshOnly.address;
        silent.state = NodeState::Offline;
        Node hello;
        hello.address = sshOnly.address;
        hello.state = NodeState::Online;
        hello.agentVersion = QStringLiteral("v2");
        hello.facts.cpuCount = 16;
        hello.facts.memTotal = 32LL << 30;
        hello.lastSeen = at(40);
        return {sshOnly, portOnly, silent, hello};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newerKnowledgeWinsUnknownKeepsOld()
    {
        Node known = agentNode();
        Node scan;
        scan.address = known.address;
        scan.state = NodeState::Online; // agent port open, version not read
        scan.lastSeen = at(60);
        known.merge(scan);
        QCOMPARE(known.agentVersion, QStringLiteral("v1")); // an unread version is not "no agent"
        QCOMPARE(known.hostName, QStringLiteral("gpu-01"));
        QCOMPARE(known.sshPort, quint16(2222)); // no banner: this sighting did not reach SSH
        QCOMPARE(known.facts.cpuCount, 8);      // a scan carries no facts
        QCOMPARE(known.lastSeen, at(60));
        QCOMPARE(known.firstSeen, at(0));
    }

    void sshWithoutAgentClearsTheVersion()
    {
        // The defect the action layer fixed: the tile kept "v1" while the history stored "".
        Node known = agentNode();
        Node scan;
        scan.address = known.address;
        scan.state = NodeState::NotInstalled;
        scan.sshBanner = QStringLiteral("SSH-2.0-OpenSSH_9.3");
        known.merge(scan);
        QCOMPARE(known.state, NodeState::NotInstalled);
        QVERIFY(known.agentVersion.isEmpty());
        QVERIFY(!known.facts.isKnown()); // the agent's report went with it
        QCOMPARE(known.sshPort, quint16(22)); // SSH answered on 22
    }

    void silenceAndUnknownStateKeepWhatWasKnown()
    {
        Node known = agentNode();
        Node silent;
        silent.address = known.address;
        silent.state = NodeState::Offline;
        known.merge(silent);
        QCOMPARE(known.state, NodeState::Offline);
        QCOMPARE(known.agentVersion, QStringLiteral("v1"));
        Node unknown;
        unknown.address = known.address;
        known.merge(unknown);
        QCOMPARE(known.state, NodeState::Offline);
        QCOMPARE(known.lastSeen, at(10)); // an older or missing sighting never moves lastSeen back
    }

    void factsOnlyFromTheAgent()
    {
        Node known = agentNode();
        Node telemetry;
        telemetry.address = known.address;
        telemetry.state = NodeState::Online;
        telemetry.facts.cpuCount = 4;
        telemetry.facts.memTotal = 8LL << 30;
        known.merge(telemetry);
        QCOMPARE(known.facts.cpuCount, 4);
        QVERIFY(known.facts.gpu.isEmpty()); // the agent's report is the whole truth: no GPU now
    }

    void historyStoresWhatMergeSays()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("h.db"))), qPrintable(store.errorString()));
        Node expected = agentNode();
        QVERIFY(store.upsertNode(expected));
        for (const Node &sighting : sightings()) {
            QVERIFY2(store.upsertNode(sighting), qPrintable(store.errorString()));
            expected.merge(sighting);
            const std::optional<Node> stored = store.node(expected.address);
            QVERIFY(stored);
            Node withTimes = expected;
            if (!sighting.lastSeen.isValid()) // the store stamps "now" for a sighting without a time
                withTimes.lastSeen = stored->lastSeen;
            compareNodes(*stored, withTimes);
            expected = withTimes;
        }
    }
};

QTEST_GUILESS_MAIN(TestNodeMerge)
#include "TestNodeMerge.moc"
