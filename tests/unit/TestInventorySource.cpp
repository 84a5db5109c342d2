#include "discovery/InventorySource.h"

#include <QTest>

using namespace fleet;

// InventorySource: Ansible INI host lines, variables, ranges, sections without hosts, garbage and YAML.
class TestInventorySource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHostsAndVariables()
    {
        const QByteArray text = "ungrouped.lan\n"
                                "[web]\n"
                                "web[01:03].lan ansible_user=deploy\n"
                                "jump ansible_host=127.0.78.11 ansible_port=2222 # the bastion\n"
                                "127.0.78.12:2200\n"
                                "db-[a:b] ansible_ssh_user='old style'\n"
                                "[web:vars]\n"
                                "ntp_server=ntp.lan\n"
                                "[all:children]\n"
                                "web\n"
                                "[db]\n"
                                "web01.lan\n"; // in two groups: listed once
        const SourceReport report = InventorySource::parse(text, QStringLiteral("inv"));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
        QStringList names;
        for (const HostTarget &host : report.hosts)
            names << host.host;
        QCOMPARE(names, (QStringList{QStringLiteral("ungrouped.lan"), QStringLiteral("web01.lan"),
                                     QStringLiteral("web02.lan"), QStringLiteral("web03.lan"),
                                     QStringLiteral("127.0.78.11"), QStringLiteral("127.0.78.12"),
                                     QStringLiteral("db-a"), QStringLiteral("db-b")}));
        QCOMPARE(report.hosts.at(1).user, QStringLiteral("deploy"));
        QCOMPARE(report.hosts.at(4).alias, QStringLiteral("jump"));
        QCOMPARE(int(report.hosts.at(4).port), 2222);
        QCOMPARE(int(report.hosts.at(5).port), 2200);
        QCOMPARE(report.hosts.at(6).user, QStringLiteral("old style"));
        QCOMPARE(report.hosts.at(0).source, QStringLiteral("inventory"));
    }

    void garbageLinesAreReported()
    {
        const QByteArray text = "[web\n"
                                "shouldnotcount\n"
                                "[ok]\n"
                                "good\n"
                                "host notkeyvalue\n"
                                "web[1:999999999]\n"
                                "web[z:a]\n"
                                "web[1:3\n"
                                "bad$name\n"
                                "web[x:3]\n";
        const SourceReport report = InventorySource::parse(text, QStringLiteral("inv"));
        QCOMPARE(report.hosts.size(), 1);
        QCOMPARE(report.hosts.at(0).host, QStringLiteral("good"));
        const QString all = report.warnings.join(QLatin1Char('\n'));
        for (int line : {1, 5, 6, 7, 8, 9, 10})
            QVERIFY2(all.contains(QStringLiteral("inv:%1:").arg(line)), qPrintable(all));
    }

    void badAnsibleHostIsReported()
    {
        // Found by FuzzInventory: ansible_host was taken as it was, so "127.0.0]" became a scan target.
        const SourceReport report = InventorySource::parse("db1 ansible_host=127.0.0]\n"
                                                           "db2 ansible_host=::1\n"
                                                           "db3 ansible_host=127.0.0.3\n",
                                                           QStringLiteral("inv"));
        QCOMPARE(report.hosts.size(), 2);
        QCOMPARE(report.hosts.at(0).host, QStringLiteral("::1"));
        QCOMPARE(report.hosts.at(1).host, QStringLiteral("127.0.0.3"));
        QVERIFY2(report.warnings.join(u'\n').contains(QLatin1String("inv:1: ansible_host '127.0.0]'")),
                 qPrintable(report.warnings.join(u'\n')));
    }

    void expansionIsBounded()
    {
        QStringList out;
        QString error;
        QVERIFY(!InventorySource::expand(QStringLiteral("n[0:999][0:999]"), &out, &error));
        QVERIFY(out.size() <= InventorySource::kMaxExpansion);
        QVERIFY2(error.contains(QLatin1String("more than")), qPrintable(error));
        out.clear();
        QVERIFY(InventorySource::expand(QStringLiteral("n[08:10:2]x"), &out, &error));
        QCOMPARE(out, (QStringList{QStringLiteral("n08x"), QStringLiteral("n10x")}));
    }

    void yamlIsRefusedWithTheFix()
    {
        const SourceReport report = InventorySource::parse("---\nall:\n  hosts:\n    web1:\n", QStringLiteral("inv.yml"));
        QVERIFY(report.readError);
        QVERIFY(report.hosts.isEmpty());
        QVERIFY(report.warnings.value(0).contains(QLatin1String("ansible-inventory")));
    }
};

QTEST_GUILESS_MAIN(TestInventorySource)
#include "TestInventorySource.moc"
