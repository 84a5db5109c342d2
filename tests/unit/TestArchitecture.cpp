#include "docker/Architecture.h"
#include "transfer/NodeFit.h"

#include <QTest>

using namespace fleet;

// Issue 13, item 7: the kernel's and the image config's words for an architecture compare equal.
class TestArchitecture final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("x86_64") << "x86_64" << "" << "amd64";
        QTest::newRow("amd64") << "amd64" << "" << "amd64";
        QTest::newRow("AMD64 upper case") << "AMD64" << "" << "amd64";
        QTest::newRow("aarch64 (Jetson)") << "aarch64" << "" << "arm64";
        QTest::newRow("arm64 v8") << "arm64" << "v8" << "arm64";
        QTest::newRow("armv7l") << "armv7l" << "" << "arm/v7";
        QTest::newRow("arm + v7") << "arm" << "v7" << "arm/v7";
        QTest::newRow("armv6l") << "armv6l" << "" << "arm/v6";
        QTest::newRow("arm bare") << "arm" << "" << "arm";
        QTest::newRow("i686") << "i686" << "" << "386";
        QTest::newRow("ppc64le") << "ppc64le" << "" << "ppc64le";
        QTest::newRow("s390x") << "s390x" << "" << "s390x";
        QTest::newRow("spaces") << " x86_64\n" << "" << "amd64";
        QTest::newRow("empty") << "" << "" << "";
    }

    void normalizes()
    {
        QFETCH(QString, arch);
        QFETCH(QString, variant);
        QFETCH(QString, expected);
        QCOMPARE(Architecture::normalize(arch, variant), expected);
    }

    void compatibility()
    {
        QVERIFY(Architecture::compatible(QStringLiteral("amd64"), QStringLiteral("x86_64")));
        QVERIFY(Architecture::compatible(QStringLiteral("arm64"), QStringLiteral("aarch64")));
        QVERIFY(!Architecture::compatible(QStringLiteral("amd64"), QStringLiteral("aarch64")));
        QVERIFY(!Architecture::compatible(QStringLiteral("arm64"), QStringLiteral("x86_64")));
        QVERIFY(!Architecture::compatible(QStringLiteral("arm/v7"), QStringLiteral("x86_64")));
        QVERIFY(Architecture::compatible(QStringLiteral("arm/v6"), QStringLiteral("armv7l")));
        QVERIFY(!Architecture::compatible(QStringLiteral("arm/v7"), QStringLiteral("armv6l")));
        QVERIFY(Architecture::compatible(QStringLiteral("arm"), QStringLiteral("armv7l")));
        // Unknown on either side is not a mismatch (the check is skipped and the job says so).
        QVERIFY(Architecture::compatible(QString(), QStringLiteral("aarch64")));
        QVERIFY(Architecture::compatible(QStringLiteral("amd64"), QString()));
        QCOMPARE(Architecture::platformFor(QStringLiteral("aarch64")), QStringLiteral("linux/arm64"));
        QCOMPARE(Architecture::platformFor(QString()), QString());
    }

    void nodeFitRefusals()
    {
        NodeFit::Facts facts;
        facts.node = QStringLiteral("127.0.81.11");
        facts.reference = QStringLiteral("app:1.0.0");
        facts.imageArch = QStringLiteral("amd64");
        facts.daemon.known = true;
        facts.daemon.architecture = QStringLiteral("aarch64");
        facts.daemon.runtimes = {QStringLiteral("runc")};
        const QString arch = NodeFit::architectureRefusal(facts);
        QVERIFY2(arch.contains(QLatin1String("linux/amd64")) && arch.contains(QLatin1String("linux/arm64"))
                     && arch.contains(QLatin1String("aarch64")) && arch.contains(QLatin1String("--force-arch")),
                 qPrintable(arch));
        // The history's record wins over the daemon's answer.
        Node known;
        known.arch = QStringLiteral("x86_64");
        facts.known = known;
        QVERIFY(NodeFit::architectureRefusal(facts).isEmpty());
        // GPU: no agent facts and no nvidia runtime → refused; a runtime or an agent's GPU → fits.
        QVERIFY(NodeFit::gpuRefusal(facts).contains(QLatin1String("--force-gpu")));
        facts.daemon.runtimes << QStringLiteral("nvidia");
        QVERIFY(NodeFit::gpuRefusal(facts).isEmpty());
        facts.daemon.runtimes = {QStringLiteral("runc")};
        facts.known->facts.cpuCount = 8;
        facts.known->facts.gpu = QStringLiteral("Jetson AGX Orin");
        QVERIFY(NodeFit::gpuRefusal(facts).isEmpty());
        facts.known->facts.gpu.clear();
        QVERIFY(NodeFit::gpuRefusal(facts).contains(QLatin1String("agent reports no GPU")));
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "TestArchitecture.moc"
