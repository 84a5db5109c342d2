#include "transfer/HealthProbe.h"

#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace fleet;

// Issue 13, item 3: how the health stage reads the node's answers.
class TestHealthProbe final : public QObject
{
    Q_OBJECT

    static ContainerStatus status(const QString &state, const QString &health = {}, int restarts = 0)
    {
        ContainerStatus s;
        s.status = state;
        s.health = health;
        s.restartCount = restarts;
        return s;
    }

    // The probe script in a real POSIX sh (dash), as a node would run it.
    static QString runProbe(const QList<ProbePort> &ports)
    {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), HealthProbe::probeCommand(ports)});
        sh.waitForFinished(10000);
        return QString::fromUtf8(sh.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void parsesInspectLines()
    {
        std::optional<ContainerStatus> s = HealthProbe::parseStatus("running|0|healthy|0|\n");
        QVERIFY(s);
        QCOMPARE(s->status, QStringLiteral("running"));
        QCOMPARE(s->health, QStringLiteral("healthy"));
        QVERIFY(s->hasHealthcheck());
        s = HealthProbe::parseStatus("exited|137||2|OCI runtime create failed: a|b");
        QVERIFY(s);
        QCOMPARE(s->exitCode, 137);
        QVERIFY(!s->hasHealthcheck());
        QCOMPARE(s->restartCount, 2);
        QCOMPARE(s->error, QStringLiteral("OCI runtime create failed: a|b"));
        QVERIFY(!HealthProbe::parseStatus(""));
        QVERIFY(!HealthProbe::parseStatus("running|x||0|"));
        QVERIFY(!HealthProbe::parseStatus("Error: No such container"));
    }

    void verdicts()
    {
        using V = HealthProbe::Verdict;
        QCOMPARE(HealthProbe::judge(status("running", "starting"), 0, std::nullopt, true), V::Waiting);
        QCOMPARE(HealthProbe::judge(status("running", "healthy"), 0, std::nullopt, false), V::Healthy);
        QCOMPARE(HealthProbe::judge(status("running", "unhealthy"), 0, std::nullopt, true), V::Unhealthy);
        QCOMPARE(HealthProbe::judge(status("exited"), 0, std::nullopt, true), V::Exited);
        QCOMPARE(HealthProbe::judge(status("restarting"), 0, std::nullopt, true), V::Restarting);
        QCOMPARE(HealthProbe::judge(status("running", {}, 1), 0, std::nullopt, true), V::Restarting);
        // Without a health check: the ports decide, else the settle time.
        QCOMPARE(HealthProbe::judge(status("running"), 0, false, true), V::Waiting);
        QCOMPARE(HealthProbe::judge(status("running"), 0, true, false), V::Healthy);
        QCOMPARE(HealthProbe::judge(status("running"), 0, std::nullopt, false), V::Waiting);
        QCOMPARE(HealthProbe::judge(status("running"), 0, std::nullopt, true), V::Healthy);
        QCOMPARE(HealthProbe::judge(status("created"), 0, std::nullopt, true), V::Waiting);
        // A one-shot image that did its work: exit 0, no health check, no port. Not so with a failure or a port.
        QVERIFY(HealthProbe::ranToCompletion(status("exited"), false));
        QVERIFY(!HealthProbe::ranToCompletion(status("exited"), true));
        QVERIFY(!HealthProbe::ranToCompletion(status("exited", QStringLiteral("unhealthy")), false));
        ContainerStatus failed = status("exited");
        failed.exitCode = 1;
        QVERIFY(!HealthProbe::ranToCompletion(failed, false));
        QVERIFY(!HealthProbe::ranToCompletion(status("running"), false));
    }

    void portsFromDocker()
    {
        const QList<ProbePort> ports = HealthProbe::parseDockerPort("80/tcp -> 0.0.0.0:8080\n80/tcp -> :::8080\n"
                                                                    "53/udp -> 0.0.0.0:53\n"
                                                                    "443/tcp -> 127.0.0.5:8443\n");
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.at(0), (ProbePort{QStringLiteral("127.0.0.1"), 8080}));
        QCOMPARE(ports.at(1), (ProbePort{QStringLiteral("127.0.0.5"), 8443}));
        const QList<ProbePort> host = HealthProbe::hostNetworkPorts({QStringLiteral("8080:80"),
                                                                     QStringLiteral("127.0.0.1:9000:9000/tcp"),
                                                                     QStringLiteral("5353:53/udp"),
                                                                     QStringLiteral("7000-7001:7000-7001")});
        QCOMPARE(host.size(), 3);
        QCOMPARE(host.at(0).port, 80);
        QCOMPARE(host.at(1).port, 9000);
        QCOMPARE(host.at(2).port, 7000);
    }

    void probeScriptConnects()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
        const ProbePort open{QStringLiteral("127.0.0.1"), server.serverPort()};
        QCOMPARE(runProbe({open}), QStringLiteral("open"));
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
        const ProbePort closed{QStringLiteral("127.0.0.1"), other.serverPort()};
        other.close(); // nothing listens there any more
        QCOMPARE(runProbe({open, closed}), QStringLiteral("closed 127.0.0.1:%1").arg(closed.port));
    }
};

QTEST_GUILESS_MAIN(TestHealthProbe)
#include "TestHealthProbe.moc"
