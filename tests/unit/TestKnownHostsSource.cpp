#include "discovery/KnownHostsSource.h"

#include <QTest>

using namespace fleet;

// KnownHostsSource: plain and [host]:port names listed once; hashed entries counted; the rest skipped with reasons.
class TestKnownHostsSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNamesCountsHashes()
    {
        const QByteArray text =
            "# comment\n"
            "127.0.78.11 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA\n"
            "127.0.78.11 ecdsa-sha2-nistp256 AAAAE2VjZHNh\n" // same host, other key type: listed once
            "node2,127.0.78.12 ssh-ed25519 AAAAC3\n"
            "[127.0.78.13]:2222 ssh-ed25519 AAAAC3\n"
            "[::1]:22 ssh-ed25519 AAAAC3\n"
            "|1|F1E1KeoE/eEWhi10WpGv4OdiO6Y=|3988QV0VE8wmZL7suNrYQLITLCg= ssh-rsa AAAAB3\n"
            "|1|c2FsdA==|aGFzaA==,|1|b3RoZXI=|aGFzaDI= ssh-ed25519 AAAAC3\n"
            "*.example.org ssh-rsa AAAAB3\n"
            "!bad,good.lan ssh-rsa AAAAB3\n"
            "@cert-authority *.lan ssh-rsa AAAAB3\n"
            "@revoked 127.0.78.99 ssh-rsa AAAAB3\n"
            "justonefield\n"
            "two fields\n"
            "bad$host ssh-rsa AAAA\n"
            "\n";
        const SourceReport report = KnownHostsSource::parse(text, QStringLiteral("kh"));
        QStringList listed;
        for (const HostTarget &host : report.hosts)
            listed << (host.port ? QStringLiteral("%1:%2").arg(host.host).arg(host.port) : host.host);
        QCOMPARE(listed, (QStringList{QStringLiteral("127.0.78.11"), QStringLiteral("node2"),
                                      QStringLiteral("127.0.78.12"), QStringLiteral("127.0.78.13:2222"),
                                      QStringLiteral("::1:22"), QStringLiteral("good.lan")}));
        QCOMPARE(report.hashedEntries, 3);
        QCOMPARE(report.skippedPatterns, 4); // *.example.org, !bad, @cert-authority, @revoked
        const QString warnings = report.warnings.join(QLatin1Char('\n'));
        QCOMPARE(report.warnings.size(), 3);
        QVERIFY2(warnings.contains(QLatin1String("kh:13:")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("kh:14:")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("kh:15:")), qPrintable(warnings));
        for (const HostTarget &host : report.hosts)
            QCOMPARE(host.source, QStringLiteral("known_hosts"));
    }

    void missingFileIsAReadError()
    {
        const SourceReport report = KnownHostsSource::read(QStringLiteral("/nonexistent/known_hosts"));
        QVERIFY(report.readError);
        QVERIFY(report.hosts.isEmpty());
        QVERIFY(report.warnings.value(0).contains(QLatin1String("/nonexistent/known_hosts")));
    }
};

QTEST_GUILESS_MAIN(TestKnownHostsSource)
#include "TestKnownHostsSource.moc"
