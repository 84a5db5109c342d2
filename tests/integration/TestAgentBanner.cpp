#include "ScanRun.h"
#include "agent/AgentProtocol.h"
#include "discovery/AgentBannerParser.h"
#include "discovery/AgentBannerReader.h"
#include "discovery/AgentProbe.h"
#include "lab/LabEnvironment.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace fleet;
using fleet::test::LabEnvironment;
using fleet::test::ScanRun;

// The wss banner pass of discovery: AgentBannerParser on crafted replies, AgentBannerReader and Scanner against
// the lab's real fleet-agents (nodes of `--agent-on`) and against TLS servers made here that answer wrongly, flood,
// or never answer. Only loopback addresses are contacted.
class TestAgentBanner final : public QObject
{
    Q_OBJECT

private:
    enum class Reply { Banner7, NotUpgraded, NewlineBanner, Flood, Silent };

    // A TLS server (the lab agents' certificate) that answers the upgrade in one way; counts its connections.
    struct TlsServer
    {
        QSslServer server;
        QList<QSslSocket *> held;
        int live = 0, peak = 0;
    };

    LabEnvironment m_lab;
    QString m_net;
    QSslConfiguration m_serverTls;

    QString address(int last) const { return QStringLiteral("%1.%2").arg(m_net).arg(last); }

    // Computed here, independently of the code under test (RFC 6455 §4.2.2).
    static QByteArray accept(const QByteArray &key)
    {
        return QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
            .toBase64();
    }
    static QByteArray upgraded(const QByteArray &acceptValue = accept(AgentProbe::kWebSocketKey))
    {
        return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Accept: " + acceptValue + "\r\n\r\n";
    }
    static QByteArray frame(const QByteArray &payload, char first = char(0x81))
    {
        return QByteArray(1, first) + char(payload.size()) + payload;
    }

    std::unique_ptr<TlsServer> serve(Reply reply, const QString &host, quint16 port = 0)
    {
        auto s = std::make_unique<TlsServer>();
        TlsServer *raw = s.get();
        s->server.setSslConfiguration(m_serverTls);
        connect(&s->server, &QSslServer::pendingConnectionAvailable, &s->server, [raw, reply] {
            while (auto *socket = qobject_cast<QSslSocket *>(raw->server.nextPendingConnection())) {
                raw->held << socket;
                raw->peak = qMax(raw->peak, ++raw->live);
                connect(socket, &QSslSocket::disconnected, socket, [raw] { --raw->live; });
                connect(socket, &QSslSocket::readyRead, socket, [socket, reply] {
                    if (!socket->readAll().contains("\r\n\r\n") || reply == Reply::Silent)
                        return;
                    if (reply == Reply::Banner7)
                        socket->write(upgraded() + frame("fleet-agent v7"));
                    else if (reply == Reply::NotUpgraded)
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 14\r\n\r\nfleet-agent v1");
                    else if (reply == Reply::NewlineBanner)
                        socket->write(upgraded() + frame("fleet-agent v1\n"));
                    else if (reply == Reply::Flood)
                        socket->write(QByteArray(1 << 20, 'A'));
                });
            }
        });
        if (!s->server.listen(QHostAddress(host), port))
            return nullptr;
        return s;
    }

    static void row(const char *name, const QByteArray &reply, const QString &version = {})
    {
        QTest::newRow(name) << reply << version;
    }

    static ScanResult openAgentPort(const QString &host)
    {
        ScanResult r;
        r.address = host;
        r.agentPortOpen = true;
        r.state = NodeState::Online;
        return r;
    }

private Q_SLOTS:
    void parser_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("version");
        const QByteArray close("\x88\x02\x03\xf0", 4);
        row("banner", upgraded() + frame("fleet-agent v1") + close, QStringLiteral("v1"));
        row("two digits", upgraded() + frame("fleet-agent v42"), QStringLiteral("v42"));
        row("newline after", upgraded() + frame("fleet-agent v1\n"));
        row("v0", upgraded() + frame("fleet-agent v0"));
        row("five digits", upgraded() + frame("fleet-agent v12345"));
        row("letters", upgraded() + frame("fleet-agent v1a"));
        row("prefix", upgraded() + frame("xfleet-agent v1"));
        row("empty version", upgraded() + frame("fleet-agent v"));
        row("binary frame", upgraded() + frame("fleet-agent v1", char(0x82)));
        row("fragment", upgraded() + frame("fleet-agent v1", char(0x01)));
        row("masked", upgraded() + QByteArray("\x81\x8e\0\0\0\0", 6) + "fleet-agent v1");
        row("extended length", upgraded() + QByteArray("\x81\x7e\x00\x0e", 4) + "fleet-agent v1");
        row("status 200", QByteArray("HTTP/1.1 200 OK\r\n\r\nfleet-agent v1"));
        row("HTTP/1.0", QByteArray("HTTP/1.0 101 OK\r\nSec-WebSocket-Accept: ") + accept(AgentProbe::kWebSocketKey)
                            + "\r\n\r\n" + frame("fleet-agent v1"));
        row("wrong accept", upgraded("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=") + frame("fleet-agent v1"));
        row("no accept", QByteArray("HTTP/1.1 101 OK\r\nUpgrade: websocket\r\n\r\n") + frame("fleet-agent v1"));
        row("headers never end", QByteArray(6000, 'A'));
        row("truncated frame", upgraded() + QByteArray("\x81\x0e", 2) + "fleet-agent");
        row("TLS alert", QByteArray("\x15\x03\x03\x00\x02\x02\x28", 7));
    }

    void parser()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, version);
        QCOMPARE(AgentBannerParser::acceptFor("dGhlIHNhbXBsZSBub25jZQ=="), // RFC 6455's example
                 QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
        for (int chunk : {1, 7, 65536}) {
            AgentBannerParser parser;
            for (qsizetype at = 0; at < reply.size() && parser.verdict() == AgentBannerParser::Verdict::NeedMore;
                 at += chunk)
                parser.feed(reply.constData() + at, qMin<qsizetype>(chunk, reply.size() - at));
            parser.finish();
            QCOMPARE(parser.version(), version);
            QCOMPARE(parser.verdict(), version.isEmpty() ? AgentBannerParser::Verdict::Rejected
                                                         : AgentBannerParser::Verdict::Version);
            QVERIFY(version.isEmpty() != parser.reason().isEmpty());
        }
    }

    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        m_net = m_lab.nodes.first().section(QLatin1Char('.'), 0, 2);
        QVERIFY2(m_net.startsWith(QLatin1String("127.")), qPrintable(m_net));
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
        QFile cert(m_lab.dir + QStringLiteral("/agent/cert.pem")), key(m_lab.dir + QStringLiteral("/agent/key.pem"));
        QVERIFY2(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly),
                 "no agent certificate in the lab: start it with `fleetlab up --agent-on 1,2`");
        m_serverTls = QSslConfiguration::defaultConfiguration();
        m_serverTls.setLocalCertificate(QSslCertificate(cert.readAll()));
        m_serverTls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
        QVERIFY(!m_serverTls.privateKey().isNull());
    }

    void scannerReadsTheLabAgentsVersions()
    {
        const QSet<QString> withAgent = fleet::test::labAgentNodes(m_lab);
        QVERIFY2(!withAgent.isEmpty(), "the lab runs no agents: start it with `fleetlab up --agent-on 1,2`");
        const ScanRun run = ScanRun::scan({m_net + QStringLiteral(".0/24")});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY(!run.timedOut && !run.summary.cancelled);
        QCOMPARE(run.results.size(), m_lab.nodes.size());
        const QString expected = QStringLiteral("v%1").arg(AgentProtocol::kVersion);
        for (const ScanResult &r : run.results) {
            const bool agent = withAgent.contains(r.address);
            QCOMPARE(r.state, agent ? NodeState::Online : NodeState::NotInstalled);
            QCOMPARE(r.agentPortOpen, agent);
            QCOMPARE(r.agentVersion, agent ? expected : QString());
        }
        qInfo("/24 scan with %lld agents: %lld ms", qint64(withAgent.size()), run.summary.elapsedMs);
    }

    void readerReadsAgentsAndNamesTheFailures()
    {
        QList<ScanResult> results;
        for (const QString &node : std::as_const(m_lab.nodes))
            results << openAgentPort(node); // as if every port had answered: the agent-less ones refuse
        AgentBannerReader reader(AgentProtocol::kDefaultPort, 2000);
        const QSet<QString> withAgent = fleet::test::labAgentNodes(m_lab);
        QCOMPARE(reader.read(results), int(withAgent.size()));
        for (const ScanResult &r : std::as_const(results)) {
            QCOMPARE(r.agentVersion.isEmpty(), !withAgent.contains(r.address));
            QCOMPARE(reader.failures().contains(r.address), !withAgent.contains(r.address));
        }
    }

    void misbehavingTlsServersGiveNoVersionAndNoHang()
    {
        const int timeoutMs = 1000;
        std::unique_ptr<TlsServer> good = serve(Reply::Banner7, address(211));
        QVERIFY(good);
        const quint16 port = good->server.serverPort();
        std::vector<std::unique_ptr<TlsServer>> bad;
        for (Reply reply : {Reply::NotUpgraded, Reply::NewlineBanner, Reply::Flood, Reply::Silent}) {
            bad.push_back(serve(reply, address(212 + int(bad.size())), port));
            QVERIFY2(bad.back(), "cannot listen on the lab's loopback range");
        }
        QTcpServer tcpOnly; // accepts, never starts TLS
        QVERIFY(tcpOnly.listen(QHostAddress(address(216)), port));

        // Through the Scanner, exactly as `fleetctl scan` runs: epoll pass first (the plain probe), then TLS.
        ScanOptions options;
        options.agentPort = port;
        options.readTimeoutMs = timeoutMs;
        const ScanRun run = ScanRun::scan({address(211), address(212), address(213), address(214), address(215),
                                           address(216)},
                                          options);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY(!run.timedOut);
        QCOMPARE(run.results.size(), 6);
        // Bound: the engine's read timeout, then the banner pass's, plus slack; never the 1 MB or a hang.
        QVERIFY2(run.wallMs < options.timeoutMs + 2 * timeoutMs + 1500, qPrintable(QString::number(run.wallMs)));
        for (const ScanResult &r : run.results) {
            QCOMPARE(r.state, NodeState::Online);
            QCOMPARE(r.agentVersion, r.address == address(211) ? QStringLiteral("v7") : QString());
        }

        // The reader alone says why; the flood is judged in a few kilobytes, not after the timeout.
        QList<ScanResult> results;
        for (int last = 211; last <= 216; ++last)
            results << openAgentPort(address(last));
        AgentBannerReader reader(port, timeoutMs);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(reader.read(results), 1);
        QVERIFY2(clock.elapsed() < timeoutMs + 1000, qPrintable(QString::number(clock.elapsed())));
        const QList<std::pair<int, QString>> reasons{{212, QStringLiteral("HTTP/1.1 101")},
                                                     {213, QStringLiteral("fleet-agent vN")},
                                                     {214, QStringLiteral("HTTP headers")},
                                                     {215, QStringLiteral("no banner within")},
                                                     {216, QStringLiteral("no banner within")}};
        for (const auto &[last, reason] : reasons) {
            const QString why = reader.failures().value(address(last));
            QVERIFY2(why.contains(reason), qPrintable(address(last) + QStringLiteral(": ") + why));
        }
        QVERIFY(!reader.failures().contains(address(211)));
    }

    void parallelIsBoundedAndCancelIsPrompt()
    {
        std::unique_ptr<TlsServer> silent = serve(Reply::Silent, address(220));
        QVERIFY(silent);
        const quint16 port = silent->server.serverPort();
        QList<ScanResult> results;
        for (int i = 0; i < 64; ++i)
            results << openAgentPort(address(220));

        // 64 silent agents, 32 at a time, 300 ms each: two waves.
        const int timeoutMs = 300;
        AgentBannerReader reader(port, timeoutMs, 32);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(reader.read(results), 0);
        const qint64 waves = clock.elapsed();
        QVERIFY2(waves >= 2 * timeoutMs && waves < 3 * timeoutMs + 500, qPrintable(QString::number(waves)));
        QVERIFY2(silent->peak <= 32 && silent->peak >= 16, qPrintable(QString::number(silent->peak)));

        // A cancel during a long bound ends the pass within a few poll intervals.
        AgentBannerReader slow(port, 20000);
        clock.restart();
        QCOMPARE(slow.read(results, [&] { return clock.elapsed() > 200; }), 0);
        QVERIFY(slow.wasCancelled());
        QVERIFY2(clock.elapsed() < 400, qPrintable(QString::number(clock.elapsed())));

        // The same through the Scanner: a cancel during its banner pass ends the scan at once, and the host found
        // by the epoll pass is still reported (ONLINE, no version).
        ScanOptions options;
        options.agentPort = port;
        options.readTimeoutMs = 20000;
        Scanner *running = nullptr;
        QElapsedTimer sinceCancel;
        QTimer cancelLater;
        cancelLater.setSingleShot(true);
        connect(&cancelLater, &QTimer::timeout, this, [&] {
            if (running) {
                sinceCancel.start();
                running->cancel();
            }
        });
        cancelLater.start(300);
        const ScanRun run = ScanRun::scan({address(220)}, options, [&](Scanner &s, const ScanProgress &) {
            running = &s;
        });
        running = nullptr;
        QVERIFY(sinceCancel.isValid());
        QVERIFY2(sinceCancel.elapsed() < 200, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(run.summary.cancelled);
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results.first().state, NodeState::Online);
        QVERIFY(run.results.first().agentVersion.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgentBanner)
#include "TestAgentBanner.moc"
