// The Apptainer registry against a real folder built from sylabs/sif's reference images: the seed's per-partition
// counts, image details from the SIF reader, a vanished file, a truncated one, the sha256 cache on a rescan.
#include "SifTestRegistry.h"

#include "sif/SifRegistry.h"
#include "sif/SifRegistryDb.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::test;

class TestSifRegistry final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_root;

    const SifRegistryImage *image(const SifScanResult &scan, const QString &name)
    {
        for (const SifRegistryImage &i : scan.images)
            if (i.name == name)
                return &i;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(sifReferenceImage(QStringLiteral("one-group.sif"))));
        m_root = m_tmp.path() + QStringLiteral("/registry");
        // The seed's registry: two images in compute, none in viz or shared.
        QVERIFY(!addSifImage(m_root, QStringLiteral("compute"), QStringLiteral("alpine_latest.sif")).isEmpty());
        QVERIFY(!addSifImage(m_root, QStringLiteral("compute"), QStringLiteral("python_3.11.sif"),
                             QStringLiteral("two-groups-signed.sif")).isEmpty());
        QDir().mkpath(m_root + QStringLiteral("/images/viz"));
    }

    void countsPerPartition()
    {
        const SifRegistry registry(m_root);
        const SifScanResult scan = registry.scan();
        QVERIFY2(scan.ok(), qPrintable(scan.failure.message));
        QCOMPARE(scan.partitions, (QStringList{"compute", "viz", "shared"}));
        const QMap<QString, int> expected{{"compute", 2}, {"viz", 0}, {"shared", 0}};
        QCOMPARE(scan.counts, expected);
        QCOMPARE(scan.hashed, 2);
        QCOMPARE(scan.reused, 0);
        QVERIFY(scan.missing.isEmpty());
        QVERIFY(scan.flagged().isEmpty());
    }

    void detailsFromTheReader()
    {
        const SifScanResult scan = SifRegistry(m_root).scan();
        const SifRegistryImage *python = image(scan, QStringLiteral("python_3.11.sif"));
        QVERIFY(python);
        QCOMPARE(python->partition, QStringLiteral("compute"));
        QCOMPARE(python->id(), QStringLiteral("python_3.11"));
        QCOMPARE(python->size, QFileInfo(python->path).size());
        QCOMPARE(python->sha256, sha256Of(python->path));
        QCOMPARE(python->facts.arch, QStringLiteral("386")); // the reference images are 386
        QVERIFY(python->facts.isSigned);
        QVERIFY(python->facts.intact);
        QVERIFY(!python->facts.verified); // no keyring: integrity only
        QVERIFY(python->facts.signer.contains(QStringLiteral("12045C8C0B1004D058DE4BEDA20C27EE7FF7BA84")));
        const SifRegistryImage *alpine = image(scan, QStringLiteral("alpine_latest.sif"));
        QVERIFY(alpine && !alpine->facts.isSigned && alpine->valid());
        // The sidecar is the record.
        QFile sidecar(SifRegistry(m_root).sidecarPath(QStringLiteral("compute"), QStringLiteral("python_3.11.sif")));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
        QCOMPARE(json.value("sha256").toString(), python->sha256);
        QCOMPARE(json.value("partition").toString(), QStringLiteral("compute"));
        QCOMPARE(json.value("signed").toBool(), true);
    }

    void keyringVerifiesTheSigner()
    {
        // The key the reference images were signed with (SifVerify imports it into a private GNUPGHOME).
        const QString key = QStringLiteral("/usr/share/gocode/src/github.com/sylabs/sif/test/keys/private.asc");
        QVERIFY(QFileInfo::exists(key));
        SifRegistry registry(m_tmp.path() + QStringLiteral("/keyed"));
        QVERIFY(!addSifImage(registry.root(), QStringLiteral("compute"), QStringLiteral("signed.sif"),
                             QStringLiteral("one-group-signed.sif")).isEmpty());
        registry.setKeyring(key);
        const SifScanResult scan = registry.scan();
        QVERIFY(image(scan, QStringLiteral("signed.sif")) && image(scan, QStringLiteral("signed.sif"))->facts.verified);
    }

    void rescanUsesTheCache()
    {
        const SifRegistry registry(m_root);
        registry.scan();
        const SifScanResult again = registry.scan();
        QCOMPARE(again.hashed, 0);
        QCOMPARE(again.reused, 2);
        QCOMPARE(again.counts.value("compute"), 2);
        QCOMPARE(image(again, QStringLiteral("python_3.11.sif"))->sha256,
                 sha256Of(m_root + QStringLiteral("/images/compute/python_3.11.sif")));
        // A changed file (other size and mtime) is hashed again, and its new sha256 is the one listed.
        const QString path = addSifImage(m_root, QStringLiteral("compute"), QStringLiteral("alpine_latest.sif"),
                                         QStringLiteral("one-group.sif"), 1 << 20);
        const SifScanResult changed = registry.scan();
        QCOMPARE(changed.hashed, 1);
        QCOMPARE(changed.reused, 1);
        QCOMPARE(image(changed, QStringLiteral("alpine_latest.sif"))->sha256, sha256Of(path));
        SifRegistryDb db;
        QVERIFY(db.open(registry.databasePath(), Database::OpenMode::ReadOnly));
        QCOMPARE(db.find(QStringLiteral("compute"), QStringLiteral("alpine_latest.sif"))->sha256, sha256Of(path));
    }

    void truncatedFileIsFlagged()
    {
        const QString path = addSifImage(m_root, QStringLiteral("viz"), QStringLiteral("paraview.sif"));
        QFile file(path);
        QVERIFY(file.resize(20000)); // cut inside the descriptor table
        const SifRegistry registry(m_root);
        const SifScanResult scan = registry.scan();
        QCOMPARE(scan.counts.value("viz"), 0); // never counted as an image
        const SifRegistryImage *broken = image(scan, QStringLiteral("paraview.sif"));
        QVERIFY(broken);
        QVERIFY(!broken->valid());
        QCOMPARE(broken->flag, SifRegistryImage::Flag::Corrupt);
        QVERIFY2(broken->reason.contains(QStringLiteral("truncated")), qPrintable(broken->reason));
        QVERIFY(scan.valid(QStringLiteral("viz")).isEmpty());
        QVERIFY(!scan.find(QStringLiteral("paraview")));
        // A sync checks the same way: refused before anything is sent.
        const SifRegistry::Lookup lookup = registry.lookup(QStringLiteral("viz"), QStringLiteral("paraview.sif"));
        QVERIFY(!lookup.ok());
        QVERIFY(lookup.failure.message.contains(QStringLiteral("corrupt")));
        // Still flagged on a rescan from the cache.
        QCOMPARE(image(registry.scan(), QStringLiteral("paraview.sif"))->flag, SifRegistryImage::Flag::Corrupt);
        QFile::remove(path);
    }

    void vanishedFileIsDropped()
    {
        const SifRegistry registry(m_root);
        const QString path = addSifImage(m_root, QStringLiteral("shared"), QStringLiteral("tools.sif"));
        QCOMPARE(registry.scan().counts.value("shared"), 1);
        QVERIFY(QFile::exists(registry.sidecarPath(QStringLiteral("shared"), QStringLiteral("tools.sif"))));
        QVERIFY(QFile::remove(path));
        const SifScanResult scan = registry.scan();
        QCOMPARE(scan.counts.value("shared"), 0);
        QVERIFY(!image(scan, QStringLiteral("tools.sif"))); // not listed
        QCOMPARE(scan.missing.size(), 1);
        QCOMPARE(scan.missing.first().name, QStringLiteral("tools.sif"));
        QCOMPARE(scan.missing.first().flag, SifRegistryImage::Flag::Missing);
        QVERIFY(!QFile::exists(registry.sidecarPath(QStringLiteral("shared"), QStringLiteral("tools.sif"))));
        QVERIFY(registry.scan().missing.isEmpty()); // reported once, then forgotten
        const SifRegistry::Lookup lookup = registry.lookup(QStringLiteral("shared"), QStringLiteral("tools.sif"));
        QVERIFY(!lookup.ok());
        QVERIFY(lookup.failure.message.contains(QStringLiteral("no such file")));
    }

    void refusals()
    {
        QCOMPARE(SifRegistry(m_tmp.path() + QStringLiteral("/nowhere")).scan().failure.kind, FailureKind::Usage);
        QCOMPARE(SifRegistry(m_root, {QStringLiteral("../etc")}).scan().failure.kind, FailureKind::Usage);
        QCOMPARE(SifRegistry(m_root).scan({QStringLiteral("gpu")}).failure.kind, FailureKind::Usage);
        // A file name nodes could not be given safely is flagged, not listed.
        const QString odd = addSifImage(m_root, QStringLiteral("compute"), QStringLiteral("a b;rm.sif"));
        const SifScanResult scan = SifRegistry(m_root).scan();
        QCOMPARE(image(scan, QStringLiteral("a b;rm.sif"))->flag, SifRegistryImage::Flag::BadName);
        QCOMPARE(scan.counts.value("compute"), 2);
        QFile::remove(odd);
        // Partial copies (.NAME.part) are not images.
        addSifImage(m_root, QStringLiteral("compute"), QStringLiteral(".x.sif"));
        QVERIFY(!image(SifRegistry(m_root).scan(), QStringLiteral(".x.sif")));
    }

    void cancel()
    {
        const QString root = m_tmp.path() + QStringLiteral("/cancel");
        addSifImage(root, QStringLiteral("compute"), QStringLiteral("big.sif"), QStringLiteral("one-group.sif"), 8 << 20);
        std::atomic_bool cancelled{false};
        int calls = 0;
        const SifScanResult scan = SifRegistry(root).scan({}, &cancelled, [&](const QString &, qint64, qint64) {
            if (++calls == 2)
                cancelled = true;
        });
        QCOMPARE(scan.failure.kind, FailureKind::Cancelled);
        // Nothing half-hashed was cached: the next scan hashes it.
        QCOMPARE(SifRegistry(root).scan().hashed, 1);
    }
};

QTEST_GUILESS_MAIN(TestSifRegistry)
#include "TestSifRegistry.moc"
