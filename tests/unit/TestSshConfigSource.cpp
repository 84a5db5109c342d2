#include "discovery/SshConfigSource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// SshConfigSource: concrete Host aliases with ssh's own precedence; wildcards, Match and garbage handled.
class TestSshConfigSource final : public QObject
{
    Q_OBJECT

private:
    static const HostTarget *find(const SourceReport &report, const QString &alias)
    {
        for (const HostTarget &host : report.hosts)
            if (host.alias == alias || (host.alias.isEmpty() && host.host == alias))
                return &host;
        return nullptr;
    }

private Q_SLOTS:
    void readsHostsWithSshPrecedence()
    {
        const QByteArray config = "# global section\n"
                                  "User globaluser\n"
                                  "Host web1 web2\n"
                                  "    HostName %h.lab.example\n"
                                  "    Port 2222\n"
                                  "Host db\n"
                                  "  HostName=127.0.78.12\n"
                                  "  User \"db admin\"\n"
                                  "Host *.lab.example web*\n"
                                  "  Port 9999\n" // later block: web1's Port is already 2222
                                  "  User late\n"
                                  "Host bastion !bastion\n" // negated: never applies
                                  "  HostName 127.1.1.1\n"
                                  "Host *\n"
                                  "  Port 22\n";
        const SourceReport report = SshConfigSource::parse(config, QStringLiteral("cfg"), QStringLiteral("/tmp"));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(report.hosts.size(), 4); // web1, web2, db, bastion
        const HostTarget *web1 = find(report, QStringLiteral("web1"));
        QVERIFY(web1);
        QCOMPARE(web1->host, QStringLiteral("web1.lab.example"));
        QCOMPARE(int(web1->port), 2222);
        QCOMPARE(web1->user, QStringLiteral("globaluser")); // the global section comes first
        const HostTarget *db = find(report, QStringLiteral("db"));
        QVERIFY(db);
        QCOMPARE(db->host, QStringLiteral("127.0.78.12"));
        QCOMPARE(int(db->port), 22);
        QCOMPARE(db->user, QStringLiteral("globaluser"));
        const HostTarget *bastion = find(report, QStringLiteral("bastion"));
        QVERIFY(bastion);
        QCOMPARE(bastion->host, QStringLiteral("bastion")); // the negated block did not apply
        QCOMPARE(report.skippedPatterns, 4); // *.lab.example, web*, !bastion, *
        QCOMPARE(db->source, QStringLiteral("ssh_config"));
    }

    void garbageLinesAreWarningsNotFailures()
    {
        const QByteArray config = "Host good\n"
                                  "  Port abc\n"
                                  "  HostName\n"
                                  "\x01\x02 binary junk\n"
                                  "=novalue\n"
                                  "Host bad$name ok2\n"
                                  "Host\n"
                                  "Match host foo exec \"true\"\n"
                                  "  HostName 127.9.9.9\n"; // inside Match: never applied to a host
        const SourceReport report = SshConfigSource::parse(config, QStringLiteral("cfg"), QStringLiteral("/tmp"));
        QCOMPARE(report.hosts.size(), 2); // good, ok2
        QVERIFY(find(report, QStringLiteral("good")));
        QCOMPARE(find(report, QStringLiteral("good"))->port, quint16(0));
        QVERIFY(find(report, QStringLiteral("ok2")));
        const QString all = report.warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("cfg:2: Port 'abc'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("cfg:3:")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("cfg:4:")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("bad$name")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("cfg:7:")), qPrintable(all));
    }

    void colonInHostNameMustBeIPv6()
    {
        // Found by FuzzSshConfig: any HostName with a colon was taken for an IPv6 literal.
        const QByteArray config = "Host v6\n  HostName ::1\nHost bad\n  HostName x3:y\nHost bad2\n  HostName 127.0.0.1:22\n";
        const SourceReport report = SshConfigSource::parse(config, QStringLiteral("cfg"), QStringLiteral("/tmp"));
        QCOMPARE(report.hosts.size(), 1);
        QCOMPARE(report.hosts.at(0).host, QStringLiteral("::1"));
        const QString all = report.warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("'x3:y'")) && all.contains(QLatin1String("'127.0.0.1:22'")), qPrintable(all));
    }

    void anIpv6LiteralIsOnlyAnIpv6Literal()
    {
        // Found by FuzzSshConfig in CI: QHostAddress stops at a NUL, so "::1<NUL>…*…" passed as ::1 with a wildcard.
        const QByteArray config = QByteArray("Host n1\n  HostName ::1") + '\0' + QByteArray("x-*.conf\n");
        const SourceReport report = SshConfigSource::parse(config, QStringLiteral("cfg"), QStringLiteral("/tmp"));
        QCOMPARE(report.hosts.size(), 0);
        QVERIFY(HostTarget::isIpv6Literal(QStringLiteral("fe80::1%eth0")));
        QVERIFY(!HostTarget::isIpv6Literal(QStringLiteral("::1 ")));
        QVERIFY(!HostTarget::isIpv6Literal(QStringLiteral("127.0.0.1")));
    }

    void followsIncludeAndReportsMissingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir().mkpath(dir.filePath(QStringLiteral("config.d")));
        QFile part(dir.filePath(QStringLiteral("config.d/lab.conf")));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("Host included\n  HostName 127.0.78.13\n  Port 2022\n");
        part.close();
        QFile main(dir.filePath(QStringLiteral("config")));
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write("Include config.d/*.conf\nHost top\n");
        main.close();
        const SourceReport report = SshConfigSource::read(main.fileName());
        QVERIFY(!report.readError);
        QCOMPARE(report.hosts.size(), 2);
        QCOMPARE(find(report, QStringLiteral("included"))->host, QStringLiteral("127.0.78.13"));
        QCOMPARE(int(find(report, QStringLiteral("included"))->port), 2022);

        const SourceReport missing = SshConfigSource::read(dir.filePath(QStringLiteral("nope")));
        QVERIFY(missing.readError);
        QVERIFY(missing.warnings.value(0).contains(QLatin1String("nope")));
    }

    void includeLoopIsBounded()
    {
        QTemporaryDir dir;
        QFile self(dir.filePath(QStringLiteral("config")));
        QVERIFY(self.open(QIODevice::WriteOnly));
        self.write("Host loop\nInclude config\n");
        self.close();
        const SourceReport report = SshConfigSource::read(self.fileName());
        QCOMPARE(report.hosts.size(), 1);
        QVERIFY(report.warnings.join(QLatin1Char(' ')).contains(QLatin1String("deeper")));
    }

    void resolvesOneHostsSettingsAsSshDoes()
    {
        // The desktop's per-node settings: the first value of each keyword among the blocks that match, wildcards
        // included; IdentityFile expanded; ProxyJump none means none.
        const QByteArray config = "Host 127.0.90.11\n"
                                  "    User alice\n"
                                  "    IdentityFile ~/.ssh/id_node11\n"
                                  "Host gpu-*\n"
                                  "    HostName 127.0.90.%h\n"
                                  "    Port 2222\n"
                                  "    ProxyJump jump@127.0.90.1:2200\n"
                                  "Host 127.0.90.*\n"
                                  "    User bob\n"
                                  "    Port 22\n"
                                  "    ProxyJump 127.0.90.1\n"
                                  "    IdentityFile keys/%h.key\n"
                                  "Host *\n"
                                  "    IdentityFile /etc/fleet/default_key\n"
                                  "    ProxyJump none\n";
        const auto eleven = SshConfigSource::resolve(config, QStringLiteral("test"), QStringLiteral("/tmp"),
                                                     QStringLiteral("127.0.90.11"));
        QCOMPARE(eleven.user, QStringLiteral("alice")); // its own block comes first
        QCOMPARE(eleven.identityFile, QDir::homePath() + QStringLiteral("/.ssh/id_node11"));
        QCOMPARE(eleven.port, quint16(22));
        QCOMPARE(eleven.proxyJump, QStringLiteral("127.0.90.1"));
        QVERIFY(eleven.hostName.isEmpty());

        const auto twelve = SshConfigSource::resolve(config, QStringLiteral("test"), QStringLiteral("/tmp"),
                                                     QStringLiteral("127.0.90.12"));
        QCOMPARE(twelve.user, QStringLiteral("bob"));
        QCOMPARE(twelve.identityFile, QDir::homePath() + QStringLiteral("/.ssh/keys/127.0.90.12.key"));

        const auto gpu = SshConfigSource::resolve(config, QStringLiteral("test"), QStringLiteral("/tmp"),
                                                  QStringLiteral("gpu-7"));
        QCOMPARE(gpu.hostName, QStringLiteral("127.0.90.gpu-7"));
        QCOMPARE(gpu.port, quint16(2222));
        QCOMPARE(gpu.proxyJump, QStringLiteral("jump@127.0.90.1:2200"));
        QCOMPARE(gpu.identityFile, QStringLiteral("/etc/fleet/default_key"));

        const auto other = SshConfigSource::resolve(config, QStringLiteral("test"), QStringLiteral("/tmp"),
                                                    QStringLiteral("127.0.0.5"));
        QVERIFY(other.proxyJump.isEmpty()); // "none"
        QVERIFY(other.user.isEmpty());
        QVERIFY(other.any()); // the identity of Host *

        QVERIFY(!SshConfigSource::resolveFile(QStringLiteral("/nonexistent/ssh_config"), QStringLiteral("x")).any());
    }

    void globMatch()
    {
        QVERIFY(SshConfigSource::globMatch(QStringLiteral("*.lan"), QStringLiteral("web.LAN")));
        QVERIFY(SshConfigSource::globMatch(QStringLiteral("web?"), QStringLiteral("web1")));
        QVERIFY(!SshConfigSource::globMatch(QStringLiteral("web?"), QStringLiteral("web12")));
        QVERIFY(SshConfigSource::globMatch(QStringLiteral("*"), QString()));
        QVERIFY(SshConfigSource::globMatch(QStringLiteral("a*b*c"), QStringLiteral("aXXbYYc")));
        QVERIFY(!SshConfigSource::globMatch(QStringLiteral("a*b*c"), QStringLiteral("aXXbYY")));
    }
};

QTEST_GUILESS_MAIN(TestSshConfigSource)
#include "TestSshConfigSource.moc"
