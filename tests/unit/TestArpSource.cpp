#include "discovery/ArpSource.h"

#include <QFile>
#include <QTest>

using namespace fleet;

// ArpSource: complete neighbours only, garbage rows reported, the real /proc file readable.
class TestArpSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCompleteEntries()
    {
        const QByteArray text = "IP address       HW type     Flags       HW address            Mask     Device\n"
                                "127.0.78.11      0x1         0x2         02:42:ac:11:00:02     *        eth0\n"
                                "127.0.78.12      0x1         0x0         00:00:00:00:00:00     *        eth0\n"
                                "127.0.78.13      0x1         0x6         02:42:ac:11:00:03     *        eth0\n"
                                "127.0.78.11      0x1         0x2         02:42:ac:11:00:02     *        eth1\n"
                                "not-an-ip        0x1         0x2         02:42:ac:11:00:04     *        eth0\n"
                                "127.0.78.14      0x1         zz          02:42:ac:11:00:05     *        eth0\n"
                                "127.0.78.15 0x1\n";
        const SourceReport report = ArpSource::parse(text, QStringLiteral("arp"));
        QCOMPARE(report.hosts.size(), 2);
        QCOMPARE(report.hosts.at(0).host, QStringLiteral("127.0.78.11"));
        QCOMPARE(report.hosts.at(1).host, QStringLiteral("127.0.78.13"));
        QCOMPARE(report.hosts.at(0).source, QStringLiteral("arp"));
        QCOMPARE(report.warnings.size(), 3);
        QVERIFY(report.warnings.at(0).startsWith(QLatin1String("arp:6:")));
    }

    void readsTheKernelTable()
    {
        if (!QFile::exists(ArpSource::defaultPath()))
            QSKIP("no /proc/net/arp on this system");
        const SourceReport report = ArpSource::read();
        QVERIFY2(!report.readError, qPrintable(report.warnings.join(QLatin1Char(' '))));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestArpSource)
#include "TestArpSource.moc"
