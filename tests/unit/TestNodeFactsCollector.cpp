#include "agent/NodeFactsCollector.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace fleet;

// The parsers fed with real-world file contents, then one live reading of this machine.
class TestNodeFactsCollector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOsRelease()
    {
        QCOMPARE(NodeFactsCollector::parseOsRelease("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian "
                                                    "GNU/Linux\"\nVERSION_ID=\"12\"\n"),
                 QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(NodeFactsCollector::parseOsRelease("# comment\nNAME='Alpine Linux'\nVERSION_ID=3.19.1\n"),
                 QStringLiteral("Alpine Linux 3.19.1"));
        QCOMPARE(NodeFactsCollector::parseOsRelease(""), QString());
    }

    void readsMeminfo()
    {
        const NodeFactsCollector::Memory modern = NodeFactsCollector::parseMeminfo(
            "MemTotal:       16318032 kB\nMemFree:         1041028 kB\nMemAvailable:   10450000 kB\n"
            "Buffers:          300000 kB\nCached:          5000000 kB\n");
        QCOMPARE(modern.total, Q_INT64_C(16318032) * 1024);
        QCOMPARE(modern.available, Q_INT64_C(10450000) * 1024);
        // Kernels before 3.14 have no MemAvailable.
        const NodeFactsCollector::Memory old = NodeFactsCollector::parseMeminfo(
            "MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 20 kB\nCached: 30 kB\n");
        QCOMPARE(old.available, Q_INT64_C(150) * 1024);
        QCOMPARE(NodeFactsCollector::parseMeminfo("garbage").total, -1);
    }

    void computesCpuPercentFromProcStatDeltas()
    {
        // user nice system idle iowait irq softirq steal guest guest_nice
        const auto before = NodeFactsCollector::parseProcStat("cpu  100 0 100 700 100 0 0 0 0 0\ncpu0 1 2 3 4\n");
        const auto after = NodeFactsCollector::parseProcStat("cpu  250 0 150 1250 150 0 0 0 0 0\n");
        QCOMPARE(before.total, quint64(1000));
        QCOMPARE(before.idle, quint64(800));
        // delta: total 800, idle 600 -> 25 % busy
        QCOMPARE(NodeFactsCollector::cpuPercent(before, after), 25.0);
        QCOMPARE(NodeFactsCollector::cpuPercent(after, before), -1.0);
        QCOMPARE(NodeFactsCollector::cpuPercent(before, before), -1.0);
        QVERIFY(!NodeFactsCollector::parseProcStat("cpu0 1 2 3\n").valid());
        QVERIFY(!NodeFactsCollector::parseProcStat("cpu  1 x 3\n").valid());
    }

    void readsLoadavg()
    {
        QCOMPARE(NodeFactsCollector::parseLoadavg("0.52 0.58 0.59 1/467 12345\n"), (QList<double>{0.52, 0.58, 0.59}));
        QVERIFY(NodeFactsCollector::parseLoadavg("0.5\n").isEmpty());
    }

    void readsNvidiaSmi()
    {
        QCOMPARE(NodeFactsCollector::parseNvidiaSmi("NVIDIA A100-SXM4-40GB\n"),
                 QStringLiteral("NVIDIA A100-SXM4-40GB"));
        QCOMPARE(NodeFactsCollector::parseNvidiaSmi("NVIDIA A2\nNVIDIA A2\n"), QStringLiteral("NVIDIA A2 (x2)"));
        QCOMPARE(NodeFactsCollector::parseNvidiaSmi("\n"), QString());
    }

    void readsThisMachine()
    {
        NodeFactsCollector collector;
        collector.setDiskPath(QStringLiteral("/"));
        const QJsonObject host = collector.hostFacts();
        QVERIFY(!host.value(QLatin1String("hostname")).toString().isEmpty());
        QCOMPARE(host.value(QLatin1String("cpus")).toInt(), QThread::idealThreadCount());
        QVERIFY(host.value(QLatin1String("mem_total")).toDouble() > 0);
        QCOMPARE(host.value(QLatin1String("disk_path")).toString(), QStringLiteral("/"));
        QThread::msleep(300); // a CPU figure needs two readings some time apart
        const QJsonObject sample = collector.sample();
        const double cpu = sample.value(QLatin1String("cpu_percent")).toDouble(-1);
        QVERIFY2(cpu >= 0 && cpu <= 100, qPrintable(QString::number(cpu)));
        QVERIFY(sample.value(QLatin1String("mem_used")).toDouble() > 0);
        QCOMPARE(sample.value(QLatin1String("load")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestNodeFactsCollector)
#include "TestNodeFactsCollector.moc"
