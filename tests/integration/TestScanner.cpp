#include "ScanRun.h"
#include "agent/AgentProtocol.h"
#include "lab/LabEnvironment.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>

using namespace fleet;
using fleet::test::LabEnvironment;
using fleet::test::ScanRun;

// Scanner against the lab's real sshds, and against misbehaving servers made here (silent, flooding, resetting,
// a fake agent). Only loopback addresses are ever scanned.
class TestScanner final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QString m_net; // "127.0.77": the lab's /24

    QString address(int last) const { return QStringLiteral("%1.%2").arg(m_net).arg(last); }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        m_net = m_lab.nodes.first().section(QLatin1Char('.'), 0, 2);
        QVERIFY2(m_net.startsWith(QLatin1String("127.")), qPrintable(m_net));
    }

    void findsExactlyTheLabNodes()
    {
        const ScanRun run = ScanRun::scan({m_net + QStringLiteral(".0/24")});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY(!run.timedOut);
        QCOMPARE(run.summary.progress.total, quint64(256));
        QCOMPARE(run.summary.progress.done, quint64(256));
        QVERIFY(run.summary.errors.isEmpty());
        const QSet<QString> withAgent = fleet::test::labAgentNodes(m_lab);
        QStringList seen;
        for (const ScanResult &r : run.results) {
            seen << r.address;
            QVERIFY2(m_lab.nodes.contains(r.address), qPrintable(r.address + QLatin1Char(' ') + r.detail));
            QCOMPARE(r.state, withAgent.contains(r.address) ? NodeState::Online : NodeState::NotInstalled);
            // The lab's agents speak only wss: the version comes from the TLS banner pass (AgentBannerReader).
            QCOMPARE(r.agentVersion, withAgent.contains(r.address) ? QStringLiteral("v%1").arg(AgentProtocol::kVersion)
                                                                   : QString());
            QVERIFY2(r.sshBanner.startsWith(QLatin1String("SSH-2.0-OpenSSH")), qPrintable(r.sshBanner));
            QCOMPARE(r.sshPort, quint16(22));
        }
        seen.sort();
        QStringList expected = m_lab.nodes;
        expected.sort();
        QCOMPARE(seen, expected);
        QCOMPARE(run.summary.progress.found, quint64(m_lab.nodes.size()));
        // Progress went up to the end and never backwards.
        QVERIFY(!run.progress.isEmpty());
        for (qsizetype i = 1; i < run.progress.size(); ++i)
            QVERIFY(run.progress.at(i).done >= run.progress.at(i - 1).done);
        QCOMPARE(run.progress.last().done, quint64(256));
        qInfo("/24 scan: %lld ms, adaptive connect bound %d ms", run.summary.elapsedMs, run.summary.finalTimeoutMs);
    }

    void misbehavingServersGetTheRightStateWithinTheBound()
    {
        // Silent: accepts (the kernel does) and never writes. Flood: 1 MB without a newline. Reset: RST at once.
        QTcpServer silent, flood, reset, fakeSsh, fakeAgent;
        QVERIFY(silent.listen(QHostAddress(address(201))));
        QVERIFY(flood.listen(QHostAddress(address(202))));
        QVERIFY(reset.listen(QHostAddress(address(203))));
        QVERIFY(fakeSsh.listen(QHostAddress(address(204))));
        QVERIFY2(fakeAgent.listen(QHostAddress(address(204)), 7780), qPrintable(fakeAgent.errorString()));
        QList<QTcpSocket *> held; // keep the silent server's connections open
        connect(&silent, &QTcpServer::newConnection, this, [&] { held << silent.nextPendingConnection(); });
        connect(&flood, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = flood.nextPendingConnection();
            s->write(QByteArray(1 << 20, 'A'));
            held << s;
        });
        connect(&reset, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = reset.nextPendingConnection();
            const linger hard{1, 0};
            setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
            s->abort();
            s->deleteLater();
        });
        connect(&fakeSsh, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = fakeSsh.nextPendingConnection();
            s->write("Authorised users only\r\nSSH-2.0-FakeSSH_1.0\r\n");
            held << s;
        });
        connect(&fakeAgent, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = fakeAgent.nextPendingConnection();
            // A plain-ws agent: 101, then the unauthenticated greeting as the first text frame.
            connect(s, &QTcpSocket::readyRead, s, [s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                s->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
                s->write(QByteArray("\x81\x0e", 2) + "fleet-agent v1");
            });
            held << s;
        });

        ScanOptions options;
        const QStringList words{
            address(201) + QStringLiteral(":%1").arg(silent.serverPort()),
            address(202) + QStringLiteral(":%1").arg(flood.serverPort()),
            address(203) + QStringLiteral(":%1").arg(reset.serverPort()),
            address(204) + QStringLiteral(":%1").arg(fakeSsh.serverPort()),
        };
        const ScanRun run = ScanRun::scan(words, options);
        qDeleteAll(held);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY(!run.timedOut);
        // Bounded: one banner timeout plus scheduling slack, never the 1 MB or a hang.
        QVERIFY2(run.wallMs < options.timeoutMs + options.readTimeoutMs + 1500, qPrintable(QString::number(run.wallMs)));
        QCOMPARE(run.results.size(), 4);

        const ScanResult *r = run.find(address(201));
        QVERIFY(r);
        QCOMPARE(r->state, NodeState::Unreachable);
        QVERIFY2(r->detail.contains(QStringLiteral("no SSH banner within %1 ms").arg(options.readTimeoutMs)), qPrintable(r->detail));

        r = run.find(address(202));
        QVERIFY(r);
        QCOMPARE(r->state, NodeState::Unreachable);
        QVERIFY2(r->detail.contains(QLatin1String("longer than")), qPrintable(r->detail));

        r = run.find(address(203));
        QVERIFY(r);
        QCOMPARE(r->state, NodeState::Unreachable);
        QVERIFY2(r->detail.contains(QLatin1String("reset it")) || r->detail.contains(QLatin1String("closed it")),
                 qPrintable(r->detail));

        r = run.find(address(204));
        QVERIFY(r);
        QCOMPARE(r->state, NodeState::Online);
        QCOMPARE(r->sshBanner, QStringLiteral("SSH-2.0-FakeSSH_1.0"));
        QCOMPARE(r->agentVersion, QStringLiteral("v1"));
        QCOMPARE(r->sshPort, fakeSsh.serverPort());
    }

    void sixteenKeepsMemoryFlatAndCancelsPromptly()
    {
        // 127.200.0.0/16: nobody listens there, every connect is refused at once (a RST per port).
        auto rssKb = [] {
            QFile status(QStringLiteral("/proc/self/status"));
            status.open(QIODevice::ReadOnly);
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    return line.mid(6).trimmed().split(' ').first().toLongLong();
            return -1LL;
        };
        const qint64 before = rssKb();
        qint64 peak = before;
        const ScanRun full = ScanRun::scan({QStringLiteral("127.200.0.0/16")}, {},
                                           [&](Scanner &, const ScanProgress &) { peak = qMax(peak, rssKb()); });
        QVERIFY(!full.timedOut);
        QCOMPARE(full.summary.progress.done, quint64(65536));
        QCOMPARE(full.summary.progress.found, quint64(0));
        qInfo("/16 refused everywhere: %lld ms, RSS %lld kB before, %lld kB peak", full.summary.elapsedMs, before, peak);
        QVERIFY2(peak - before < 16 * 1024, qPrintable(QStringLiteral("RSS grew by %1 kB").arg(peak - before)));

        QElapsedTimer sinceCancel;
        const ScanRun cancelled = ScanRun::scan({QStringLiteral("127.200.0.0/16")}, {},
                                                [&](Scanner &scanner, const ScanProgress &p) {
                                                    if (p.done > 1000 && !sinceCancel.isValid()) {
                                                        sinceCancel.start();
                                                        scanner.cancel();
                                                    }
                                                });
        QVERIFY(sinceCancel.isValid());
        QVERIFY(cancelled.summary.cancelled);
        QVERIFY(cancelled.summary.progress.done < 65536);
        QVERIFY2(sinceCancel.elapsed() < 200, qPrintable(QString::number(sinceCancel.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestScanner)
#include "TestScanner.moc"
