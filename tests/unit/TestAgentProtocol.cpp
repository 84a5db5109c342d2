#include "agent/AgentProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace fleet;

// The wire format of docs/agent-protocol.md: what is accepted, what is refused with which code, and the
// authentication helpers.
class TestAgentProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAValidRequest()
    {
        const AgentParseResult result =
            AgentProtocol::parse("{\"v\":1,\"type\":\"subscribe\",\"id\":42,\"interval_ms\":500}",
                                 AgentProtocol::requestTypes());
        QVERIFY2(result.ok(), qPrintable(result.detail));
        QCOMPARE(result.message.version, 1);
        QCOMPARE(result.message.type, QStringLiteral("subscribe"));
        QCOMPARE(result.message.id, 42);
        QCOMPARE(result.message.body.value(QLatin1String("interval_ms")).toInt(), 500);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("error");
        QTest::addColumn<qint64>("id");
        QTest::newRow("empty") << QByteArray() << int(AgentProtocolError::BadJson) << qint64(-1);
        QTest::newRow("truncated") << QByteArray("{\"v\":1,\"type\":\"hel") << int(AgentProtocolError::BadJson)
                                   << qint64(-1);
        QTest::newRow("array") << QByteArray("[]") << int(AgentProtocolError::BadJson) << qint64(-1);
        QTest::newRow("string") << QByteArray("\"hello\"") << int(AgentProtocolError::BadJson) << qint64(-1);
        QTest::newRow("no v") << QByteArray("{\"type\":\"hello\",\"id\":3}") << int(AgentProtocolError::MissingVersion)
                              << qint64(3);
        QTest::newRow("v as string") << QByteArray("{\"v\":\"1\",\"type\":\"hello\"}")
                                     << int(AgentProtocolError::MissingVersion) << qint64(-1);
        QTest::newRow("v fractional") << QByteArray("{\"v\":1.5,\"type\":\"hello\"}")
                                      << int(AgentProtocolError::MissingVersion) << qint64(-1);
        QTest::newRow("v 2") << QByteArray("{\"v\":2,\"type\":\"hello\",\"id\":9}")
                             << int(AgentProtocolError::UnsupportedVersion) << qint64(9);
        QTest::newRow("v 0") << QByteArray("{\"v\":0,\"type\":\"hello\"}")
                             << int(AgentProtocolError::UnsupportedVersion)
                             << qint64(-1);
        QTest::newRow("no type") << QByteArray("{\"v\":1}") << int(AgentProtocolError::MissingType) << qint64(-1);
        QTest::newRow("type not string") << QByteArray("{\"v\":1,\"type\":7}") << int(AgentProtocolError::MissingType)
                                         << qint64(-1);
        QTest::newRow("unknown type") << QByteArray("{\"v\":1,\"type\":\"shell\",\"id\":1}")
                                      << int(AgentProtocolError::UnknownType) << qint64(1);
        QTest::newRow("agent type sent to agent") << QByteArray("{\"v\":1,\"type\":\"telemetry\"}")
                                                  << int(AgentProtocolError::UnknownType) << qint64(-1);
        QTest::newRow("negative id") << QByteArray("{\"v\":1,\"type\":\"nope\",\"id\":-5}")
                                     << int(AgentProtocolError::UnknownType) << qint64(-1);
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, error);
        QFETCH(qint64, id);
        const AgentParseResult result = AgentProtocol::parse(text, AgentProtocol::requestTypes());
        QCOMPARE(int(result.error), error);
        QCOMPARE(result.message.id, id);
        QVERIFY(!result.detail.isEmpty());
    }

    void neverEchoesLongInput()
    {
        const QByteArray type(5000, 'x');
        const AgentParseResult result =
            AgentProtocol::parse("{\"v\":1,\"type\":\"" + type + "\"}", AgentProtocol::requestTypes());
        QCOMPARE(result.error, AgentProtocolError::UnknownType);
        QVERIFY(result.detail.size() < 100);
    }

    void encodesAndParsesBack()
    {
        const QByteArray text = AgentProtocol::encode(QStringLiteral("telemetry"),
                                                      {{QStringLiteral("cpu_percent"), 12.5}}, 7);
        const AgentParseResult result = AgentProtocol::parse(text, AgentProtocol::agentTypes());
        QVERIFY(result.ok());
        QCOMPARE(result.message.id, 7);
        QCOMPARE(result.message.body.value(QLatin1String("cpu_percent")).toDouble(), 12.5);
        // No id given: none on the wire.
        QVERIFY(!QJsonDocument::fromJson(AgentProtocol::encode(QStringLiteral("pong"))).object().contains(
            QLatin1String("id")));
    }

    void errorRepliesCarryCodeAndSupportedVersions()
    {
        const QJsonObject error = QJsonDocument::fromJson(AgentProtocol::encodeError(
                                      AgentProtocolError::UnsupportedVersion, QStringLiteral("no"), 3))
                                      .object();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("error"));
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("unsupported_version"));
        QCOMPARE(error.value(QLatin1String("supported")).toArray(), QJsonArray{AgentProtocol::kVersion});
        QCOMPARE(error.value(QLatin1String("id")).toInt(), 3);
        QSet<QString> codes;
        for (auto e : {AgentProtocolError::BadJson, AgentProtocolError::MissingVersion,
                       AgentProtocolError::UnsupportedVersion, AgentProtocolError::MissingType,
                       AgentProtocolError::UnknownType, AgentProtocolError::BadRequest, AgentProtocolError::TooLarge}) {
            const QString code = AgentProtocol::errorCode(e);
            QCOMPARE(AgentProtocol::errorFromCode(code), e);
            codes << code;
        }
        QCOMPARE(codes.size(), 7);
    }

    void bannerSaysOnlyTheVersion()
    {
        QCOMPARE(AgentProtocol::banner(), QStringLiteral("fleet-agent v1"));
        QCOMPARE(AgentProtocol::bannerVersion(AgentProtocol::banner()), 1);
        QCOMPARE(AgentProtocol::bannerVersion(QStringLiteral("fleet-agent v12")), 12);
        QCOMPARE(AgentProtocol::bannerVersion(QStringLiteral("fleet-agent v1 extra")), 0);
        QCOMPARE(AgentProtocol::bannerVersion(QStringLiteral("fleet-agent v1\n")), 0);
        QCOMPARE(AgentProtocol::bannerVersion(QStringLiteral("{\"v\":1}")), 0);
    }

    void readsTheBearerToken()
    {
        QCOMPARE(AgentProtocol::tokenFromAuthorization(AgentProtocol::authorizationHeader("abc123")),
                 QByteArray("abc123"));
        QCOMPARE(AgentProtocol::tokenFromAuthorization("bearer   xyz  "), QByteArray("xyz"));
        QCOMPARE(AgentProtocol::tokenFromAuthorization("Basic dXNlcjpwYXNz"), QByteArray());
        QCOMPARE(AgentProtocol::tokenFromAuthorization("Bearer "), QByteArray());
        QCOMPARE(AgentProtocol::tokenFromAuthorization(""), QByteArray());
    }

    void comparesTokens()
    {
        const QByteArray token = AgentProtocol::newToken();
        QCOMPARE(token.size(), 64);
        QVERIFY(token != AgentProtocol::newToken());
        QVERIFY(AgentProtocol::constantTimeEquals(token, token));
        QVERIFY(!AgentProtocol::constantTimeEquals(token.left(63), token));
        QVERIFY(!AgentProtocol::constantTimeEquals(token + "0", token));
        QByteArray flipped = token;
        flipped[63] = flipped[63] == 'a' ? 'b' : 'a';
        QVERIFY(!AgentProtocol::constantTimeEquals(flipped, token));
        // An agent without a configured token accepts nobody, not even an empty guess.
        QVERIFY(!AgentProtocol::constantTimeEquals(QByteArray(), QByteArray()));
    }

    void normalizesFingerprints()
    {
        const QString hex = QStringLiteral("AB").repeated(32);
        const QString expected = QStringLiteral("sha256:") + QString(QStringLiteral("ab:")).repeated(31)
            + QStringLiteral("ab");
        QCOMPARE(AgentProtocol::normalizeFingerprint(hex), expected);
        QCOMPARE(AgentProtocol::normalizeFingerprint(QStringLiteral("SHA256:") + hex), expected);
        QCOMPARE(AgentProtocol::normalizeFingerprint(expected), expected);
        QCOMPARE(AgentProtocol::normalizeFingerprint(QStringLiteral("ab:cd")), QString());
        QCOMPARE(AgentProtocol::normalizeFingerprint(QStringLiteral("zz").repeated(32)), QString());
    }

    void outOfRangeNumbersAreAbsent()
    {
        // Found by FuzzAgentProtocol: 1e300 converted to qint64 is undefined behaviour (UBSan stopped there).
        const QJsonObject hello = QJsonDocument::fromJson(
            "{\"v\":1,\"type\":\"hello\",\"host\":{\"cpus\":4,\"mem_total\":1e300,\"disk_total\":-1e19,"
            "\"disk_free\":9e18}}").object();
        Node node;
        AgentProtocol::applyHello(hello, node);
        QCOMPARE(node.facts.memTotal, Q_INT64_C(-1));
        QCOMPARE(node.facts.diskTotal, Q_INT64_C(-1));
        QCOMPARE(node.facts.diskFree, Q_INT64_C(9000000000000000000));
        NodeFacts facts;
        AgentProtocol::applyTelemetry(QJsonDocument::fromJson("{\"mem_used\":2e61}").object(), facts);
        QCOMPARE(facts.memUsed, Q_INT64_C(-1));
    }

    void fillsTheNodeModel()
    {
        const QJsonObject hello = QJsonDocument::fromJson("{\"v\":1,\"type\":\"hello\",\"agent_version\":\"0.1.0\","
            "\"host\":{\"hostname\":\"n1\",\"os\":\"Debian GNU/Linux 12 (bookworm)\","
            "\"kernel\":\"linux 6.1.0\",\"arch\":\"x86_64\","
            "\"cpus\":8,\"mem_total\":16000000000,\"disk_total\":500000000000,\"disk_free\":200000000000,"
            "\"gpu\":\"NVIDIA A2\"},"
            "\"docker\":{\"available\":false,\"error\":\"Cannot connect\"}}")
                                      .object();
        Node node;
        AgentProtocol::applyHello(hello, node);
        QCOMPARE(node.hostName, QStringLiteral("n1"));
        QCOMPARE(node.arch, QStringLiteral("x86_64"));
        QCOMPARE(node.agentVersion, QStringLiteral("0.1.0"));
        QCOMPARE(node.facts.cpuCount, 8);
        QCOMPARE(node.facts.memTotal, Q_INT64_C(16000000000));
        QCOMPARE(node.facts.diskFree, Q_INT64_C(200000000000));
        QCOMPARE(node.facts.gpu, QStringLiteral("NVIDIA A2"));
        QVERIFY(!node.facts.dockerAvailable);
        QCOMPARE(node.state, NodeState::Online);

        NodeFacts facts;
        AgentProtocol::applyTelemetry(QJsonDocument::fromJson("{\"cpu_percent\":37.5,\"mem_total\":1000,"
            "\"mem_used\":400,\"disk_total\":10,\"disk_free\":4,\"load\":[0.5,0.4,0.3],"
            "\"docker\":{\"available\":true}}")
                                          .object(),
                                      facts);
        QCOMPARE(facts.cpuPercent, 37.5);
        QCOMPARE(facts.memUsed, 400);
        QCOMPARE(facts.load1, 0.5);
        QVERIFY(facts.dockerAvailable);
        AgentProtocol::applyTelemetry(QJsonObject{}, facts); // nothing known: back to "unknown"
        QCOMPARE(facts.cpuPercent, -1.0);
        QCOMPARE(facts.memUsed, -1);
    }
};

QTEST_GUILESS_MAIN(TestAgentProtocol)
#include "TestAgentProtocol.moc"
