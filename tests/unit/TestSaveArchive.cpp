#include "docker/SaveArchive.h"

#include "TarMembers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::test;

// SaveArchive::inspect on archives written here by libarchive: the layouts Docker writes (classic with the
// 20.10 duplicate-layer symlink, OCI) are accepted; unsafe paths, links that escape, dangle, loop or end at a
// directory, duplicates, truncation and incomplete manifests are refused with a message that says which.
namespace {

const QString kConfig = QStringLiteral("0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd.json");

Member manifest(const QStringList &layers, const QString &config = kConfig)
{
    QJsonObject image{{QStringLiteral("Config"), config},
                      {QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("lab/dup:1.0.0")}},
                      {QStringLiteral("Layers"), QJsonArray::fromStringList(layers)}};
    return file(QStringLiteral("manifest.json"), QJsonDocument(QJsonArray{image}).toJson(QJsonDocument::Compact));
}

// What Docker 20.10 writes for an image whose second layer repeats the first: a link to the earlier layer.tar.
QList<Member> dockerDuplicateLayer()
{
    return {dir(QStringLiteral("aaaa")), file(QStringLiteral("aaaa/VERSION"), "1.0"),
            file(QStringLiteral("aaaa/json"), "{}"), file(QStringLiteral("aaaa/layer.tar"), QByteArray(1024, 'a')),
            dir(QStringLiteral("bbbb")), file(QStringLiteral("bbbb/VERSION"), "1.0"),
            file(QStringLiteral("bbbb/json"), "{}"), symlink(QStringLiteral("bbbb/layer.tar"), "../aaaa/layer.tar"),
            file(kConfig, "{}"),
            manifest({QStringLiteral("aaaa/layer.tar"), QStringLiteral("bbbb/layer.tar")}),
            file(QStringLiteral("repositories"), "{}")};
}

} // namespace

class TestSaveArchive final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // Both entry points: the file (what push uses) and memory (what the fuzzer uses) must agree.
    bool inspect(const QByteArray &bytes, SaveArchiveInfo *info, QString *error)
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1.tar").arg(++m_count));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return false;
        out.close();
        SaveArchiveInfo fromMemory;
        QString memoryError;
        const bool memoryOk = SaveArchive::inspectBytes(bytes, path, &fromMemory, &memoryError);
        const bool ok = SaveArchive::inspect(path, info, error);
        if (ok != memoryOk || *error != memoryError || info->layers != fromMemory.layers) {
            *error = QStringLiteral("file and memory disagree: ") + *error + QStringLiteral(" / ") + memoryError;
            return false;
        }
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void acceptsDockersDuplicateLayerLink()
    {
        SaveArchiveInfo info;
        QString error;
        QVERIFY2(inspect(tar(dockerDuplicateLayer()), &info, &error), qPrintable(error));
        QCOMPARE(info.layers, (QStringList{QStringLiteral("aaaa/layer.tar"), QStringLiteral("bbbb/layer.tar")}));
        QCOMPARE(info.imageId, QStringLiteral("sha256:") + kConfig.chopped(5));
        QCOMPARE(info.repoTags, QStringList{QStringLiteral("lab/dup:1.0.0")});
        QVERIFY(!info.ociLayout);
        QCOMPARE(info.entries, 11);
    }

    void acceptsValidVariants_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QList<Member> chain = dockerDuplicateLayer();
        chain << dir(QStringLiteral("cccc")) << symlink(QStringLiteral("cccc/layer.tar"), "../bbbb/layer.tar");
        chain.replace(9, manifest({QStringLiteral("aaaa/layer.tar"), QStringLiteral("bbbb/layer.tar"),
                                   QStringLiteral("cccc/layer.tar")}));
        QTest::newRow("link to a link to a file") << tar(chain);
        QTest::newRow("./ prefixes") << tar({file(QStringLiteral("./l1/layer.tar")),
                                             symlink(QStringLiteral("./l2/layer.tar"), "./../l1/./layer.tar"),
                                             file(QStringLiteral("./") + kConfig, "{}"),
                                             manifest({QStringLiteral("l1/layer.tar"), QStringLiteral("./l2/layer.tar")})});
        QTest::newRow("link inside its own directory") << tar({file(QStringLiteral("l1/real.tar")),
                                                               symlink(QStringLiteral("l1/layer.tar"), "real.tar"),
                                                               file(kConfig, "{}"),
                                                               manifest({QStringLiteral("l1/layer.tar")})});
        QTest::newRow("hard link to an earlier member")
            << tar({file(QStringLiteral("l1/layer.tar")), hardlink(QStringLiteral("l2/layer.tar"), "l1/layer.tar"),
                    file(kConfig, "{}"), manifest({QStringLiteral("l1/layer.tar"), QStringLiteral("l2/layer.tar")})});
        const QString blob = QStringLiteral("blobs/sha256/") + QString(64, QLatin1Char('e'));
        const QString cfg = QStringLiteral("blobs/sha256/") + QString(64, QLatin1Char('c'));
        QTest::newRow("OCI layout (Docker 25+)")
            << tar({file(QStringLiteral("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}"),
                    file(QStringLiteral("index.json"), "{}"), dir(QStringLiteral("blobs")),
                    dir(QStringLiteral("blobs/sha256")), file(blob), file(cfg, "{}"), manifest({blob}, cfg)});
    }

    void acceptsValidVariants()
    {
        QFETCH(QByteArray, archive);
        SaveArchiveInfo info;
        QString error;
        QVERIFY2(inspect(archive, &info, &error), qPrintable(error));
        QVERIFY(!info.layers.isEmpty());
    }

    void refusesHostileArchives_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("message");
        const Member config = file(kConfig, "{}");
        const Member one = manifest({QStringLiteral("l1/layer.tar")});
        const Member two = manifest({QStringLiteral("l1/layer.tar"), QStringLiteral("l2/layer.tar")});
        const Member layer = file(QStringLiteral("l1/layer.tar"));
        QTest::newRow("absolute path") << tar({file(QStringLiteral("/etc/cron.d/x")), layer, config, one})
                                       << QStringLiteral("unsafe path \"/etc/cron.d/x\"");
        QTest::newRow("dot-dot path") << tar({file(QStringLiteral("l1/../../x")), layer, config, one})
                                      << QStringLiteral("unsafe path");
        QTest::newRow("absolute link") << tar({layer, symlink(QStringLiteral("l2/layer.tar"), "/etc/shadow"), config, two})
                                       << QStringLiteral("\"l2/layer.tar\" -> \"/etc/shadow\" points outside");
        QTest::newRow("link climbing out") << tar({layer, symlink(QStringLiteral("l2/layer.tar"), "../../etc/shadow"),
                                                   config, two})
                                           << QStringLiteral("points outside the archive");
        QTest::newRow("link out and back in")
            << tar({layer, symlink(QStringLiteral("l2/layer.tar"), "../../tmp/../l1/layer.tar"), config, two})
            << QStringLiteral("points outside the archive");
        QTest::newRow("top-level link climbing out") << tar({layer, symlink(QStringLiteral("evil"), ".."), config, one})
                                                     << QStringLiteral("points outside the archive");
        QTest::newRow("dangling link") << tar({layer, symlink(QStringLiteral("l2/layer.tar"), "../l9/layer.tar"),
                                               config, two})
                                       << QStringLiteral("does not lead to a file inside the archive");
        QTest::newRow("dangling link not in the manifest")
            << tar({layer, symlink(QStringLiteral("stray"), "nothing-here"), config, one})
            << QStringLiteral("\"stray\" -> \"nothing-here\" does not lead to a file");
        QTest::newRow("link loop") << tar({layer, symlink(QStringLiteral("a/x"), "../b/x"),
                                           symlink(QStringLiteral("b/x"), "../a/x"), config, one})
                                   << QStringLiteral("does not lead to a file");
        QTest::newRow("link to itself") << tar({layer, symlink(QStringLiteral("l2/layer.tar"), "layer.tar"), config, two})
                                        << QStringLiteral("does not lead to a file");
        QTest::newRow("link to a directory") << tar({layer, dir(QStringLiteral("d")), symlink(QStringLiteral("l2/layer.tar"),
                                                                                             "../d"),
                                                     config, two})
                                             << QStringLiteral("does not lead to a file");
        QTest::newRow("empty link") << tar({layer, symlink(QStringLiteral("l2/layer.tar"), ""), config, two})
                                    << QStringLiteral("points outside the archive");
        QTest::newRow("hard link outside") << tar({layer, hardlink(QStringLiteral("l2/layer.tar"), "../etc/shadow"),
                                                   config, two})
                                           << QStringLiteral("hard link \"l2/layer.tar\" points outside");
        QTest::newRow("hard link to nothing") << tar({layer, hardlink(QStringLiteral("l2/layer.tar"), "l7/layer.tar"),
                                                      config, two})
                                              << QStringLiteral("does not lead to a file");
        QTest::newRow("member twice") << tar({layer, file(QStringLiteral("l1/layer.tar"), "other"), config, one})
                                      << QStringLiteral("\"l1/layer.tar\" appears twice");
        QTest::newRow("file replaced by a link") << tar({layer, file(QStringLiteral("l2/layer.tar")),
                                                         symlink(QStringLiteral("l2/layer.tar"), "../l1/layer.tar"),
                                                         config, two})
                                                 << QStringLiteral("appears twice");
        QTest::newRow("manifest twice") << tar({layer, config, one, manifest({QStringLiteral("l1/layer.tar")})})
                                        << QStringLiteral("\"manifest.json\" appears twice");
        QTest::newRow("layer missing") << tar({layer, config, two})
                                       << QStringLiteral("names the layer \"l2/layer.tar\", which is missing");
        QTest::newRow("layer is a directory") << tar({layer, dir(QStringLiteral("l2/layer.tar")), config, two})
                                              << QStringLiteral("names the layer \"l2/layer.tar\", which is missing");
        QTest::newRow("layer named with dot-dot") << tar({layer, config, manifest({QStringLiteral("../l1/layer.tar")})})
                                                  << QStringLiteral("names the layer \"../l1/layer.tar\"");
        QTest::newRow("config missing") << tar({layer, one}) << QStringLiteral("names the config");
        QTest::newRow("no manifest") << tar({layer, config}) << QStringLiteral("no manifest.json");
        QTest::newRow("manifest not an array") << tar({layer, config, file(QStringLiteral("manifest.json"), "{}")})
                                               << QStringLiteral("no manifest.json");
        QByteArray truncated = tar({file(QStringLiteral("l1/layer.tar"), QByteArray(8192, 'z')), config, one});
        truncated.truncate(3000);
        QTest::newRow("truncated") << truncated << QStringLiteral("truncated or corrupt");
        QTest::newRow("not a tar") << QByteArray(4096, '\x07') << QStringLiteral("Unrecognized archive format");
    }

    void refusesHostileArchives()
    {
        QFETCH(QByteArray, archive);
        QFETCH(QString, message);
        SaveArchiveInfo info;
        QString error;
        QVERIFY(!inspect(archive, &info, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // Issue 16: a pure OCI layout (skopeo's oci-archive: index.json + blobs, no manifest.json), read through its
    // index and manifest blob; what it names must be inside, as for manifest.json.
    void readsOciOnlyArchives()
    {
        const QString hexConfig(64, QLatin1Char('c')), hexLayer(64, QLatin1Char('a'));
        const QString hexManifest(64, QLatin1Char('m'));
        const QByteArray config = "{\"architecture\":\"arm64\",\"os\":\"linux\","
                                  "\"config\":{\"Labels\":{\"io.fleetcommander.l4t\":\"R35.4.1\"}}}";
        const QByteArray skopeoName = "{\"org.opencontainers.image.ref.name\":\"lab/oci:1.0.0\"}";
        const auto manifestBlob = [&](const QString &layer) -> QByteArray {
            return QByteArray("{\"schemaVersion\":2,\"config\":{\"digest\":\"sha256:") + hexConfig.toLatin1()
                + "\"},\"layers\":[{\"digest\":\"sha256:" + layer.toLatin1() + "\"}]}";
        };
        const auto index = [&](const QByteArray &annotations) -> QByteArray {
            return QByteArray("{\"schemaVersion\":2,\"manifests\":[{\"digest\":\"sha256:") + hexManifest.toLatin1()
                + "\",\"annotations\":" + annotations + "}]}";
        };
        const auto archive = [&](const QByteArray &idx, const QString &layer, bool withLayer = true) {
            QList<Member> members{file(QStringLiteral("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}"),
                                  file(QStringLiteral("index.json"), idx),
                                  file(QStringLiteral("blobs/sha256/") + hexManifest, manifestBlob(layer)),
                                  file(QStringLiteral("blobs/sha256/") + hexConfig, config)};
            if (withLayer)
                members << file(QStringLiteral("blobs/sha256/") + hexLayer);
            return tar(members);
        };
        SaveArchiveInfo info;
        QString error;
        QVERIFY2(inspect(archive(index(skopeoName), hexLayer), &info, &error),
                 qPrintable(error));
        QVERIFY(info.ociLayout && info.ociOnly);
        QCOMPARE(info.imageId, QStringLiteral("sha256:") + hexConfig);
        QCOMPARE(info.repoTags, QStringList{QStringLiteral("lab/oci:1.0.0")});
        QCOMPARE(info.layers, QStringList{QStringLiteral("blobs/sha256/") + hexLayer});
        QCOMPARE(info.architecture, QStringLiteral("arm64"));
        QCOMPARE(info.labels.value(QStringLiteral("io.fleetcommander.l4t")), QStringLiteral("R35.4.1"));
        // Docker's own annotation wins; a bare tag names nothing
        SaveArchiveInfo named;
        QVERIFY(inspect(archive(index("{\"io.containerd.image.name\":\"docker.io/lab/oci:2.0.0\","
                                      "\"org.opencontainers.image.ref.name\":\"2.0.0\"}"),
                                hexLayer), &named, &error));
        QCOMPARE(named.repoTags, QStringList{QStringLiteral("docker.io/lab/oci:2.0.0")});
        SaveArchiveInfo bare;
        QVERIFY(inspect(archive(index("{\"org.opencontainers.image.ref.name\":\"2.0.0\"}"), hexLayer), &bare, &error));
        QVERIFY(bare.repoTags.isEmpty());
        // a layer it names is missing; a digest that is no sha256 path; an empty index
        SaveArchiveInfo refused;
        QVERIFY(!inspect(archive(index(skopeoName), hexLayer, false), &refused,
                         &error));
        QVERIFY2(error.contains(QLatin1String("names the layer")), qPrintable(error));
        QVERIFY(!inspect(archive(index("{}"), QStringLiteral("../../etc/passwd")), &refused, &error));
        QVERIFY2(error.contains(QLatin1String("names the layer")), qPrintable(error));
        QVERIFY(!inspect(tar({file(QStringLiteral("index.json"), "{\"manifests\":[]}")}), &refused, &error));
        QVERIFY2(error.contains(QLatin1String("lists no image")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSaveArchive)
#include "TestSaveArchive.moc"
