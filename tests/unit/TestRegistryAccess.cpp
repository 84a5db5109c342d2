#include "ScriptedHttpServer.h"

#include "images/stores/RegistryStore.h"
#include "images/stores/StoreCredentials.h"

#include <QIODevice>
#include <QTest>

using namespace fleet;
using test::ScriptedHttpServer;
using test::SeenRequest;

namespace {

// A registry that wants a login: 401 + Basic challenge to everything without one, an empty catalog otherwise.
ScriptedHttpServer::Script registryWantingALogin()
{
    return [](const SeenRequest &request, QIODevice *peer) {
        if (!request.headers.contains("authorization"))
            peer->write(ScriptedHttpServer::answer(401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}",
                                                   {"WWW-Authenticate: Basic realm=\"Registry Realm\""}));
        else
            peer->write(ScriptedHttpServer::answer(200, "{\"repositories\":[]}"));
        return ScriptedHttpServer::After::Close;
    };
}

// Sets an environment variable for one scope.
class EnvironmentVariable final
{
public:
    EnvironmentVariable(const char *name, const QByteArray &value)
        : m_name(name)
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvironmentVariable() { qunsetenv(m_name); }

private:
    const char *m_name;
};

} // namespace

// Which registry a RegistryStore may contact, and which credentials go there (issue 11, item 12): list and rm
// are checked against the trusted registries like push and pull, and a login from the environment goes only
// to the registry FLEET_REGISTRY_SERVER names. Against a scripted registry on loopback.
class TestRegistryAccess final : public QObject
{
    Q_OBJECT

    static StoreLocation location(quint16 port)
    {
        QString error;
        return StoreLocation::parse(QStringLiteral("registry://127.0.0.1:%1").arg(port), &error).value();
    }
    static TagPolicy trusting()
    {
        TagPolicy::Settings settings;
        settings.trustedRegistries << QStringLiteral("127.0.0.1");
        return TagPolicy(settings);
    }
    static std::optional<StoreCredentials> resolve(const StoreLocation &where)
    {
        QString error;
        std::optional<StoreCredentials> credentials = StoreCredentials::resolve(where, nullptr, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return credentials;
    }

private Q_SLOTS:
    void init()
    {
        for (const char *name : {"FLEET_REGISTRY_USERNAME", "FLEET_REGISTRY_PASSWORD", "FLEET_REGISTRY_SERVER"})
            qunsetenv(name);
    }

    void listAndRemoveOfAnUntrustedRegistryAreRefusedBeforeContact()
    {
        ScriptedHttpServer registry(registryWantingALogin());
        QVERIFY(registry.listenTcp());
        RegistryStore store(location(registry.port()), StoreCredentials{}, TagPolicy()); // localhost, docker.io…
        QVERIFY(!store.list());
        QCOMPARE(store.error().kind, StoreError::Policy);
        QVERIFY2(store.error().message.contains(QStringLiteral("not in the trusted list")),
                 qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(registry.port())),
                 qPrintable(store.error().message));
        QVERIFY(!store.remove(QStringLiteral("app:1.0.0")));
        QCOMPARE(store.error().kind, StoreError::Policy);
        QCOMPARE(registry.connections(), 0);

        RegistryStore trusted(location(registry.port()), StoreCredentials{}, trusting());
        QVERIFY(!trusted.list()); // trusted: contacted (and it wants a login)
        QCOMPARE(trusted.error().kind, StoreError::Auth);
        QVERIFY(registry.connections() > 0);
    }

    void aTrustedPortIsNotAnotherPort()
    {
        ScriptedHttpServer registry(registryWantingALogin());
        QVERIFY(registry.listenTcp());
        TagPolicy::Settings settings;
        settings.trustedRegistries << QStringLiteral("127.0.0.1:%1").arg(registry.port() == 1 ? 2 : 1);
        RegistryStore store(location(registry.port()), StoreCredentials{}, TagPolicy(settings));
        QVERIFY(!store.list());
        QCOMPARE(store.error().kind, StoreError::Policy);
        QCOMPARE(registry.connections(), 0);
    }

    void anEnvironmentLoginNamingNoRegistryIsNotSent()
    {
        ScriptedHttpServer registry(registryWantingALogin());
        QVERIFY(registry.listenTcp());
        const EnvironmentVariable user("FLEET_REGISTRY_USERNAME", "fleet");
        const EnvironmentVariable password("FLEET_REGISTRY_PASSWORD", "s3cret-pw");
        const StoreLocation where = location(registry.port());
        const std::optional<StoreCredentials> credentials = resolve(where);
        QVERIFY(!credentials || credentials->isEmpty());

        RegistryStore store(where, credentials.value_or(StoreCredentials{}), trusting());
        QVERIFY(!store.list());
        QCOMPARE(store.error().kind, StoreError::Auth);
        for (const SeenRequest &seen : registry.requests())
            QVERIFY(!seen.headers.contains("authorization"));
        const QString message = store.error().message;
        QVERIFY2(message.contains(QStringLiteral("FLEET_REGISTRY_SERVER")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not sent")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("s3cret-pw")));
    }

    void anEnvironmentLoginForAnotherRegistryIsNotSent()
    {
        ScriptedHttpServer registry(registryWantingALogin());
        QVERIFY(registry.listenTcp());
        const EnvironmentVariable user("FLEET_REGISTRY_USERNAME", "fleet");
        const EnvironmentVariable password("FLEET_REGISTRY_PASSWORD", "s3cret-pw");
        const StoreLocation where = location(registry.port());
        const QList<QByteArray> others{"127.0.0.2:5000", "127.0.0.1",
                                       QByteArray("127.0.0.1:") + QByteArray::number(registry.port() + 1)};
        for (const QByteArray &other : others) {
            const EnvironmentVariable server("FLEET_REGISTRY_SERVER", other);
            const std::optional<StoreCredentials> credentials = resolve(where);
            QVERIFY2(!credentials || credentials->isEmpty(), other.constData());
            RegistryStore store(where, credentials.value_or(StoreCredentials{}), trusting());
            QVERIFY(!store.list());
            QCOMPARE(store.error().kind, StoreError::Auth);
            QVERIFY2(store.error().message.contains(QString::fromLatin1(other)), qPrintable(store.error().message));
        }
        for (const SeenRequest &seen : registry.requests())
            QVERIFY(!seen.headers.contains("authorization"));
    }

    void anEnvironmentLoginForThisRegistryIsSent()
    {
        ScriptedHttpServer registry(registryWantingALogin());
        QVERIFY(registry.listenTcp());
        const EnvironmentVariable user("FLEET_REGISTRY_USERNAME", "fleet");
        const EnvironmentVariable password("FLEET_REGISTRY_PASSWORD", "s3cret-pw");
        const EnvironmentVariable server("FLEET_REGISTRY_SERVER",
                                         QByteArray("127.0.0.1:") + QByteArray::number(registry.port()));
        const StoreLocation where = location(registry.port());
        const std::optional<StoreCredentials> credentials = resolve(where);
        QVERIFY(credentials);
        QCOMPARE(credentials->user, QByteArray("fleet"));
        QCOMPARE(credentials->source, QStringLiteral("environment"));
        RegistryStore store(where, *credentials, trusting());
        const std::optional<QList<StoredArchive>> listed = store.list();
        QVERIFY2(listed, qPrintable(store.error().message));
        QCOMPARE(registry.requests().last().headers.value("authorization"),
                 "Basic " + QByteArray("fleet:s3cret-pw").toBase64());
    }

    void s3KeysFromTheEnvironmentAreUnchanged()
    {
        const EnvironmentVariable id("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        const EnvironmentVariable key("AWS_SECRET_ACCESS_KEY", "secret");
        QString error;
        const StoreLocation where = StoreLocation::parse(QStringLiteral("s3://fleet?endpoint=http://127.0.0.1:9000"),
                                                         &error).value();
        const std::optional<StoreCredentials> credentials = resolve(where);
        QVERIFY(credentials);
        QCOMPARE(credentials->user, QByteArray("AKIDEXAMPLE"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryAccess)
#include "TestRegistryAccess.moc"
