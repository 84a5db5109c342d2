#include "images/Catalog.h"
#include "transfer/RemoteDocker.h"
#include "transfer/RunPlan.h"

#include <QTest>

using namespace fleet;

// Issue 13, item 1: the run stage's options come from the request, else the catalog, else the image's labels, and
// become `docker run` flags with limits and the labels that mark the container as the fleet's.
class TestRunPlan final : public QObject
{
    Q_OBJECT

    static CatalogEntry entry(double cpus, const QString &memory, bool gpu)
    {
        CatalogEntry e;
        e.reference = QStringLiteral("fleet/app:1.0.0");
        e.metadata.cpuLimit = cpus;
        e.metadata.memLimit = memory;
        bool ok = false;
        e.metadata.memLimitBytes = memory.isEmpty() ? 0 : ImageMetadata::parseMemory(memory, &ok);
        e.metadata.gpuRequired = gpu;
        return e;
    }

private Q_SLOTS:
    void catalogWinsOverLabels()
    {
        const QMap<QString, QString> labels{{QStringLiteral("io.fleetcommander.cpu-limit"), QStringLiteral("4")},
                                            {QStringLiteral("io.fleetcommander.mem-limit"), QStringLiteral("1g")},
                                            {QStringLiteral("io.fleetcommander.gpu-required"), QStringLiteral("true")}};
        const ImageRunDefaults fromCatalog = RunPlan::defaultsFrom(entry(1.5, QStringLiteral("512m"), false), labels);
        QCOMPARE(fromCatalog.cpus, 1.5);
        QCOMPARE(fromCatalog.memoryBytes, qint64(512) * 1024 * 1024);
        QVERIFY(!fromCatalog.gpu);
        QCOMPARE(fromCatalog.from, QStringLiteral("the catalog"));
        const ImageRunDefaults fromLabels = RunPlan::defaultsFrom(std::nullopt, labels);
        QCOMPARE(fromLabels.cpus, 4.0);
        QCOMPARE(fromLabels.memoryBytes, qint64(1024) * 1024 * 1024);
        QVERIFY(fromLabels.gpu);
        QCOMPARE(fromLabels.from, QStringLiteral("the image's labels"));
        const ImageRunDefaults none = RunPlan::defaultsFrom(std::nullopt, {});
        QCOMPARE(none.cpus, 0.0);
        QVERIFY(none.from.isEmpty());
        // A bad label is ignored, not taken for a limit.
        const ImageRunDefaults bad = RunPlan::defaultsFrom(
            std::nullopt, {{QStringLiteral("io.fleetcommander.cpu-limit"), QStringLiteral("lots")}});
        QCOMPARE(bad.cpus, 0.0);
    }

    void requestOverridesDefaults()
    {
        const ImageRunDefaults defaults = RunPlan::defaultsFrom(entry(2, QStringLiteral("256m"), true), {});
        RunOptions requested;
        requested.enabled = true;
        RunOptions r = RunPlan::resolve(requested, defaults);
        QCOMPARE(r.cpus.value(), 2.0);
        QCOMPARE(r.memoryBytes.value(), qint64(256) * 1024 * 1024);
        QVERIFY(r.gpus.value());
        requested.cpus = 0.5;
        requested.memoryBytes = 0; // explicitly no limit
        requested.gpus = false;
        r = RunPlan::resolve(requested, defaults);
        QCOMPARE(r.cpus.value(), 0.5);
        QCOMPARE(r.memoryBytes.value(), qint64(0));
        QVERIFY(!r.gpus.value());
    }

    void flagsCarryLimitsAndLabels()
    {
        RunOptions r;
        r.enabled = true;
        r.name = QStringLiteral("web");
        r.cpus = 1.25;
        r.memoryBytes = qint64(512) * 1024 * 1024;
        r.gpus = true;
        r.network = QStringLiteral("host");
        r.labels = {QStringLiteral("team=edge ops")};
        DeployStamp stamp;
        stamp.imageId = QStringLiteral("sha256:abc");
        stamp.deployedBy = QStringLiteral("root@ws");
        stamp.deployedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        stamp.requestId = QStringLiteral("r-1");
        const QString command = RemoteDocker::runCommand(QStringLiteral("app:1.0.0"), r, RunPlan::runFlags(r, stamp));
        QCOMPARE(command, QStringLiteral(
                              "docker run -d --pull=never --cpus 1.25 --memory 536870912 --gpus all --network host "
                              "--label io.fleetcommander.managed=true --label io.fleetcommander.image-id=sha256:abc "
                              "--label io.fleetcommander.deployed-by=root@ws "
                              "--label io.fleetcommander.deployed-at=2026-01-02T03:04:05Z "
                              "--label io.fleetcommander.request=r-1 --label 'team=edge ops' --name web app:1.0.0"));
        // No limit, no GPU: no flag at all.
        RunOptions plain;
        plain.cpus = 0;
        plain.memoryBytes = 0;
        plain.gpus = false;
        QCOMPARE(RunPlan::runFlags(plain, {}), QStringList{QStringLiteral("--pull=never")} << QStringLiteral("--label")
                                                                                   << QStringLiteral("io.fleetcommander.managed=true"));
    }

    void texts()
    {
        QCOMPARE(RunPlan::cpusText(2), QStringLiteral("2"));
        QCOMPARE(RunPlan::cpusText(0.5), QStringLiteral("0.5"));
        QCOMPARE(RunPlan::cpusText(1.125), QStringLiteral("1.125"));
        QCOMPARE(RunPlan::memoryText(qint64(512) * 1024 * 1024), QStringLiteral("512 MiB"));
        QCOMPARE(RunPlan::memoryText(qint64(2) * 1024 * 1024 * 1024), QStringLiteral("2 GiB"));
        RunOptions r;
        QCOMPARE(RunPlan::describe(r), QStringLiteral("no limits"));
        r.cpus = 1;
        r.memoryBytes = qint64(64) * 1024 * 1024;
        QCOMPARE(RunPlan::describe(r), QStringLiteral("1 CPUs, memory 64 MiB"));
        QVERIFY(RunPlan::localDeployer().contains(QLatin1Char('@')));
    }
};

QTEST_GUILESS_MAIN(TestRunPlan)
#include "TestRunPlan.moc"
