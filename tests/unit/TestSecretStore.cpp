#include "agent/SecretStore.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// The fallback store that headless machines use (a 0600 file), and the automatic choice between it and the
// keychain. With a keychain present the Auto test exercises it instead; CI has none, so the file is what runs.
class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name + QStringLiteral("/agent-secrets.json")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void roundTripsThroughTheFile()
    {
        SecretStore store(SecretStore::Backend::File, path(QStringLiteral("a")));
        const QString ref = SecretStore::referenceFor(QStringLiteral("127.0.79.13"), 7780);
        QCOMPARE(ref, QStringLiteral("agent:127.0.79.13:7780"));
        QString error;
        QVERIFY(!store.read(ref, &error));
        QVERIFY(error.isEmpty()); // none yet is not an error
        QVERIFY(store.write(ref, AgentSecret{"tok-1", QStringLiteral("sha256:aa")}, &error));
        QVERIFY(store.write(SecretStore::referenceFor(QStringLiteral("n2"), 7781), AgentSecret{"tok-2", {}}, &error));
        QCOMPARE(store.lastBackend(), SecretStore::Backend::File);

        // A second store (another process, later) reads the same.
        SecretStore again(SecretStore::Backend::File, path(QStringLiteral("a")));
        const std::optional<AgentSecret> secret = again.read(ref, &error);
        QVERIFY(secret);
        QCOMPARE(secret->token, QByteArray("tok-1"));
        QCOMPARE(secret->fingerprint, QStringLiteral("sha256:aa"));
        QCOMPARE(again.read(SecretStore::referenceFor(QStringLiteral("n2"), 7781))->token, QByteArray("tok-2"));

        QVERIFY(again.write(ref, AgentSecret{"tok-3", QStringLiteral("sha256:bb")}));
        QCOMPARE(store.read(ref)->token, QByteArray("tok-3"));
        QVERIFY(store.remove(ref));
        QVERIFY(!store.read(ref));
        QVERIFY(store.read(SecretStore::referenceFor(QStringLiteral("n2"), 7781)));
        QVERIFY(store.remove(ref)); // removing what is not there is fine
    }

    void fileIsPrivate()
    {
        const QString file = path(QStringLiteral("b"));
        SecretStore store(SecretStore::Backend::File, file);
        QVERIFY(store.write(QStringLiteral("agent:x:1"), AgentSecret{"secret-token", {}}));
        QCOMPARE(QFileInfo(file).permissions() & 0x7077, // owner, group, other
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QFileDevice::Permissions dir = QFileInfo(QFileInfo(file).absolutePath()).permissions();
        QVERIFY(!(dir & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
        // Loosened by someone: tightened again on the next read.
        QFile::setPermissions(file, QFileInfo(file).permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup);
        QVERIFY(store.read(QStringLiteral("agent:x:1")));
        QVERIFY(!(QFileInfo(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    }

    void damagedFileIsReportedNotOverwritten()
    {
        const QString file = path(QStringLiteral("c"));
        SecretStore store(SecretStore::Backend::File, file);
        QVERIFY(store.write(QStringLiteral("agent:x:1"), AgentSecret{"t", {}}));
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{ not json");
        damaged.close();
        QString error;
        QVERIFY(!store.read(QStringLiteral("agent:x:1"), &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY(!store.write(QStringLiteral("agent:y:1"), AgentSecret{"u", {}}, &error));
        QFile check(file);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("{ not json"));
    }

    void defaultsToTheXdgConfigDir()
    {
        QVERIFY(SecretStore::defaultFilePath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
        QVERIFY(SecretStore::defaultFilePath().endsWith(QLatin1String("/fleet-commander/agent-secrets.json")));
    }

    void autoFallsBackWhenNoKeychainAnswers()
    {
        const QString file = path(QStringLiteral("d"));
        SecretStore store(SecretStore::Backend::Auto, file);
        const QString ref = QStringLiteral("agent:fleet-test-%1:1").arg(QCoreApplication::applicationPid());
        QString error;
        QVERIFY2(store.write(ref, AgentSecret{"auto-token", QStringLiteral("sha256:cc")}, &error), qPrintable(error));
        const SecretStore::Backend used = store.lastBackend();
        QVERIFY(used == SecretStore::Backend::Keychain || used == SecretStore::Backend::File);
        // The file holds it exactly when the keychain did not take it.
        QCOMPARE(QFile::exists(file), used == SecretStore::Backend::File);
        QCOMPARE(store.read(ref, &error)->token, QByteArray("auto-token"));
        QCOMPARE(store.lastBackend(), used);
        QVERIFY(store.remove(ref, &error));
        QVERIFY(!store.read(ref));
        qInfo("secret store backend here: %s", used == SecretStore::Backend::File ? "file" : "keychain");
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
