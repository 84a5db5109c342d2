#include "discovery/HostTarget.h"

#include <QTest>

using namespace fleet;

// HostTarget::parse: the host[:port] grammar of the command line, known_hosts and inventories.
class TestHostTarget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesHosts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::newRow("name") << "node-1.lan" << "node-1.lan" << 0 << "";
        QTest::newRow("ip") << "127.0.78.11" << "127.0.78.11" << 0 << "";
        QTest::newRow("ip:port") << "127.0.78.11:2222" << "127.0.78.11" << 2222 << "";
        QTest::newRow("user@host:port") << "admin@node_2:22" << "node_2" << 22 << "admin";
        QTest::newRow("bracketed") << "[node3]:2200" << "node3" << 2200 << "";
        QTest::newRow("bare v6") << "::1" << "::1" << 0 << "";
        QTest::newRow("v6 with port") << "[::1]:22" << "::1" << 22 << "";
        QTest::newRow("v6 long form") << "0:0:0:0:0:0:0:1" << "::1" << 0 << "";
    }
    void parsesHosts()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QString error;
        const std::optional<HostTarget> target = HostTarget::parse(text, QStringLiteral("host"), &error);
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->host, host);
        QCOMPARE(int(target->port), port);
        QCOMPARE(target->user, user);
        QCOMPARE(target->source, QStringLiteral("host"));
    }

    void refusesGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("port 0") << "host:0";
        QTest::newRow("port 65536") << "host:65536";
        QTest::newRow("port text") << "host:ssh";
        QTest::newRow("empty port") << "host:";
        QTest::newRow("space") << "two words";
        QTest::newRow("shell") << "$(reboot)";
        QTest::newRow("unclosed bracket") << "[::1:22";
        QTest::newRow("junk after bracket") << "[::1]x";
        QTest::newRow("bad v6") << "fe80:::zz";
        QTest::newRow("empty user") << "@host";
        QTest::newRow("leading dash") << "-oProxyCommand=x";
    }
    void refusesGarbage()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!HostTarget::parse(text, QStringLiteral("host"), &error));
        QVERIFY(!error.isEmpty());
    }

    void wildcards()
    {
        QVERIFY(HostTarget::hasWildcard(QStringLiteral("*.lan")));
        QVERIFY(HostTarget::hasWildcard(QStringLiteral("web?")));
        QVERIFY(HostTarget::hasWildcard(QStringLiteral("!bastion")));
        QVERIFY(!HostTarget::hasWildcard(QStringLiteral("web1")));
    }
};

QTEST_GUILESS_MAIN(TestHostTarget)
#include "TestHostTarget.moc"
