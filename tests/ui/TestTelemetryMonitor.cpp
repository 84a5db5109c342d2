#include "agent/AgentSecrets.h"
#include "DesktopSession.h"
#include "MainWindow.h"
#include "NodeListModel.h"
#include "agent/TelemetryMonitor.h"
#include "agent/AgentServer.h"
#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace fleet;

// Live telemetry on the tiles: a lab node whose agent secret is recorded shows CPU and memory within seconds of
// the window opening (DesktopSession's wiring); a node whose agent goes away turns OFFLINE without stale bars
// and ONLINE again when it is back (an in-process agent server on a free loopback address).
class TestTelemetryMonitor final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::LabEnvironment m_lab;
    QByteArray m_token;
    QString m_fingerprint;

    void recordSecret(const QString &address)
    {
        const QMutexLocker lock(&AgentSecrets::lock());
        SecretStore secrets(AgentSecrets::backend());
        QString error;
        QVERIFY2(secrets.write(SecretStore::referenceFor(address, AgentProtocol::kDefaultPort),
                               AgentSecret{m_token, m_fingerprint}, &error),
                 qPrintable(error));
    }

    std::unique_ptr<AgentServer> startAgent(const QString &address)
    {
        AgentConfig config;
        config.bind = address;
        config.token = m_token;
        config.certFile = m_lab.dir + QStringLiteral("/agent/cert.pem");
        config.keyFile = m_lab.dir + QStringLiteral("/agent/key.pem");
        config.dockerHost = m_lab.dockerHost;
        auto server = std::make_unique<AgentServer>(config);
        QString error;
        if (!server->listen(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        // Secrets of this test stay in its folder, in the file store (no keychain is asked).
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        m_lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QFile token(m_lab.dir + QStringLiteral("/agent/token"));
        QVERIFY2(token.open(QIODevice::ReadOnly), "no lab agents: run fleetlab up --agent-on 1,2");
        m_token = token.readAll().trimmed();
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_lab.dir + QStringLiteral("/agent/cert.pem"));
        QCOMPARE(certs.size(), 1);
        m_fingerprint = AgentProtocol::fingerprint(certs.first());
        QVERIFY2(QFile::exists(m_lab.dir + QStringLiteral("/n1/agent.pid")), "the lab must run an agent on node 1");
    }

    void labNodeShowsCpuAndMemory()
    {
        const QString withAgent = m_lab.nodes.at(0);
        const QString noSecret = m_lab.nodes.at(1); // its agent runs, but this workstation has no token for it
        recordSecret(withAgent);
        const QString db = m_dir.filePath(QStringLiteral("history.db"));
        {
            HistoryStore store; // the last-known fleet: both ONLINE, no facts yet
            QVERIFY(store.open(db));
            QVERIFY(store.upsertNode(test::makeNode(withAgent, NodeState::Online)));
            QVERIFY(store.upsertNode(test::makeNode(noSecret, NodeState::Online)));
        }
        DesktopSession::Options options;
        options.dbPath = db;
        options.dockerHost = m_lab.dockerHost;
        options.sshUser = m_lab.user;
        options.ssh = m_lab.sshOptions();
        MainWindow window;
        DesktopSession session(options, &window);
        QSignalSpy skipped(session.telemetry(), &TelemetryMonitor::skipped);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        NodeListModel *nodes = window.nodeModel();
        QTRY_VERIFY_WITH_TIMEOUT(nodes->rowOf(withAgent) >= 0, 10000);
        const QModelIndex tile = nodes->index(nodes->rowOf(withAgent));
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(tile.data(NodeListModel::CpuRole).toDouble() >= 0
                                     && tile.data(NodeListModel::MemoryRole).toDouble() > 0, 8000);
        qInfo("CPU and memory on the tile %lld ms after the fleet was shown", static_cast<long long>(clock.elapsed()));
        const Node &node = nodes->nodeAt(nodes->rowOf(withAgent));
        QCOMPARE(node.state, NodeState::Online);
        QVERIFY(node.facts.memTotal > 0);
        QVERIFY(!node.os.isEmpty()); // from the hello
        // Telemetry keeps coming (every 2 s): the tile's figures are refreshed, not a one-off.
        QSignalSpy changes(session.telemetry(), &TelemetryMonitor::nodesChanged);
        QVERIFY(changes.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!skipped.isEmpty(), 5000);
        QCOMPARE(skipped.first().first().toString(), noSecret);
        QCOMPARE(nodes->index(nodes->rowOf(noSecret)).data(NodeListModel::CpuRole).toDouble(), -1.0);
    }

    void agentGoingAwayTurnsOfflineThenBack()
    {
        const QString address = m_lab.nodes.first().section(QLatin1Char('.'), 0, 2) + QStringLiteral(".250");
        recordSecret(address);
        std::unique_ptr<AgentServer> agent = startAgent(address);
        QVERIFY(agent);
        NodeListModel nodes;
        nodes.setNodes({test::makeNode(address, NodeState::Online)});
        TelemetryMonitor::Settings settings;
        settings.intervalMs = 500;
        settings.flushMs = 100;
        TelemetryMonitor monitor(settings);
        connect(&monitor, &TelemetryMonitor::nodesChanged, &nodes, &NodeListModel::merge);
        monitor.watch({nodes.nodeAt(0)});
        monitor.watch({nodes.nodeAt(0)}); // once only
        QCOMPARE(monitor.watchedCount(), 1);
        const QModelIndex tile = nodes.index(0);
        QTRY_VERIFY_WITH_TIMEOUT(tile.data(NodeListModel::MemoryRole).toDouble() > 0, 8000);

        agent.reset(); // the agent goes away
        QTRY_COMPARE_WITH_TIMEOUT(nodes.nodeAt(0).state, NodeState::Offline, 8000);
        QCOMPARE(tile.data(NodeListModel::CpuRole).toDouble(), -1.0);
        QCOMPARE(tile.data(NodeListModel::MemoryRole).toDouble(), -1.0);

        agent = startAgent(address); // back: the client reconnects with its backoff
        QVERIFY(agent);
        QTRY_COMPARE_WITH_TIMEOUT(nodes.nodeAt(0).state, NodeState::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(tile.data(NodeListModel::MemoryRole).toDouble() > 0, 8000);
    }
};

QTEST_MAIN(TestTelemetryMonitor)
#include "TestTelemetryMonitor.moc"
