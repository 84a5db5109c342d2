#include "actions/NodeIdentities.h"
#include "lab/LabEnvironment.h"
#include "ssh/SshSession.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// The desktop's per-node SSH settings against real lab sshds: an OpenSSH client config of the test's own (never
// ~/.ssh/config) gives HostName, User, IdentityFile and ProxyJump per host; a node's own identity wins over it.
class TestSshClientConfig final : public QObject
{
    Q_OBJECT

    test::LabEnvironment m_lab;
    QTemporaryDir m_dir;
    QString m_config;

    SshOptions options() const
    {
        SshOptions ssh;
        ssh.knownHostsFile = m_lab.knownHosts; // the lab's known hosts; no identity: it comes from the config
        ssh.clientConfigFile = m_config;
        ssh.connectTimeoutMs = 5000;
        return ssh;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY(m_lab.nodes.size() >= 2);
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("FleetCommanderTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        // Node 1 by an alias; node 2 only through node 1 (ProxyJump, carried by the system's ssh with this same
        // file, which checks node 1's key against the lab's known_hosts).
        const QString wrongKey = m_dir.filePath(QStringLiteral("not-a-key"));
        QFile junk(wrongKey);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a key\n");
        junk.close();
        m_config = m_dir.filePath(QStringLiteral("ssh_config"));
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Host lab-one\n"
                                  "    HostName %1\n"
                                  "Host lab-one-wrong-key\n"
                                  "    HostName %1\n"
                                  "    IdentityFile %5\n"
                                  "Host %2\n"
                                  "    ProxyJump %1\n"
                                  "Host *\n"
                                  "    User %3\n"
                                  "    IdentityFile %4\n"
                                  "    UserKnownHostsFile %6\n"
                                  "    GlobalKnownHostsFile /dev/null\n"
                                  "    StrictHostKeyChecking yes\n"
                                  "    IdentitiesOnly yes\n")
                       .arg(m_lab.nodes.at(0), m_lab.nodes.at(1), m_lab.user, m_lab.identity, wrongKey,
                            m_lab.knownHosts)
                       .toUtf8());
    }

    void anAliasReachesItsHostNameWithTheConfigsUserAndKey()
    {
        SshSession session(SshTarget{QStringLiteral("lab-one"), 22, {}}, options());
        QCOMPARE(session.connectHost(), m_lab.nodes.at(0));
        QCOMPARE(session.identityFile(), m_lab.identity);
        QCOMPARE(session.target().user, m_lab.user);
        QVERIFY2(session.connect(), qPrintable(session.error().message));
        const RemoteResult result = session.run(QStringLiteral("echo via-config"));
        QCOMPARE(result.out.trimmed(), QByteArray("via-config"));
    }

    void aProxyJumpCarriesTheConnection()
    {
        SshSession session(SshTarget{m_lab.nodes.at(1), 22, {}}, options());
        QCOMPARE(session.proxyJump(), m_lab.nodes.at(0));
        QVERIFY2(session.connect(), qPrintable(session.error().message));
        QVERIFY(!session.hostKeyFingerprint().isEmpty()); // node 2's own key, checked by libssh
        // The command ran on node 2: its sshd gives its own DOCKER_HOST (the lab's per-node daemon).
        const RemoteResult result = session.run(QStringLiteral("echo $DOCKER_HOST"));
        QVERIFY2(result.out.contains("/n2/"), result.out.constData());
        session.disconnect(); // the jump's ssh is stopped with it
    }

    void aJumpThatCannotConnectSaysSo()
    {
        // A jump host where nothing listens (127.0.0.1 port 9 of this lab's config) fails with ssh's words.
        const QString broken = m_dir.filePath(QStringLiteral("broken_config"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Host %1\n    ProxyJump 127.0.0.1:9\nHost *\n    User %2\n    IdentityFile %3\n"
                                  "    BatchMode yes\n")
                       .arg(m_lab.nodes.at(1), m_lab.user, m_lab.identity)
                       .toUtf8());
        file.close();
        SshOptions ssh = options();
        ssh.clientConfigFile = broken;
        SshSession session(SshTarget{m_lab.nodes.at(1), 22, {}}, ssh);
        QVERIFY(!session.connect());
        QVERIFY2(session.error().message.contains(QStringLiteral("ProxyJump 127.0.0.1:9")),
                 qPrintable(session.error().message));
    }

    void aNodesOwnIdentityWinsOverTheConfig()
    {
        SshOptions ssh = options();
        ssh.identityFor = NodeIdentities::lookup({});
        {
            SshSession session(SshTarget{QStringLiteral("lab-one-wrong-key"), 22, {}}, ssh);
            QVERIFY(!session.connect()); // the config's key is no key
            QVERIFY2(session.error().message.contains(QStringLiteral("not-a-key")),
                     qPrintable(session.error().message));
        }
        QVERIFY(NodeIdentities::setForNode(QStringLiteral("lab-one-wrong-key"), m_lab.identity));
        SshSession session(SshTarget{QStringLiteral("lab-one-wrong-key"), 22, {}}, ssh);
        QCOMPARE(session.identityFile(), m_lab.identity);
        QVERIFY2(session.connect(), qPrintable(session.error().message));
        QVERIFY(NodeIdentities::setForNode(QStringLiteral("lab-one-wrong-key"), {}));
    }
};

QTEST_GUILESS_MAIN(TestSshClientConfig)
#include "TestSshClientConfig.moc"
