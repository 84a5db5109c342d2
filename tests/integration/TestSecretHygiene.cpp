#include "agent/AgentProtocol.h"
#include "agent/SecretStore.h"
#include "history/HistoryStore.h"
#include "lab/LabEnvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace fleet;
using fleet::test::LabEnvironment;

// A freshly installed agent's token, looked for everywhere it must not be: `fleetctl agent install` on a lab
// node, inside a desktop-like session (tests/tools/with-keyring: private D-Bus + gnome-keyring, throwaway HOME),
// then scan/status/nodes so the history and settings are written. The token is in the keyring, and on the node
// only in the agent's 0600 agent.json — not in the history SQLite file (nor its WAL), QSettings files, any other
// file under HOME, the lab's and the agent's logs, the agent's argv or its environment.
class TestSecretHygiene final : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QString m_output;
    static constexpr int kNode = 3;

    QString node() const { return m_lab.nodes.value(kNode); }
    QString home() const { return qEnvironmentVariable("HOME"); }

    int fleetctl(const QStringList &args)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"),
                      QStringList{QStringLiteral("--identity"), m_lab.identity, QStringLiteral("--known-hosts"),
                                  m_lab.knownHosts, QStringLiteral("--user"), m_lab.user}
                          + args);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        m_output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Files under `root` holding `needle`, except those `allowed` names (full paths).
    static QStringList filesContaining(const QString &root, const QByteArray &needle, const QStringList &allowed = {},
                                       int *scanned = nullptr)
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (allowed.contains(path) || it.fileInfo().size() > (64 << 20) || !it.fileInfo().isFile())
                continue;
            if (scanned)
                ++*scanned;
            if (read(path).contains(needle))
                hits << path;
        }
        return hits;
    }

    // The token in every spelling it could leak in: as is, base64 (qtkeychain's encoding), hex.
    static QList<QByteArray> spellings(const QByteArray &token)
    {
        return {token, token.toBase64(), token.toHex()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY2(qEnvironmentVariable("FLEET_TEST_KEYRING") == QLatin1String("unlocked"),
                 "run through tests/tools/with-keyring (ctest does)");
        QVERIFY(home().startsWith(QLatin1String("/tmp/fleet-keyring.")));
        fleetctl({QStringLiteral("agent"), QStringLiteral("remove"), node()}); // a previous run may have left one
    }

    void installedTokenLeaksNowhere()
    {
        QVERIFY2(fleetctl({QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("install"), node()}) == 0,
                 qPrintable(m_output));
        const QJsonObject installed = QJsonDocument::fromJson(m_output.trimmed().split(u'\n').last().toUtf8()).object();
        const qint64 pid = qint64(installed.value(QLatin1String("pid")).toDouble());
        QVERIFY2(pid > 0, qPrintable(m_output));
        const QString installDir = installed.value(QLatin1String("dir")).toString();
        QVERIFY2(!installDir.isEmpty(), qPrintable(m_output));

        // The token, from where the workstation keeps it: the keyring of this session.
        const QString reference = SecretStore::referenceFor(node(), AgentProtocol::kDefaultPort);
        SecretStore secrets;
        QString error;
        const std::optional<AgentSecret> secret = secrets.read(reference, &error);
        QVERIFY2(secret, qPrintable(error));
        QCOMPARE(secrets.lastBackend(), SecretStore::Backend::Keychain);
        const QByteArray token = secret->token;
        QVERIFY(token.size() >= 32);
        QVERIFY(!QFile::exists(SecretStore::defaultFilePath())); // no file copy on a desktop with a keyring

        // Use it the way people do: status (hello over wss with the token), a scan and the node list (history).
        QVERIFY2(fleetctl({QStringLiteral("agent"), QStringLiteral("status"), node()}) == 0, qPrintable(m_output));
        QVERIFY2(m_output.contains(QLatin1String("ONLINE")) || m_output.contains(QLatin1String("online")),
                 qPrintable(m_output));
        QVERIFY2(fleetctl({QStringLiteral("scan"), node()}) == 0, qPrintable(m_output));
        QVERIFY2(fleetctl({QStringLiteral("nodes")}) == 0, qPrintable(m_output));
        // The GUI records the reference in the history's nodes table (ui/AgentActions): do the same here.
        QString historyPath;
        for (QDirIterator it(home(), {QStringLiteral("history.db")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();)
            historyPath = it.next();
        QVERIFY2(!historyPath.isEmpty(), qPrintable(QStringLiteral("no history.db under ") + home()));
        {
            HistoryStore store;
            QVERIFY2(store.open(historyPath), qPrintable(store.errorString()));
            QVERIFY(store.setSecretRef(node(), reference));
            QCOMPARE(store.secretRef(node()), reference);
        }

        for (const QByteArray &needle : spellings(token)) {
            // HOME: history.db (+ -wal/-shm), QSettings files, caches; the keyring file is encrypted.
            int scanned = 0;
            QCOMPARE(filesContaining(home(), needle, {}, &scanned), QStringList());
            QVERIFY(scanned >= 2);
            // The lab: sshd and dockerd logs of every node, the agent's own log and files; only its 0600
            // agent.json may hold the token (the agent reads it from there).
            const QString config = installDir + QStringLiteral("/agent.json");
            QCOMPARE(filesContaining(m_lab.dir, needle, {config}), QStringList());
            QVERIFY(read(config).contains(token)); // it is where it belongs (else this test looks at nothing)
            // The agent's command line and environment (the lab's nodes share this kernel).
            QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
            QVERIFY(!read(QStringLiteral("/proc/%1/cmdline").arg(pid)).contains(needle));
            const QByteArray environ = read(QStringLiteral("/proc/%1/environ").arg(pid));
            QVERIFY(!environ.isEmpty());
            QVERIFY(!environ.contains(needle));
        }
        QCOMPARE(QFileInfo(installDir + QStringLiteral("/agent.json")).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void removeTakesTheTokenFromTheKeyring()
    {
        const QString reference = SecretStore::referenceFor(node(), AgentProtocol::kDefaultPort);
        QVERIFY2(fleetctl({QStringLiteral("agent"), QStringLiteral("remove"), node()}) == 0, qPrintable(m_output));
        SecretStore secrets;
        QString error;
        QVERIFY(!secrets.read(reference, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_lab.isUp())
            fleetctl({QStringLiteral("agent"), QStringLiteral("remove"), node()});
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "TestSecretHygiene.moc"
