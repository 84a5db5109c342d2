#include "agent/AgentBinary.h"
#include "agent/AgentClient.h"
#include "agent/Bootstrap.h"
#include "agent/SecretStore.h"
#include "lab/LabEnvironment.h"
#include "ssh/SshSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::LabEnvironment;

// Bootstrap against lab nodes 3 and 4 (no lab agent there): install twice, upgrade, restart a stopped agent,
// refuse a foreign architecture, remove without leaving a file or a process behind.
class TestBootstrap final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_tmp;
    QString m_agent;

    QString secretsPath() const { return m_tmp.filePath(QStringLiteral("secrets.json")); }

    BootstrapResult bootstrap(int node, const QString &action, const QString &binary = {})
    {
        SshSession session(m_lab.target(node), m_lab.sshOptions());
        if (!session.connect()) {
            BootstrapResult failed;
            failed.message = session.error().message;
            return failed;
        }
        SecretStore secrets(SecretStore::Backend::File, secretsPath());
        Bootstrap bootstrap(session, secrets);
        BootstrapOptions options;
        options.agentBinary = binary.isEmpty() ? m_agent : binary;
        if (action == QLatin1String("install"))
            return bootstrap.install(options);
        if (action == QLatin1String("remove"))
            return bootstrap.remove(options);
        return bootstrap.status(options);
    }

    QByteArray onNode(int node, const QString &command, int *status = nullptr)
    {
        SshSession session(m_lab.target(node), m_lab.sshOptions());
        if (!session.connect())
            return "ssh failed: " + session.error().message.toUtf8();
        const RemoteResult result = session.run(command);
        if (status)
            *status = result.exitStatus;
        return result.out.trimmed();
    }

    // Processes on the node (the lab's nodes share this kernel) whose command line names `dir`.
    QByteArray processesUsing(int node, const QString &dir)
    {
        // `case` is a shell builtin: no helper process carries the pattern in its own command line.
        return onNode(node, QStringLiteral("d=%1; for f in /proc/[0-9]*/cmdline; do c=$(tr '\\0' ' ' <\"$f\" "
                                           "2>/dev/null); case \"$c\" in *\"$d/\"*) echo \"${f%/cmdline}\";; esac; "
                                           "done; true")
                                .arg(dir));
    }

    std::optional<AgentSecret> secretFor(int node)
    {
        return SecretStore(SecretStore::Backend::File, secretsPath())
            .read(SecretStore::referenceFor(m_lab.nodes.value(node), AgentProtocol::kDefaultPort));
    }

    QJsonObject hello(int node, QString *error = nullptr)
    {
        const std::optional<AgentSecret> secret = secretFor(node);
        if (!secret)
            return {};
        return AgentClient::fetchHello(AgentEndpoint{m_lab.nodes.value(node), AgentProtocol::kDefaultPort,
                                                     secret->token, secret->fingerprint},
                                       5000, error);
    }

    // A copy of the agent with extra bytes after the ELF image: still runs, different checksum.
    QString modifiedAgent(const QByteArray &marker)
    {
        const QString path = m_tmp.filePath(QStringLiteral("fleet-agent-") + QString::fromLatin1(marker));
        QFile::remove(path);
        QFile::copy(m_agent, path);
        QFile file(path);
        file.open(QIODevice::Append);
        file.write("\0fleet-agent-test-" + marker);
        file.close();
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY(m_lab.nodes.size() >= 4);
        QVERIFY(m_tmp.isValid());
        m_agent = qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleet-agent/fleet-agent");
        QVERIFY2(AgentBinary(m_agent).isValid(), qPrintable(AgentBinary(m_agent).error()));
        for (int node : {2, 3})
            bootstrap(node, QStringLiteral("remove")); // a previous run may have left one
    }

    void installsAndIsIdempotent()
    {
        const BootstrapResult first = bootstrap(2, QStringLiteral("install"));
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(first.action, QStringLiteral("installed"));
        QCOMPARE(first.installDir, m_lab.dir + QStringLiteral("/n3/fleet-agent")); // FLEET_AGENT_HOME
        QCOMPARE(first.service, QStringLiteral("background")); // no systemd in the lab
        QVERIFY(first.certificateCreated && first.binaryChanged && first.configChanged);
        QVERIFY(first.pid > 0);
        QVERIFY(first.fingerprint.startsWith(QLatin1String("sha256:")));
        const std::optional<AgentSecret> secret = secretFor(2);
        QVERIFY(secret && secret->token.size() >= 32);
        QCOMPARE(secret->fingerprint, first.fingerprint);
        QVERIFY(!hello(2).isEmpty());
        // The token is on the node only in the 0600 config file, never on a command line.
        QCOMPARE(onNode(2, QStringLiteral("stat -c %a %1/agent.json %1/key.pem").arg(first.installDir)),
                 QByteArray("600\n600"));
        QVERIFY(!onNode(2, QStringLiteral("cat /proc/%1/cmdline | tr '\\0' ' '").arg(first.pid))
                     .contains(secret->token));

        const BootstrapResult second = bootstrap(2, QStringLiteral("install"));
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(second.action, QStringLiteral("unchanged"));
        QVERIFY(!second.binaryChanged && !second.configChanged && !second.certificateCreated);
        QCOMPARE(second.pid, first.pid);
        QCOMPARE(second.fingerprint, first.fingerprint);
        QCOMPARE(secretFor(2)->token, secret->token);
    }

    void upgradesInPlace()
    {
        const BootstrapResult before = bootstrap(2, QStringLiteral("status"));
        QCOMPARE(before.action, QStringLiteral("running"));
        const std::optional<AgentSecret> secret = secretFor(2);
        QVERIFY(secret);
        const QString newer = modifiedAgent("upgrade");
        const BootstrapResult upgraded = bootstrap(2, QStringLiteral("install"), newer);
        QVERIFY2(upgraded.ok, qPrintable(upgraded.message));
        QCOMPARE(upgraded.action, QStringLiteral("upgraded"));
        QVERIFY(upgraded.binaryChanged && !upgraded.configChanged && !upgraded.certificateCreated);
        QVERIFY(upgraded.pid > 0 && upgraded.pid != before.pid);
        QCOMPARE(onNode(2, QStringLiteral("sha256sum %1/fleet-agent | cut -d' ' -f1").arg(upgraded.installDir)),
                 AgentBinary(newer).sha256Hex());
        // Token and certificate survive the upgrade: the recorded secret still opens the door.
        QCOMPARE(secretFor(2)->token, secret->token);
        QCOMPARE(upgraded.fingerprint, secret->fingerprint);
        QVERIFY(!hello(2).isEmpty());
        // The old process is gone: exactly one agent runs from that directory.
        QCOMPARE(processesUsing(2, upgraded.installDir).split('\n').size(), 1);
    }

    void restartsAStoppedAgent()
    {
        const BootstrapResult running = bootstrap(2, QStringLiteral("status"));
        QVERIFY(running.pid > 0);
        int status = -1;
        onNode(2, QStringLiteral("kill -9 %1").arg(running.pid), &status);
        QCOMPARE(status, 0);
        QTRY_COMPARE_WITH_TIMEOUT(bootstrap(2, QStringLiteral("status")).action, QStringLiteral("stopped"), 5000);
        const BootstrapResult again = bootstrap(2, QStringLiteral("install"), modifiedAgent("upgrade"));
        QVERIFY2(again.ok, qPrintable(again.message));
        QCOMPARE(again.action, QStringLiteral("started"));
        QVERIFY(!hello(2).isEmpty());
    }

    void refusesAnotherArchitecture()
    {
        // The same binary with its ELF machine field set to aarch64 (183).
        const QString foreign = m_tmp.filePath(QStringLiteral("fleet-agent-arm64"));
        QFile::copy(m_agent, foreign);
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(18);
        file.write(QByteArray("\xb7\x00", 2));
        file.close();
        const BootstrapResult result = bootstrap(3, QStringLiteral("install"), foreign);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("built for aarch64"))
                     && result.message.contains(QLatin1String("x86_64")),
                 qPrintable(result.message));
        int status = -1;
        onNode(3, QStringLiteral("test -e %1/n4/fleet-agent").arg(m_lab.dir), &status);
        QCOMPARE(status, 1); // nothing was uploaded
    }

    void removeLeavesNothing()
    {
        const BootstrapResult installed = bootstrap(3, QStringLiteral("install"));
        QVERIFY2(installed.ok, qPrintable(installed.message));
        QVERIFY(!processesUsing(3, installed.installDir).isEmpty());
        const BootstrapResult removed = bootstrap(3, QStringLiteral("remove"));
        QVERIFY2(removed.ok, qPrintable(removed.message));
        QCOMPARE(removed.action, QStringLiteral("removed"));
        int status = -1;
        onNode(3, QStringLiteral("test -e %1").arg(installed.installDir), &status);
        QCOMPARE(status, 1);
        QCOMPARE(processesUsing(3, installed.installDir), QByteArray());
        QVERIFY(!secretFor(3));
        QString error;
        QVERIFY(hello(3, &error).isEmpty());
        // Removing again is harmless, and says so.
        const BootstrapResult again = bootstrap(3, QStringLiteral("remove"));
        QVERIFY2(again.ok, qPrintable(again.message));
        QCOMPARE(again.action, QStringLiteral("not-installed"));
    }

    void cleanupTestCase()
    {
        if (!m_lab.isUp())
            return;
        for (int node : {2, 3}) {
            const BootstrapResult removed = bootstrap(node, QStringLiteral("remove"));
            QVERIFY2(removed.ok, qPrintable(removed.message));
        }
        QCOMPARE(processesUsing(2, m_lab.dir + QStringLiteral("/n3/fleet-agent")), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestBootstrap)
#include "TestBootstrap.moc"
