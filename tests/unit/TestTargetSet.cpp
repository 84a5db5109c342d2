#include "discovery/TargetArguments.h"
#include "discovery/TargetSet.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// TargetSet and TargetArguments: merging, de-duplication, the /16 rule, the loopback-only rule, lazy cursors.
// Everything here stays inside 127.0.0.0/8 except addresses that must be *refused*.
class TestTargetSet final : public QObject
{
    Q_OBJECT

private:
    static QStringList drain(const TargetSet &set, quint64 limit = 100000)
    {
        QStringList out;
        TargetSet::Cursor cursor = set.cursor();
        ScanTarget target;
        while (quint64(out.size()) < limit && cursor.next(&target))
            out << target.address.toString() + (target.port ? QStringLiteral(":%1").arg(target.port) : QString());
        return out;
    }
    static bool addAll(TargetSet &set, const QStringList &words, QString *error, QStringList *notes = nullptr)
    {
        QStringList warnings;
        for (const QString &word : words)
            if (!TargetArguments::add(set, word, notes, &warnings, error))
                return false;
        return set.prepare(&warnings, error);
    }

private Q_SLOTS:
    // FLEET_SCAN_LOOPBACK_ONLY stays on throughout: every target below is loopback or must be refused.
    void initTestCase() { qputenv("FLEET_SCAN_LOOPBACK_ONLY", "1"); }

    void mergesOverlapsAndDeduplicates()
    {
        TargetSet set;
        QString error;
        QVERIFY2(addAll(set,
                        {QStringLiteral("127.0.78.0/30"), QStringLiteral("127.0.78.2-5"), QStringLiteral("127.0.78.1"),
                         QStringLiteral("127.0.78.3:22"), QStringLiteral("127.0.78.3:2222"),
                         QStringLiteral("127.0.78.9"), QStringLiteral("127.0.78.9"), QStringLiteral("localhost")},
                        &error),
                 qPrintable(error));
        // 0-5 from the ranges, then explicit hosts outside them (or with their own port), each once.
        QCOMPARE(drain(set), (QStringList{QStringLiteral("127.0.78.0"), QStringLiteral("127.0.78.1"),
                                          QStringLiteral("127.0.78.2"), QStringLiteral("127.0.78.3"),
                                          QStringLiteral("127.0.78.4"), QStringLiteral("127.0.78.5"),
                                          QStringLiteral("127.0.78.3:2222"), QStringLiteral("127.0.78.9"),
                                          QStringLiteral("127.0.0.1")}));
        QCOMPARE(set.size(), quint64(9));
        QVERIFY(set.covers(QHostAddress(QStringLiteral("127.0.78.4"))));
        QVERIFY(set.covers(QHostAddress(QStringLiteral("127.0.78.9"))));
        QVERIFY(!set.covers(QHostAddress(QStringLiteral("127.0.78.8"))));
    }

    void keepsWhatSourcesKnewInsideRanges()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("Host node1\n  HostName 127.0.78.11\n  User admin\nHost *\n  User other\n");
        config.close();
        TargetSet set;
        QString error;
        QStringList notes;
        QVERIFY2(addAll(set, {QStringLiteral("127.0.78.10-12"), QStringLiteral("@ssh-config=") + config.fileName()},
                        &error, &notes),
                 qPrintable(error));
        QCOMPARE(set.size(), quint64(3));
        QVERIFY2(notes.value(0).contains(QLatin1String("1 host")), qPrintable(notes.join(QLatin1Char(' '))));
        TargetSet::Cursor cursor = set.cursor();
        ScanTarget t;
        QVERIFY(cursor.next(&t));
        QCOMPARE(t.source, QStringLiteral("cidr"));
        QVERIFY(cursor.next(&t));
        QCOMPARE(t.address.toString(), QStringLiteral("127.0.78.11"));
        QCOMPARE(t.alias, QStringLiteral("node1"));
        QCOMPARE(t.user, QStringLiteral("admin"));
        QCOMPARE(t.source, QStringLiteral("ssh_config"));
    }

    void refusesWideRangesWithoutForce()
    {
        TargetSet set;
        QString error;
        QVERIFY(!addAll(set, {QStringLiteral("127.0.0.0/8")}, &error));
        QVERIFY2(error.contains(QLatin1String("--force")) && error.contains(QLatin1String("16777216")), qPrintable(error));

        // Two adjacent /16s merge into a /15: refused too.
        TargetSet twin;
        QVERIFY(!addAll(twin, {QStringLiteral("127.0.0.0/16"), QStringLiteral("127.1.0.0/16")}, &error));
        QVERIFY2(error.contains(QLatin1String("--force")), qPrintable(error));

        TargetSet forced(TargetPolicy{true, false});
        QVERIFY2(addAll(forced, {QStringLiteral("127.0.0.0/8")}, &error), qPrintable(error));
        QCOMPARE(forced.size(), quint64(1) << 24);
        QCOMPARE(drain(forced, 3).size(), 3); // produced lazily: nothing was allocated per address
    }

    void sixteenIsAllowedAndLazy()
    {
        TargetSet set;
        QString error;
        QVERIFY2(addAll(set, {QStringLiteral("127.9.0.0/16")}, &error), qPrintable(error));
        QCOMPARE(set.size(), quint64(65536));
        QCOMPARE(set.ranges().size(), 1);
        QCOMPARE(set.hostCount(), 0);
        const QStringList all = drain(set);
        QCOMPARE(all.size(), 65536);
        QCOMPARE(all.last(), QStringLiteral("127.9.255.255"));
    }

    void loopbackOnlyRefusesEverythingElse()
    {
        // The environment forces the policy on, whatever the caller asked.
        TargetSet set(TargetPolicy{true, false});
        QVERIFY(set.policy().loopbackOnly);
        QString error;
        QVERIFY(!addAll(set, {QStringLiteral("0.0.2.0/24")}, &error));
        QVERIFY2(error.contains(QLatin1String("127.0.0.0/8")), qPrintable(error));
        TargetSet hosts;
        QVERIFY(!addAll(hosts, {QStringLiteral("127.0.0.1"), QStringLiteral("0.0.2.7")}, &error));
        QVERIFY2(error.contains(QLatin1String("0.0.2.7")), qPrintable(error));
        TargetSet v6;
        QVERIFY2(addAll(v6, {QStringLiteral("[::1]:22"), QStringLiteral("127.0.0.0/30")}, &error), qPrintable(error));
        QCOMPARE(v6.size(), quint64(5));
    }

    void unresolvableNamesAreWarnings()
    {
        TargetSet set;
        QStringList warnings;
        QString error;
        QVERIFY(TargetArguments::add(set, QStringLiteral("no-such-host.invalid"), nullptr, &warnings, &error));
        QVERIFY(TargetArguments::add(set, QStringLiteral("127.0.0.1"), nullptr, &warnings, &error));
        QVERIFY(set.prepare(&warnings, &error));
        QCOMPARE(set.size(), quint64(1));
        QVERIFY2(warnings.join(QLatin1Char(' ')).contains(QLatin1String("no-such-host.invalid")),
                 qPrintable(warnings.join(QLatin1Char(' '))));
    }

    void badArgumentsSayWhy_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed cidr") << "127.0.0.0/40" << "0 to 32";
        QTest::newRow("ipv6 range") << "::1/120" << "IPv6";
        QTest::newRow("unknown source") << "@dns" << "unknown source";
        QTest::newRow("inventory without file") << "@inventory" << "needs a file";
        QTest::newRow("missing file") << "@known-hosts=/nonexistent/kh" << "/nonexistent/kh";
        QTest::newRow("empty file name") << "@ssh-config=" << "empty";
        QTest::newRow("garbage host") << "a b" << "A target is";
    }
    void badArgumentsSayWhy()
    {
        QFETCH(QString, word);
        QFETCH(QString, reason);
        TargetSet set;
        QString error;
        QVERIFY(!TargetArguments::add(set, word, nullptr, nullptr, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTargetSet)
#include "TestTargetSet.moc"
