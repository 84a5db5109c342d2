#include "LoopbackServer.h"
#include "lab/LabEnvironment.h"

#include "docker/DockerEngine.h"
#include "images/stores/RegistryStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// RegistryStore against Debian's docker-registry (started here on a free loopback port) and the lab's
// workstation dockerd, which treats 127.0.0.0/8 registries as insecure-OK (plain http) by default.
class TestRegistryStore final : public QObject
{
    Q_OBJECT

private:
    test::LabEnvironment m_lab;
    QTemporaryDir m_tmp;
    test::LoopbackServer m_registry;
    const QString m_image = QStringLiteral("fleet-store-reg:1.0.0");
    QString m_imageId;

    StoreLocation location(quint16 port = 0) const
    {
        QString error;
        return StoreLocation::parse(QStringLiteral("registry://127.0.0.1:%1").arg(port ? port : m_registry.port()),
                                    &error).value();
    }
    static TagPolicy trusting()
    {
        TagPolicy::Settings settings;
        settings.trustedRegistries << QStringLiteral("127.0.0.1");
        return TagPolicy(settings);
    }
    QString registryTag() const { return QStringLiteral("127.0.0.1:%1/fleet-store-reg:1.0.0").arg(m_registry.port()); }
    bool repositoryExists() const
    {
        return QDir(m_tmp.filePath(QStringLiteral("registry/data/docker/registry/v2/repositories/fleet-store-reg")))
            .exists();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY(m_tmp.isValid());
        QString output;
        QVERIFY2(m_lab.lab({QStringLiteral("image"), m_image, QStringLiteral("--mb"), QStringLiteral("2")}, &output)
                     == 0, qPrintable(output));
        m_imageId = output.trimmed().split(QLatin1Char('\n')).last().trimmed();
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("registry"))));
        QString error;
        QVERIFY2(m_registry.startRegistry(m_tmp.filePath(QStringLiteral("registry")), &error), qPrintable(error));
    }

    void anUntrustedRegistryIsRefusedBeforeContact()
    {
        RegistryStore store(location(), StoreCredentials{}, TagPolicy()); // defaults: localhost, docker.io, ghcr.io
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY(!store.put(engine, m_image));
        QCOMPARE(store.error().kind, StoreError::Policy);
        QVERIFY2(store.error().message.contains(QStringLiteral("not in the trusted list")),
                 qPrintable(store.error().message));
        QVERIFY(!store.get(engine, m_image));
        QCOMPARE(store.error().kind, StoreError::Policy);
        QVERIFY(!store.list()); // listing and removing contact the registry (with credentials) too
        QCOMPARE(store.error().kind, StoreError::Policy);
        QVERIFY(!store.remove(m_image));
        QCOMPARE(store.error().kind, StoreError::Policy);
        QVERIFY(!repositoryExists());
        QVERIFY(!engine.inspectImage(registryTag())); // not even tagged for the push
    }

    void latestIsRefused()
    {
        RegistryStore store(location(), StoreCredentials{}, trusting());
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY(engine.tag(m_image, QStringLiteral("fleet-store-reg"), QStringLiteral("latest")));
        QVERIFY(!store.put(engine, QStringLiteral("fleet-store-reg:latest")));
        QCOMPARE(store.error().kind, StoreError::Policy);
        engine.removeImage(QStringLiteral("fleet-store-reg:latest"));
    }

    void archiveNamesAreRefused()
    {
        RegistryStore store(location(), StoreCredentials{}, trusting());
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY(!store.put(engine, m_image, QStringLiteral("fleet-reg-named")));
        QCOMPARE(store.error().kind, StoreError::Invalid);
        QVERIFY2(store.error().message.contains(QStringLiteral("a registry keeps images by name:tag"))
                     && store.error().message.contains(QStringLiteral("give the tag instead")),
                 qPrintable(store.error().message));
        QVERIFY(!repositoryExists()); // nothing was pushed
        QVERIFY(!store.get(engine, QStringLiteral("fleet-reg-named")));
        QCOMPARE(store.error().kind, StoreError::Invalid);
        QVERIFY2(store.error().message.contains(QStringLiteral("give the tag instead")),
                 qPrintable(store.error().message));
        QVERIFY(!store.remove(QStringLiteral("fleet-reg-named")));
        QCOMPARE(store.error().kind, StoreError::Invalid);
        QVERIFY(!store.describe(QStringLiteral("fleet-reg-named")));
        QCOMPARE(store.error().kind, StoreError::Invalid);
    }

    void pushListPullRemove()
    {
        RegistryStore store(location(), StoreCredentials{}, trusting());
        DockerEngine engine(m_lab.dockerHost);
        const std::optional<StoredArchive> stored = store.put(engine, m_image);
        QVERIFY2(stored, qPrintable(store.error().message));
        QCOMPARE(stored->sha256.size(), 64);
        QVERIFY(repositoryExists());
        QVERIFY(!engine.inspectImage(registryTag())); // the push-only name is gone again

        const std::optional<QList<StoredArchive>> listed = store.list();
        QVERIFY2(listed, qPrintable(store.error().message));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().reference, m_image);
        QCOMPARE(listed->first().sha256, stored->sha256); // the manifest digest dockerd reported
        QCOMPARE(listed->first().imageId, m_imageId);
        QVERIFY(listed->first().size > 1000 * 1000);
        QVERIFY(listed->first().created.isValid());

        QVERIFY(engine.removeImage(m_image, true));
        QVERIFY2(store.get(engine, m_image), qPrintable(store.error().message));
        const std::optional<ImageInfo> pulled = engine.inspectImage(m_image);
        QVERIFY(pulled);
        QCOMPARE(pulled->id, m_imageId);
        QCOMPARE(pulled->repoTags, QStringList{m_image});

        QVERIFY(!store.get(engine, QStringLiteral("fleet-store-reg:9.9.9")));
        QCOMPARE(store.error().kind, StoreError::NotFound);

        QVERIFY2(store.remove(m_image), qPrintable(store.error().message));
        const std::optional<QList<StoredArchive>> after = store.list();
        QVERIFY2(after, qPrintable(store.error().message));
        QVERIFY(after->isEmpty());
        QVERIFY(!store.remove(m_image));
        QCOMPARE(store.error().kind, StoreError::NotFound);
    }

    void fleetctlListsWithJson()
    {
        RegistryStore store(location(), StoreCredentials{}, trusting());
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY2(store.put(engine, m_image), qPrintable(store.error().message));
        // fleetctl reads the trusted registries from its settings: a private config directory that trusts
        // 127.0.0.1, and one with the defaults, where listing is refused before the registry is contacted.
        QTemporaryDir config;
        QSettings trust(config.filePath(QStringLiteral("FleetCommander/fleet-commander.conf")), QSettings::IniFormat);
        trust.setValue(QStringLiteral("policy/trustedRegistries"), QStringList{QStringLiteral("127.0.0.1")});
        trust.sync();
        QTemporaryDir defaults;
        const auto run = [this](QProcess &fleetctl, const QString &configHome) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
            fleetctl.setProcessEnvironment(env);
            fleetctl.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"),
                           {QStringLiteral("--json"), QStringLiteral("store"), QStringLiteral("list"),
                            QStringLiteral("registry://127.0.0.1:%1").arg(m_registry.port())});
            return fleetctl.waitForFinished(60000);
        };
        QProcess refused;
        QVERIFY(run(refused, defaults.path()));
        QCOMPARE(refused.exitCode(), 1);
        const QByteArray said = refused.readAllStandardOutput() + refused.readAllStandardError();
        QVERIFY2(said.contains("not in the trusted list"), said.constData());
        QProcess fleetctl;
        QVERIFY(run(fleetctl, config.path()));
        QCOMPARE(fleetctl.exitCode(), 0);
        const QList<QByteArray> lines = fleetctl.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("reference")).toString(), m_image);
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("count")).toInt(), 1);
    }

    void anUnreachableRegistrySaysSo()
    {
        const quint16 closed = test::LoopbackServer::freePort();
        RegistryStore store(location(closed), StoreCredentials{}, trusting());
        QVERIFY(!store.list());
        QCOMPARE(store.error().kind, StoreError::Unreachable);
        QVERIFY2(store.error().message.contains(QStringLiteral("cannot reach the registry")),
                 qPrintable(store.error().message));
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY(!store.get(engine, m_image)); // through dockerd: its words, classified
        QCOMPARE(store.error().kind, StoreError::Unreachable);
        QCOMPARE(store.error().failureKind(), FailureKind::Unreachable);
    }

    void cleanupTestCase()
    {
        m_registry.stop();
        DockerEngine engine(m_lab.dockerHost);
        engine.removeImage(m_image, true);
    }
};

QTEST_GUILESS_MAIN(TestRegistryStore)
#include "TestRegistryStore.moc"
