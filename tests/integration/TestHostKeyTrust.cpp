#include "actions/HostKeyTrust.h"
#include "lab/LabEnvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::LabEnvironment;

// HostKeyTrust against a real sshd (lab node 1), on a copy of the lab's known_hosts: forget, a mismatching
// fingerprint refused with nothing recorded, the shown key recorded, a second trust a no-op.
class TestHostKeyTrust final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;
    QString m_knownHosts;

    TrustParams params() const
    {
        TrustParams p;
        p.target = m_lab.target(0);
        p.ssh = m_lab.sshOptions();
        p.ssh.knownHostsFile = m_knownHosts;
        return p;
    }
    QByteArray knownHosts() const
    {
        QFile file(m_knownHosts);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(QFile::copy(m_lab.knownHosts, m_knownHosts));
    }

    void alreadyTrustedIsANoOp()
    {
        const TrustResult result = HostKeyTrust::trust(params());
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.recorded);
        QVERIFY(result.fingerprint.startsWith(QLatin1String("SHA256:")));
    }

    void forgetRemovesTheNodesKeys()
    {
        const ForgetResult result = HostKeyTrust::forget(m_knownHosts, m_lab.target(0));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.removed >= 1);
        QVERIFY(!knownHosts().contains(QByteArray(m_lab.nodes.at(0).toUtf8() + ' ')));
        QVERIFY(knownHosts().contains(m_lab.nodes.at(1).toUtf8())); // the others stay
    }

    void aSwappedKeyIsRefusedAndNothingRecorded()
    {
        const QByteArray before = knownHosts();
        TrustParams p = params();
        p.expectedFingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        const TrustResult result = HostKeyTrust::trust(p);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure.kind, FailureKind::HostKey);
        QVERIFY2(result.message.contains(p.expectedFingerprint) && result.message.contains(result.fingerprint),
                 qPrintable(result.message));
        QCOMPARE(knownHosts(), before);
    }

    void declinedIsRefused()
    {
        TrustParams p = params();
        QString asked;
        p.confirm = [&asked](const QString &, const QString &fingerprint) {
            asked = fingerprint;
            return false;
        };
        const TrustResult result = HostKeyTrust::trust(p);
        QCOMPARE(result.failure.kind, FailureKind::HostKey);
        QVERIFY(asked.startsWith(QLatin1String("SHA256:")));
    }

    void theShownKeyIsRecorded()
    {
        TrustParams probe = params();
        probe.confirm = [](const QString &, const QString &) { return false; };
        const QString fingerprint = HostKeyTrust::trust(probe).fingerprint;
        TrustParams p = params();
        p.expectedFingerprint = fingerprint;
        const TrustResult result = HostKeyTrust::trust(p);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.recorded);
        QVERIFY(knownHosts().contains(m_lab.nodes.at(0).toUtf8()));
        QVERIFY(!HostKeyTrust::trust(params()).recorded); // now known
    }

    void unreachableNodeSaysSo()
    {
        TrustParams p = params();
        p.target.host = QStringLiteral("127.0.77.250");
        p.ssh.connectTimeoutMs = 1000;
        const TrustResult result = HostKeyTrust::trust(p);
        QCOMPARE(result.failure.kind, FailureKind::Unreachable);
        QVERIFY(result.message.contains(QLatin1String("127.0.77.250")));
    }
};

QTEST_GUILESS_MAIN(TestHostKeyTrust)
#include "TestHostKeyTrust.moc"
