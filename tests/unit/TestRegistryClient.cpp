#include "images/stores/RegistryClient.h"

#include <QTest>

using namespace fleet;

// The parts of the Registry v2 client that need no server: pagination links and the messages made from
// failed answers (401 challenges, deletes turned off, unreachable).
class TestRegistryClient final : public QObject
{
    Q_OBJECT

    static StoreLocation location()
    {
        QString error;
        return *StoreLocation::parse(QStringLiteral("registry://127.0.0.1:5000"), &error);
    }

private Q_SLOTS:
    void followsOnlySameRegistryNextLinks_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("next");
        QTest::newRow("catalog") << QByteArray("</v2/_catalog?last=team%2Fapp&n=100>; rel=\"next\"")
                                 << QStringLiteral("/v2/_catalog?last=team%2Fapp&n=100");
        QTest::newRow("tags") << QByteArray("</v2/app/tags/list?last=1.0.9&n=100>; rel=next")
                              << QStringLiteral("/v2/app/tags/list?last=1.0.9&n=100");
        QTest::newRow("none") << QByteArray() << QString();
        QTest::newRow("not next") << QByteArray("</v2/_catalog?n=1>; rel=\"prev\"") << QString();
        QTest::newRow("other host") << QByteArray("<http://evil.example/v2/_catalog?n=1>; rel=\"next\"") << QString();
        QTest::newRow("other path") << QByteArray("</admin?x=1>; rel=\"next\"") << QString();
        // A network-path reference is relative to the scheme only: it names another host (found by fuzzing).
        QTest::newRow("network path") << QByteArray("<//evil.example/v2/_catalog?n=1>; rel=\"next\"") << QString();
        // An empty but present authority ("///v2/…") is kept by QUrl::toString(); only path and query are returned.
        QTest::newRow("empty authority") << QByteArray("<///v2/_catalog?n=1>; rel=\"next\"")
                                         << QStringLiteral("/v2/_catalog?n=1");
    }

    void followsOnlySameRegistryNextLinks()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, next);
        QCOMPARE(RegistryClient::nextLink(header), next);
    }

    void explainsA401()
    {
        RegistryClient anonymous(location(), StoreCredentials{});
        HttpResponse response;
        response.status = 401;
        response.headers = {{"www-authenticate", "Basic realm=\"Registry Realm\""}};
        StoreError e = anonymous.errorFrom(response, QStringLiteral("listing"));
        QCOMPARE(e.kind, StoreError::Auth);
        QVERIFY2(e.message.contains(QStringLiteral("requires a login")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("FLEET_REGISTRY_USERNAME")), qPrintable(e.message));

        RegistryClient withLogin(location(), StoreCredentials{"fleet", "pw", QStringLiteral("environment")});
        e = withLogin.errorFrom(response, QStringLiteral("listing"));
        QVERIFY2(e.message.contains(QStringLiteral("refused the user name or password")), qPrintable(e.message));
        QVERIFY(!e.message.contains(QStringLiteral("pw"))); // never echoes the secret

        response.headers = {{"www-authenticate", "Bearer realm=\"https://auth.example/token\",service=\"r\""}};
        e = anonymous.errorFrom(response, QStringLiteral("listing"));
        QCOMPARE(e.kind, StoreError::Auth);
        QVERIFY2(e.message.contains(QStringLiteral("token authentication")), qPrintable(e.message));
    }

    void explainsOtherFailures()
    {
        RegistryClient client(location(), StoreCredentials{});
        HttpResponse response;
        response.transportError = QStringLiteral("Couldn't connect to server");
        StoreError e = client.errorFrom(response, QStringLiteral("listing"));
        QCOMPARE(e.kind, StoreError::Unreachable);
        QCOMPARE(e.failureKind(), FailureKind::Unreachable);

        response = {};
        response.status = 405;
        response.body = "{\"errors\":[{\"code\":\"UNSUPPORTED\",\"message\":\"The operation is unsupported.\"}]}";
        e = client.errorFrom(response, QStringLiteral("removing"));
        QVERIFY2(e.message.contains(QStringLiteral("delete: enabled: true")), qPrintable(e.message));

        response.status = 404;
        response.body = "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}";
        e = client.errorFrom(response, QStringLiteral("manifest"));
        QCOMPARE(e.kind, StoreError::NotFound);
        QVERIFY2(e.message.contains(QStringLiteral("MANIFEST_UNKNOWN")), qPrintable(e.message));
    }

    void anOversizedAnswerIsNotAConnectionProblem()
    {
        RegistryClient client(location(), StoreCredentials{});
        HttpResponse response;
        response.status = 200;
        response.tooLarge = true;
        response.transportError = QStringLiteral("the answer is larger than 16 MiB");
        const StoreError e = client.errorFrom(response, QStringLiteral("listing"));
        QCOMPARE(e.kind, StoreError::Failed);
        QVERIFY2(e.message.contains(QStringLiteral("larger than 16 MiB")), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "TestRegistryClient.moc"
