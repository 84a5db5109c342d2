#include "actions/AgentLifecycle.h"
#include "agent/AgentSecrets.h"
#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::LabEnvironment;

// AgentLifecycle against lab node 3 (no lab agent there): install records the node ONLINE with the agent's facts
// and the secret's reference in the history (never the secret); status reads the agent's hello; remove leaves the
// node NOT_INSTALLED with no reference and no secret. The one implementation behind `fleetctl agent` and the GUI.
class TestAgentLifecycle final : public QObject
{
    Q_OBJECT

private:
    static constexpr int kNode = 2; // 127.0.77.13
    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    AgentParams params(int node = kNode) const
    {
        AgentParams p;
        p.context.dbPath = m_dir.filePath(QStringLiteral("history.db"));
        p.context.ssh = m_lab.sshOptions();
        p.context.sshUser = m_lab.user;
        p.node = m_lab.nodes.value(node);
        p.bootstrap.agentBinary = qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleet-agent/fleet-agent");
        return p;
    }
    std::optional<Node> stored(int node = kNode)
    {
        HistoryStore store;
        if (!store.open(m_dir.filePath(QStringLiteral("history.db"))))
            return std::nullopt;
        return store.node(m_lab.nodes.value(node));
    }
    QString secretRef()
    {
        HistoryStore store;
        return store.open(m_dir.filePath(QStringLiteral("history.db"))) ? store.secretRef(m_lab.nodes.value(kNode))
                                                                         : QStringLiteral("?");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the secret file goes to a test location
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        AgentLifecycle::remove(params()); // a previous run may have left one
    }

    void cleanupTestCase() { AgentLifecycle::remove(params()); }

    void installRecordsTheNode()
    {
        const AgentOutcome outcome = AgentLifecycle::install(params());
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(u'\n')));
        QCOMPARE(outcome.node.state, NodeState::Online);
        QVERIFY(!outcome.hello.isEmpty());
        const std::optional<Node> node = stored();
        QVERIFY(node);
        QCOMPARE(node->state, NodeState::Online);
        QVERIFY(!node->agentVersion.isEmpty());
        QVERIFY(node->facts.cpuCount > 0);
        // The bootstrap probe (issue 16): run over the install's session and recorded in node_probes.
        QVERIFY2(outcome.probe.ok(), qPrintable(outcome.probe.failure.message));
        QCOMPARE(outcome.probe.display, m_lab.nodes.value(kNode));
        QVERIFY(outcome.probe.facts.valid);
        {
            HistoryStore store;
            QVERIFY(store.open(m_dir.filePath(QStringLiteral("history.db"))));
            const std::optional<NodeProbeRecord> row = store.probe(m_lab.nodes.value(kNode));
            QVERIFY(row);
            QVERIFY(row->facts.valid);
            QCOMPARE(row->facts.runtime, outcome.probe.facts.runtime);
            QVERIFY(row->probedAtMs >= outcome.probe.probedAt.toMSecsSinceEpoch() - 1000);
        }
        const QString reference = secretRef();
        QCOMPARE(reference, SecretStore::referenceFor(m_lab.nodes.value(kNode), AgentProtocol::kDefaultPort));
        // The history holds the reference only: the token is not in the file.
        const std::optional<AgentSecret> secret = AgentSecrets::read(m_lab.nodes.value(kNode),
                                                                     AgentProtocol::kDefaultPort, nullptr);
        QVERIFY(secret && !secret->token.isEmpty());
        QFile db(m_dir.filePath(QStringLiteral("history.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(secret->token));
    }

    void statusReadsTheHello()
    {
        const AgentOutcome outcome = AgentLifecycle::status(params());
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(outcome.probe.node.isEmpty()); // only an install probes
        QCOMPARE(outcome.node.state, NodeState::Online);
        QVERIFY(outcome.node.facts.isKnown());
    }

    void statusOfANodeWithoutAgent()
    {
        const AgentOutcome outcome = AgentLifecycle::status(params(3));
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.node.state, NodeState::NotInstalled);
        QCOMPARE(stored(3)->state, NodeState::NotInstalled);
    }

    void removeLeavesNothing()
    {
        const AgentOutcome outcome = AgentLifecycle::remove(params());
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        const std::optional<Node> node = stored();
        QCOMPARE(node->state, NodeState::NotInstalled);
        QVERIFY(node->agentVersion.isEmpty());
        QVERIFY(secretRef().isEmpty());
        QVERIFY(!AgentSecrets::read(m_lab.nodes.value(kNode), AgentProtocol::kDefaultPort, nullptr));
    }

    void unreachableNodeIsAKind()
    {
        AgentParams p = params();
        p.node = QStringLiteral("127.0.77.250");
        p.context.ssh.connectTimeoutMs = 1000;
        const AgentOutcome outcome = AgentLifecycle::install(p);
        QCOMPARE(outcome.failure.kind, FailureKind::Unreachable);
        QVERIFY(outcome.message.contains(QLatin1String("127.0.77.250")));
    }
};

QTEST_GUILESS_MAIN(TestAgentLifecycle)
#include "TestAgentLifecycle.moc"
