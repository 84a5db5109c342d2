#include "AgentLabSupport.h"
#include "ssh/SshSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocketProtocol>

#include <csignal>

using namespace fleet;
using fleet::test::LabAgents;
using fleet::test::LabEnvironment;
using fleet::test::Recorder;

// The real fleet-agent on lab nodes 1 and 2 (fleetlab up --agent-on 1,2): authentication, limits, bad input,
// telemetry, docker lists, and the faults (agent killed, docker stopped).
class TestAgentServer final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    LabAgents m_agents;
    const quint16 m_port = AgentProtocol::kDefaultPort;

    AgentEndpoint endpoint(int node) const { return m_agents.endpoint(m_lab, node); }

    static bool online(AgentClient &client, int timeoutMs = 8000) { return fleet::test::waitOnline(client, timeoutMs); }

    RemoteResult onNode(int node, const QString &command)
    {
        SshSession session(m_lab.target(node), m_lab.sshOptions());
        if (!session.connect())
            return RemoteResult{session.error(), -1, {}, {}};
        return session.run(command);
    }

    // Starts a client that does not reconnect and waits until its connection ends; returns how long it took.
    static qint64 runUntilClosed(AgentClient &client, Recorder &seen)
    {
        client.setReconnect(false);
        seen.attach(client);
        QElapsedTimer clock;
        clock.start();
        client.start();
        const bool closed = QTest::qWaitFor([&seen] { return !seen.closeCodes.isEmpty(); }, 5000);
        Q_UNUSED(closed); // callers check closeCodes and say what was missing
        return clock.elapsed();
    }

    void refusedWithBannerOnly(const AgentEndpoint &who)
    {
        AgentClient client(who);
        Recorder seen;
        const qint64 ms = runUntilClosed(client, seen);
        QVERIFY(!seen.closeCodes.isEmpty());
        QVERIFY2(ms < 2000, qPrintable(QStringLiteral("closed after %1 ms").arg(ms)));
        QCOMPARE(seen.closeCodes.first(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        // Nothing but the banner: no hello, no facts before authentication.
        QCOMPARE(seen.texts, QStringList{AgentProtocol::banner()});
        QVERIFY(client.hello().isEmpty());
        QVERIFY(client.state() != AgentClient::State::Online);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QString error;
        m_agents = LabAgents::load(m_lab, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void helloReportsHostAndDocker()
    {
        AgentClient client(endpoint(0));
        QVERIFY2(online(client), qPrintable(client.lastError()));
        const QJsonObject hello = client.hello();
        QCOMPARE(hello.value(QLatin1String("protocol")).toInt(), AgentProtocol::kVersion);
        Node node;
        AgentProtocol::applyHello(hello, node);
        QVERIFY(!node.hostName.isEmpty());
        QVERIFY(!node.os.isEmpty());
        QVERIFY(node.kernel.startsWith(QLatin1String("linux")));
        QVERIFY(!node.arch.isEmpty());
        QVERIFY(node.facts.cpuCount >= 1);
        QVERIFY(node.facts.memTotal > 0);
        QVERIFY(node.facts.diskFree > 0 && node.facts.diskFree <= node.facts.diskTotal);
        QVERIFY(node.facts.dockerAvailable);
        // The agent reads the node's own daemon (DOCKER_HOST honoured) and measures that data root's disk.
        const QJsonObject docker = hello.value(QLatin1String("docker")).toObject();
        QVERIFY2(docker.value(QLatin1String("root_dir")).toString().endsWith(QLatin1String("/n1/data")),
                 qPrintable(docker.value(QLatin1String("root_dir")).toString()));
        QCOMPARE(node.state, NodeState::Online);
    }

    void listsImagesAndContainers()
    {
        const RemoteResult made = onNode(0, QStringLiteral(
            "tar -cf - --files-from /dev/null | docker import - fleet-agent-test:list >/dev/null && "
            "docker create --name fleet-agent-test-c fleet-agent-test:list /none >/dev/null"));
        QVERIFY2(made.ok(), qPrintable(made.lastLine()));
        AgentClient client(endpoint(0));
        Recorder seen;
        seen.attach(client);
        QVERIFY(online(client));
        const qint64 images = client.request(QStringLiteral("images"));
        const qint64 containers = client.request(QStringLiteral("containers"));
        QTRY_VERIFY_WITH_TIMEOUT(!seen.reply(images).type.isEmpty() && !seen.reply(containers).type.isEmpty(), 10000);
        onNode(0, QStringLiteral("docker rm -f fleet-agent-test-c; docker rmi fleet-agent-test:list"));

        const QJsonObject imageBody = seen.reply(images).body;
        QVERIFY(imageBody.value(QLatin1String("available")).toBool());
        bool found = false;
        for (const QJsonValue &item : imageBody.value(QLatin1String("items")).toArray())
            found |= item[QLatin1String("repository")].toString() == QLatin1String("fleet-agent-test")
                && item[QLatin1String("tag")].toString() == QLatin1String("list")
                && item[QLatin1String("id")].toString().startsWith(QLatin1String("sha256:"));
        QVERIFY2(found, imageBody.value(QLatin1String("items")).toArray().isEmpty() ? "no images" : "image missing");
        found = false;
        for (const QJsonValue &item : seen.reply(containers).body.value(QLatin1String("items")).toArray())
            found |= item[QLatin1String("names")].toString() == QLatin1String("fleet-agent-test-c")
                && item[QLatin1String("state")].toString() == QLatin1String("created");
        QVERIFY(found);
    }

    void streamsTelemetry()
    {
        AgentClient client(endpoint(0));
        Recorder seen;
        seen.attach(client);
        QVERIFY(online(client));
        client.subscribe(250);
        QTRY_VERIFY_WITH_TIMEOUT(seen.telemetry >= 4, 4000);
        NodeFacts facts;
        AgentProtocol::applyTelemetry(seen.lastTelemetry, facts);
        QVERIFY(facts.cpuPercent >= 0 && facts.cpuPercent <= 100);
        QVERIFY(facts.memUsed > 0 && facts.memUsed < facts.memTotal);
        QVERIFY(facts.load1 >= 0);
        QVERIFY(facts.diskFree > 0);
        QVERIFY(facts.dockerAvailable);
        QCOMPARE(seen.lastTelemetry.value(QLatin1String("load")).toArray().size(), 3);
        const int before = seen.telemetry;
        client.request(QStringLiteral("unsubscribe"));
        QTest::qWait(800);
        QVERIFY(seen.telemetry <= before + 1); // at most one was already on the way
    }

    void wrongTokenIsClosedWithPolicyViolation()
    {
        AgentEndpoint who = endpoint(0);
        who.token = AgentProtocol::newToken();
        refusedWithBannerOnly(who);
    }

    void noTokenGetsOnlyTheBanner()
    {
        refusedWithBannerOnly(AgentEndpoint{m_lab.nodes.value(0), m_port, {}, {}});
    }

    void silentPeerIsDroppedWithinTheHandshakeTimeout()
    {
        // TCP only, never a TLS or WebSocket handshake: the agent must not hold the slot open.
        QTcpSocket socket;
        socket.connectToHost(m_lab.nodes.value(0), m_port);
        QVERIFY(socket.waitForConnected(2000));
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 6000);
        QVERIFY2(clock.elapsed() < AgentProtocol::kAuthTimeoutMs + 1500, qPrintable(QString::number(clock.elapsed())));
    }

    void certificateMustMatchThePin()
    {
        AgentEndpoint who = endpoint(0);
        who.fingerprint = AgentProtocol::normalizeFingerprint(QString(64, QLatin1Char('0')));
        AgentClient client(who);
        Recorder seen;
        runUntilClosed(client, seen);
        QVERIFY(!seen.closeCodes.isEmpty());
        QVERIFY(seen.texts.isEmpty()); // TLS failed: the token never left this process
        QVERIFY2(client.lastError().contains(QLatin1String("not the pinned")), qPrintable(client.lastError()));
    }

    void nothingListeningIsOfflineAtOnce()
    {
        AgentEndpoint who = endpoint(0);
        who.port = quint16(m_port + 1); // nothing listens there
        AgentClient client(who);
        Recorder seen;
        const qint64 ms = runUntilClosed(client, seen);
        QVERIFY(!seen.closeCodes.isEmpty());
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        QCOMPARE(client.nodeState(), NodeState::Offline);
        QVERIFY2(client.lastError().contains(QLatin1String("refused")), qPrintable(client.lastError()));
    }

    void oversizedMessageClosesTheConnection()
    {
        AgentClient client(endpoint(0));
        client.setReconnect(false);
        Recorder seen;
        seen.attach(client);
        QVERIFY(online(client));
        QByteArray big = AgentProtocol::encode(QStringLiteral("ping"), {{QStringLiteral("pad"),
                                                                         QString(200 * 1024, QLatin1Char('x'))}});
        QVERIFY(client.sendRaw(big));
        QTRY_VERIFY_WITH_TIMEOUT(!seen.closeCodes.isEmpty(), 5000);
        QCOMPARE(seen.closeCodes.first(), int(QWebSocketProtocol::CloseCodeTooMuchData));
        // The agent itself is fine.
        AgentClient again(endpoint(0));
        QVERIFY(online(again));
    }

    void badInputGetsErrorReplies_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed JSON") << QByteArray("{\"v\":1,\"type\":") << QStringLiteral("bad_json");
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << QStringLiteral("bad_json");
        QTest::newRow("no version") << QByteArray("{\"type\":\"hello\"}") << QStringLiteral("missing_version");
        QTest::newRow("unknown version") << QByteArray("{\"v\":99,\"type\":\"hello\",\"id\":5}")
                                         << QStringLiteral("unsupported_version");
        QTest::newRow("unknown type") << QByteArray("{\"v\":1,\"type\":\"exec\",\"id\":6}")
                                      << QStringLiteral("unknown_type");
        QTest::newRow("bad interval") << QByteArray("{\"v\":1,\"type\":\"subscribe\",\"interval_ms\":1,\"id\":7}")
                                      << QStringLiteral("bad_request");
    }

    void badInputGetsErrorReplies()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        AgentClient client(endpoint(0));
        Recorder seen;
        seen.attach(client);
        QVERIFY(online(client));
        const int before = int(seen.messages.size());
        QVERIFY(client.sendRaw(input));
        QTRY_VERIFY_WITH_TIMEOUT(seen.messages.size() > before, 3000);
        const AgentMessage error = seen.messages.last();
        QCOMPARE(error.type, QStringLiteral("error"));
        QCOMPARE(error.body.value(QLatin1String("code")).toString(), code);
        if (code == QLatin1String("unsupported_version")) {
            QCOMPARE(error.body.value(QLatin1String("supported")).toArray(), QJsonArray{AgentProtocol::kVersion});
            QCOMPARE(error.id, 5);
        }
        // The connection survives bad input.
        const qint64 ping = client.request(QStringLiteral("ping"));
        QTRY_COMPARE_WITH_TIMEOUT(seen.reply(ping).type, QStringLiteral("pong"), 3000);
        QCOMPARE(client.state(), AgentClient::State::Online);
    }

    void reconnectsWithBackoffAfterTheAgentIsKilled()
    {
        AgentClient client(endpoint(1));
        client.setBackoff(200, 1600);
        Recorder seen;
        seen.attach(client);
        QVERIFY(online(client));
        client.subscribe(250);
        QTRY_VERIFY_WITH_TIMEOUT(seen.telemetry >= 2, 3000);

        QString output;
        QVERIFY2(m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("stop-agent")}, &output) == 0,
                 qPrintable(output));
        QTRY_COMPARE_WITH_TIMEOUT(client.nodeState(), NodeState::Offline, 5000);
        const int attemptsBefore = client.reconnectCount();
        QTest::qWait(3000);
        const int attempts = client.reconnectCount() - attemptsBefore;
        // Backoff 200, 400, 800, 1600 ms (±20 %): a handful of tries in 3 s, not a storm.
        QVERIFY2(attempts >= 2 && attempts <= 6, qPrintable(QString::number(attempts)));
        QCOMPARE(client.nodeState(), NodeState::Offline);

        QVERIFY2(m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("start-agent")}, &output) == 0,
                 qPrintable(output));
        QTRY_COMPARE_WITH_TIMEOUT(client.nodeState(), NodeState::Online, 5000);
        // The subscription came back by itself.
        const int telemetry = seen.telemetry;
        QTRY_VERIFY_WITH_TIMEOUT(seen.telemetry >= telemetry + 2, 3000);
        QVERIFY(seen.states.contains(AgentClient::State::Offline));
    }

    void silentAgentCountsAsGone()
    {
        // SIGSTOP: the TCP connection stays open but nothing answers, like a node that lost power.
        const qint64 pid = fleet::test::labAgentPid(m_lab, 1);
        QVERIFY(pid > 1);
        AgentClient client(endpoint(1));
        client.setHeartbeat(200, 1000);
        client.setBackoff(200, 400);
        QVERIFY(online(client));
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
        QTRY_COMPARE_WITH_TIMEOUT(client.nodeState(), NodeState::Offline, 4000);
        QVERIFY2(client.lastError().contains(QLatin1String("no answer")), qPrintable(client.lastError()));
        resume.dismiss();
        QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
        QTRY_COMPARE_WITH_TIMEOUT(client.nodeState(), NodeState::Online, 8000);
    }

    void dockerDownStillReportsTheRest()
    {
        QString output;
        QVERIFY2(m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("stop-docker")}, &output) == 0,
                 qPrintable(output));
        auto restart = qScopeGuard([&] {
            m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("start-docker")});
        });
        AgentClient client(endpoint(1));
        Recorder seen;
        seen.attach(client);
        QVERIFY2(online(client, 15000), qPrintable(client.lastError()));
        Node node;
        AgentProtocol::applyHello(client.hello(), node);
        QVERIFY(!node.facts.dockerAvailable);
        QVERIFY(!client.hello()[QLatin1String("docker")][QLatin1String("error")].toString().isEmpty());
        QVERIFY(!node.hostName.isEmpty());
        QVERIFY(node.facts.memTotal > 0 && node.facts.diskFree > 0);

        client.subscribe(250);
        const qint64 images = client.request(QStringLiteral("images"));
        QTRY_VERIFY_WITH_TIMEOUT(seen.telemetry >= 2 && !seen.reply(images).type.isEmpty(), 10000);
        NodeFacts facts;
        AgentProtocol::applyTelemetry(seen.lastTelemetry, facts);
        QVERIFY(!facts.dockerAvailable);
        QVERIFY(facts.cpuPercent >= 0 && facts.memUsed > 0);
        QVERIFY(!seen.reply(images).body.value(QLatin1String("available")).toBool());

        restart.dismiss();
        QCOMPARE(m_lab.lab({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("start-docker")}), 0);
        // docker comes back in the telemetry without reconnecting.
        QTRY_VERIFY_WITH_TIMEOUT(seen.lastTelemetry[QLatin1String("docker")][QLatin1String("available")].toBool(),
                                 8000);
    }
};

QTEST_GUILESS_MAIN(TestAgentServer)
#include "TestAgentServer.moc"
