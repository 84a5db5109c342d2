// Job templates and their validation against a registry scan, in the seed's JSON shape; SifCache's parsing and
// classification of a node's listing; SifSyncRequest's refusals. Pure logic: no files, no nodes.
#include "sif/SifCache.h"
#include "sif/SifSyncRequest.h"
#include "sif/SifTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fleet;

namespace {

SifRegistryImage image(const QString &partition, const QString &name, const QString &sha,
                       SifRegistryImage::Flag flag = SifRegistryImage::Flag::None)
{
    SifRegistryImage i;
    i.partition = partition;
    i.name = name;
    i.path = QStringLiteral("/opt/apptainers/") + name;
    i.sha256 = sha;
    i.flag = flag;
    return i;
}

SifScanResult seedScan()
{
    SifScanResult scan;
    scan.partitions = {"compute", "viz", "shared"};
    scan.images = {image("compute", "alpine_latest.sif", QString(64, 'a')),
                   image("compute", "openfoam_v2312.sif", QString(64, 'b')),
                   image("compute", "python_3.11.sif", QString(64, 'c')),
                   image("viz", "paraview.sif", QString(), SifRegistryImage::Flag::Corrupt)};
    return scan;
}

SifTemplate templateFor(const QString &id, const QString &imageName, const QString &partition = {})
{
    QString error;
    const std::optional<SifTemplate> t = SifTemplate::fromJson(
        {{"id", id}, {"name", id}, {"image", imageName}, {"partition", partition},
         {"resources", QJsonObject{{"cpus", 16}, {"memory", "32G"}, {"gpus", 0}, {"time", "04:00:00"}}}},
        &error);
    if (!t)
        qFatal("%s", qPrintable(error));
    return *t;
}

} // namespace

class TestSifTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse()
    {
        const SifTemplate t = templateFor("openfoam-cfd-v1", "openfoam_v2312.sif", "compute");
        QCOMPARE(t.resources.cpus, 16);
        QCOMPARE(t.resources.memory, QStringLiteral("32G"));
        QCOMPARE(t.resources.time, QStringLiteral("04:00:00"));
        QCOMPARE(t.toJson().value("resources").toObject().value("cpus").toInt(), 16);
        QString error;
        QVERIFY(!SifTemplate::fromJson({{"id", "x"}}, &error));
        QVERIFY(error.contains("image"));
        QVERIFY(!SifTemplate::fromJson({{"id", "../x"}, {"image", "a.sif"}}, &error));
        QVERIFY(!SifTemplate::fromJson({{"id", "x"}, {"image", "a.sif"}, {"partition", "a/b"}}, &error));
        QVERIFY(!SifTemplate::fromJson({{"id", "x"}, {"image", "a.sif"},
                                        {"resources", QJsonObject{{"cpus", -1}}}}, &error));
    }

    void validInTheSeedsShape()
    {
        const SifTemplateValidation v = SifTemplateValidation::validate(
            templateFor("openfoam-cfd-v1", "openfoam_v2312.sif"), seedScan());
        const QJsonObject json = v.toJson();
        QCOMPARE(json.value("template_id").toString(), QStringLiteral("openfoam-cfd-v1"));
        QCOMPARE(json.value("valid").toBool(), true);
        QCOMPARE(json.value("image_name").toString(), QStringLiteral("openfoam_v2312.sif"));
        QCOMPARE(json.value("image_exists").toBool(), true);
        QCOMPARE(json.value("image_path").toString(), QStringLiteral("/opt/apptainers/openfoam_v2312.sif"));
        QCOMPARE(json.value("image_partition").toString(), QStringLiteral("compute"));
        QCOMPARE(json.value("message").toString(),
                 QStringLiteral("Image \"openfoam_v2312.sif\" is available in compute partition"));
        QVERIFY(!json.contains("available_images"));
        // The image by its id, and with its partition named.
        QVERIFY(SifTemplateValidation::validate(templateFor("p", "python_3.11", "compute"), seedScan()).valid);
    }

    void missingInTheSeedsShape()
    {
        const SifTemplateValidation v = SifTemplateValidation::validate(
            templateFor("some-template", "missing_image.sif"), seedScan());
        const QJsonObject json = v.toJson();
        QCOMPARE(json.value("template_id").toString(), QStringLiteral("some-template"));
        QCOMPARE(json.value("valid").toBool(), false);
        QCOMPARE(json.value("image_name").toString(), QStringLiteral("missing_image.sif"));
        QCOMPARE(json.value("image_exists").toBool(), false);
        QCOMPARE(json.value("message").toString(), QStringLiteral("Image \"missing_image.sif\" not found in registry"));
        // Only valid images are available: the corrupt paraview.sif is not.
        QCOMPARE(json.value("available_images").toArray(),
                 QJsonArray({"alpine_latest.sif", "openfoam_v2312.sif", "python_3.11.sif"}));
        QVERIFY(!json.contains("image_path"));
    }

    void flaggedOrElsewhereIsInvalid()
    {
        const SifTemplateValidation corrupt = SifTemplateValidation::validate(templateFor("v", "paraview.sif"),
                                                                              seedScan());
        QVERIFY(!corrupt.valid);
        QVERIFY(corrupt.message.contains("flagged"));
        const SifTemplateValidation elsewhere = SifTemplateValidation::validate(
            templateFor("w", "alpine_latest.sif", "viz"), seedScan());
        QVERIFY(!elsewhere.valid);
        QVERIFY(elsewhere.message.contains("it is in compute"));
    }

    void cacheClassification()
    {
        const QByteArray listing = QByteArray(64, 'a') + "\t123\t1700000000\talpine_latest.sif\n"
            + QByteArray(64, 'f') + "\t9\t1700000000\tpython_3.11.sif\n"
            + QByteArray(64, 'e') + "\t9\t1700000000\tretired.sif\n"
            + "-\t9\t1700000000\tunread.sif\n"
            + "garbage line\n" + QByteArray(64, 'a') + "\tNaN\tx\tpara\tview.sif\n";
        QList<SifCacheEntry> entries = SifCache::parse(listing, QStringLiteral("/scratch/apptainer"));
        QCOMPARE(entries.size(), 4);
        SifCache::classify(entries, seedScan().images);
        QCOMPARE(entries[0].name, QStringLiteral("alpine_latest.sif"));
        QCOMPARE(entries[0].status, SifCacheEntry::Status::Current);
        QCOMPARE(entries[0].partition, QStringLiteral("compute"));
        QCOMPARE(entries[0].path, QStringLiteral("/scratch/apptainer/alpine_latest.sif"));
        QCOMPARE(entries[1].name, QStringLiteral("python_3.11.sif"));
        QCOMPARE(entries[1].status, SifCacheEntry::Status::Stale);
        QVERIFY(entries[1].reason.contains("differs"));
        QCOMPARE(entries[2].name, QStringLiteral("retired.sif"));
        QCOMPARE(entries[2].status, SifCacheEntry::Status::Stale);
        QCOMPARE(entries[2].reason, QStringLiteral("not in the registry"));
        QCOMPARE(entries[3].status, SifCacheEntry::Status::Unknown);
    }

    void syncRequestRefusals()
    {
        SifSyncRequest r;
        r.registryRoot = "/srv/registry";
        r.partition = "compute";
        r.images = {"alpine_latest"};
        r.nodes = {"127.0.0.1"};
        QVERIFY2(r.validate().isEmpty(), qPrintable(r.validate()));
        QCOMPARE(r.cacheDir, QStringLiteral("/scratch/apptainer"));
        SifSyncRequest bad = r;
        bad.cacheDir = "/tmp/$(reboot)";
        QVERIFY(!bad.validate().isEmpty());
        bad = r;
        bad.cacheDir = "/scratch/../etc";
        QVERIFY(!bad.validate().isEmpty());
        bad = r;
        bad.cacheDir = "relative/dir";
        QVERIFY(!bad.validate().isEmpty());
        bad = r;
        bad.images = {"x;y.sif"};
        QVERIFY(!bad.validate().isEmpty());
        bad = r;
        bad.partition = "gpu";
        QVERIFY(bad.validate().contains("not a partition"));
        bad = r;
        bad.nodes = {"-oProxyCommand=x"};
        QVERIFY(!bad.validate().isEmpty());
        bad = r;
        bad.nodeCaches.insert("127.0.0.1", "/a b");
        QVERIFY(!bad.validate().isEmpty());
        QCOMPARE(r.cacheFor("127.0.0.1"), QStringLiteral("/scratch/apptainer"));
    }
};

QTEST_GUILESS_MAIN(TestSifTemplate)
#include "TestSifTemplate.moc"
