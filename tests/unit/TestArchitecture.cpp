#include "docker/Architecture.h"
#include "images/ImageMetadata.h"
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

    void jetsonReleases()
    {
        // Issue 16: a node's probe (its /etc/nv_tegra_release and CUDA) against the image's catalog release.
        const NodeProbeReply orin = NodeProbeReply::parse("fleet-probe 1\narch=aarch64\nl4t=# R35 (release), "
                                                          "REVISION: 4.1, GCID: 33958178\ncuda_file=11.4.19\n");
        const QString n = QStringLiteral("127.0.81.12"), ref = QStringLiteral("vision:2.0.0");
        QVERIFY(NodeFit::jetsonWarning(n, ref, QStringLiteral("R35.4.1"), QStringLiteral("11.4"), orin).isEmpty());
        QVERIFY(NodeFit::jetsonWarning(n, ref, QStringLiteral("35.4"), {}, orin).isEmpty()); // the same minor
        QVERIFY(NodeFit::jetsonWarning(n, ref, {}, {}, orin).isEmpty());                      // nothing claimed
        const QString other = NodeFit::jetsonWarning(n, ref, QStringLiteral("36.3.0"), {}, orin);
        QVERIFY2(other.contains(QLatin1String("L4T R36.3.0")) && other.contains(QLatin1String("L4T R35.4.1"))
                     && other.contains(QLatin1String("not portable")), qPrintable(other));
        const QString cuda = NodeFit::jetsonWarning(n, ref, {}, QStringLiteral("12.2"), orin);
        QVERIFY2(cuda.contains(QLatin1String("CUDA 12.2")) && cuda.contains(QLatin1String("CUDA 11.4.19")),
                 qPrintable(cuda));
        const NodeProbeReply pc = NodeProbeReply::parse("fleet-probe 1\narch=x86_64\n");
        QVERIFY(NodeFit::jetsonWarning(n, ref, QStringLiteral("R35.4.1"), {}, pc).contains(QLatin1String("no Jetson")));
        QVERIFY(NodeFit::jetsonWarning(n, ref, QStringLiteral("R35.4.1"), {}, NodeProbeReply{}).isEmpty()); // unprobed

        // image.json carries them, and they travel as labels
        QList<DefinitionProblem> problems;
        const auto about = [&problems](const char *field) {
            int n = 0;
            for (const DefinitionProblem &p : std::as_const(problems))
                n += p.field == QLatin1String(field) ? 1 : 0;
            return n;
        };
        const ImageMetadata m = ImageMetadata::fromJson(R"({"name":"vision","version":"2.0.0","l4t":"R35.4.1",)"
                                                        R"("cuda":"11.4"})", &problems);
        QCOMPARE(about("l4t") + about("cuda"), 0); // (the other required fields are not this test's)
        QCOMPARE(m.labels().value(QStringLiteral("io.fleetcommander.l4t")), QStringLiteral("R35.4.1"));
        QCOMPARE(m.toJson().value(QStringLiteral("cuda")).toString(), QStringLiteral("11.4"));
        problems.clear();
        ImageMetadata::fromJson(R"({"name":"vision","l4t":"jetpack6","cuda":"R12"})", &problems);
        QCOMPARE(about("l4t"), 1);
        QCOMPARE(about("cuda"), 1);
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "TestArchitecture.moc"
