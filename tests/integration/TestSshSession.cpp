#include "lab/LabEnvironment.h"
#include "ssh/SshSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace fleet;
using fleet::test::LabEnvironment;

// SshSession against the lab's real sshd nodes: host keys, key auth, remote docker, and the failures.
class TestSshSession final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_tmp;

    QString writeKnownHosts(const QByteArray &contents)
    {
        const QString path = m_tmp.filePath(QStringLiteral("known_hosts_%1").arg(qHash(contents)));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(contents);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY(m_tmp.isValid());
    }

    void runsDockerOnEveryNode()
    {
        for (int i = 0; i < m_lab.nodes.size(); ++i) {
            SshSession session(m_lab.target(i), m_lab.sshOptions());
            QVERIFY2(session.connect(), qPrintable(session.error().message));
            QVERIFY(session.hostKeyFingerprint().startsWith(QLatin1String("SHA256:")));
            QVERIFY(session.serverBanner().startsWith(QLatin1String("SSH-2.0-")));
            const RemoteResult version = session.run(QStringLiteral("docker version --format '{{.Server.Version}}'"));
            QVERIFY2(version.ok(), qPrintable(version.lastLine()));
            QVERIFY(!version.out.trimmed().isEmpty());
            // Each node reaches its own daemon.
            const RemoteResult root = session.run(QStringLiteral("docker info --format '{{.DockerRootDir}}'"));
            QVERIFY(root.ok());
            QVERIFY2(root.out.contains(QStringLiteral("n%1").arg(i + 1).toUtf8()), root.out.constData());
        }
    }

    void reportsExitStatusAndStderr()
    {
        SshSession session(m_lab.target(0), m_lab.sshOptions());
        QVERIFY(session.connect());
        const RemoteResult result = session.run(QStringLiteral("echo oops >&2; exit 7"));
        QVERIFY(result.error.ok());
        QCOMPARE(result.exitStatus, 7);
        QCOMPARE(result.lastLine(), QStringLiteral("oops"));
    }

    void streamsStdin()
    {
        SshSession session(m_lab.target(0), m_lab.sshOptions());
        QVERIFY(session.connect());
        const QByteArray input(8 * 1024 * 1024 + 13, 'x');
        const RemoteResult result = session.run(QStringLiteral("wc -c"), input);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.out.trimmed().toLongLong(), qint64(input.size()));
    }

    void refusesUnknownHostKeyShowingFingerprint()
    {
        SshOptions options = m_lab.sshOptions();
        options.knownHostsFile = writeKnownHosts({});
        SshSession session(m_lab.target(0), options);
        QVERIFY(!session.connect());
        QCOMPARE(session.error().kind, SshError::HostKeyUnknown);
        QVERIFY2(session.error().message.contains(QLatin1String("SHA256:")), qPrintable(session.error().message));
        QVERIFY(session.error().message.contains(QLatin1String("fleetctl trust")));
        QCOMPARE(session.error().failureKind(), FailureKind::HostKey); // fleetctl: exit 3
    }

    void refusesChangedHostKey()
    {
        // Node 1's name with node 2's key: what a reinstalled (or impersonated) node looks like.
        QFile real(m_lab.knownHosts);
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = real.readAll().split('\n');
        QByteArray secondKey;
        for (const QByteArray &line : lines)
            if (line.startsWith(QByteArray(m_lab.nodes.at(1).toUtf8() + ' ')))
                secondKey = line.mid(line.indexOf(' ') + 1);
        QVERIFY(!secondKey.isEmpty());
        SshOptions options = m_lab.sshOptions();
        options.knownHostsFile = writeKnownHosts(m_lab.nodes.at(0).toUtf8() + ' ' + secondKey + '\n');
        SshSession session(m_lab.target(0), options);
        QVERIFY(!session.connect());
        QCOMPARE(session.error().kind, SshError::HostKeyChanged);
        QVERIFY(session.error().message.contains(QLatin1String("CHANGED")));
        QVERIFY(session.error().message.contains(QLatin1String("--forget")));
        // The known_hosts file was not rewritten.
        QFile after(options.knownHostsFile);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), QByteArray(m_lab.nodes.at(0).toUtf8() + ' ' + secondKey + '\n'));
    }

    void trustOnFirstUseRecordsKey()
    {
        SshOptions options = m_lab.sshOptions();
        options.knownHostsFile = m_tmp.filePath(QStringLiteral("tofu/known_hosts"));
        options.unknownHostKey = UnknownHostKeyPolicy::Ask;
        QString shown;
        options.confirmUnknownHostKey = [&](const QString &, const QString &fingerprint) {
            shown = fingerprint;
            return true;
        };
        {
            SshSession session(m_lab.target(2), options);
            QVERIFY2(session.connect(), qPrintable(session.error().message));
            QVERIFY(shown.startsWith(QLatin1String("SHA256:")));
        }
        // Second time the key is known: no question asked.
        shown.clear();
        SshSession again(m_lab.target(2), options);
        QVERIFY(again.connect());
        QVERIFY(shown.isEmpty());
    }

    void refusesWrongClientKey()
    {
        const QString key = m_tmp.filePath(QStringLiteral("stranger_key"));
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                    QStringLiteral("-N"), QString(), QStringLiteral("-f"), key}),
                 0);
        SshOptions options = m_lab.sshOptions();
        options.identityFile = key;
        SshSession session(m_lab.target(0), options);
        QVERIFY(!session.connect());
        QCOMPARE(session.error().kind, SshError::AuthDenied);
        QVERIFY(session.error().message.contains(QLatin1String("refused our key")));
    }

    void failsFastWhenNothingListens()
    {
        SshOptions options = m_lab.sshOptions();
        options.connectTimeoutMs = 2000;
        SshSession session(SshTarget{QStringLiteral("127.0.77.250"), 22, m_lab.user}, options);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!session.connect());
        QVERIFY(clock.elapsed() < 2500);
        QCOMPARE(session.error().kind, SshError::Connect);
        QVERIFY2(session.error().message.contains(QLatin1String("127.0.77.250")), qPrintable(session.error().message));
        QVERIFY(session.error().message.contains(QLatin1String("Connection refused")));
        QCOMPARE(session.error().failureKind(), FailureKind::Unreachable); // fleetctl: exit 4
    }

    void interruptEndsABlockedCommandPromptly()
    {
        SshSession session(m_lab.target(0), m_lab.sshOptions());
        QVERIFY(session.connect());
        std::thread canceller([&session] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            session.interrupt();
        });
        QElapsedTimer clock;
        clock.start();
        const RemoteResult result = session.run(QStringLiteral("sleep 30"));
        canceller.join();
        QVERIFY(clock.elapsed() < 1300);
        QCOMPARE(result.error.kind, SshError::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "TestSshSession.moc"
