#include "lab/LabEnvironment.h"

#include "docker/DockerEngine.h"
#include "images/stores/FolderStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace fleet;

// FolderStore against the lab's workstation dockerd: a real `docker save` into the folder and a real
// `docker load` out of it; damaged archives and a full disk.
class TestFolderStore final : public QObject
{
    Q_OBJECT

private:
    test::LabEnvironment m_lab;
    QTemporaryDir m_tmp;
    const QString m_image = QStringLiteral("fleet-store-folder:1.0.0");
    QString m_imageId;

    QString dir(const QString &name) const { return m_tmp.filePath(name); }
    bool engineHas(const QString &reference)
    {
        DockerEngine engine(m_lab.dockerHost);
        return engine.inspectImage(reference).has_value();
    }
    static QByteArray sha256Of(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return hash.result().toHex();
    }
    static void flipByte(const QString &path, qint64 offset)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(offset));
        char c = 0;
        QVERIFY(file.getChar(&c));
        QVERIFY(file.seek(offset));
        QVERIFY(file.putChar(char(c ^ 0x20)));
    }
    void removeFromEngine()
    {
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY2(engine.removeImage(m_image, true), qPrintable(engine.error().message));
        QVERIFY(!engineHas(m_image));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY(m_tmp.isValid());
        QString output;
        QVERIFY2(m_lab.lab({QStringLiteral("image"), m_image, QStringLiteral("--mb"), QStringLiteral("2")}, &output)
                     == 0, qPrintable(output));
        m_imageId = output.trimmed().split(QLatin1Char('\n')).last().trimmed();
        QVERIFY2(m_imageId.startsWith(QLatin1String("sha256:")), qPrintable(output));
    }

    void putWritesArchiveAndSidecarThenGetLoadsIt()
    {
        FolderStore store(dir(QStringLiteral("roundtrip")));
        QList<qint64> progress;
        store.setProgress([&](const QString &, qint64 done, qint64) { progress << done; });
        DockerEngine engine(m_lab.dockerHost);
        const std::optional<StoredArchive> stored = store.put(engine, m_image);
        QVERIFY2(stored, qPrintable(store.error().message));
        QVERIFY(!progress.isEmpty());
        const QString archive = dir(QStringLiteral("roundtrip/fleet-store-folder_1.0.0.tar"));
        QCOMPARE(QDir(dir(QStringLiteral("roundtrip"))).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("fleet-store-folder_1.0.0.tar"),
                              QStringLiteral("fleet-store-folder_1.0.0.tar.json")}));
        QCOMPARE(stored->size, QFileInfo(archive).size());
        QVERIFY(stored->size > 2 * 1000 * 1000);
        QCOMPARE(stored->sha256.toLatin1(), sha256Of(archive));
        QCOMPARE(stored->imageId, m_imageId);

        const std::optional<QList<StoredArchive>> listed = store.list();
        QVERIFY2(listed, qPrintable(store.error().message));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().reference, m_image);
        QCOMPARE(listed->first().sha256, stored->sha256);

        removeFromEngine();
        QVERIFY2(store.get(engine, m_image), qPrintable(store.error().message));
        const std::optional<ImageInfo> loaded = engine.inspectImage(m_image);
        QVERIFY(loaded);
        QCOMPARE(loaded->id, m_imageId);
    }

    void damagedArchivesAreNeverLoaded_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("flipped byte") << QStringLiteral("flip");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("no sidecar") << QStringLiteral("sidecar");
    }

    void damagedArchivesAreNeverLoaded()
    {
        QFETCH(QString, damage);
        const QString folder = dir(QStringLiteral("damaged-") + damage);
        FolderStore store(folder);
        DockerEngine engine(m_lab.dockerHost);
        const std::optional<StoredArchive> stored = store.put(engine, m_image);
        QVERIFY2(stored, qPrintable(store.error().message));
        const QString archive = folder + QStringLiteral("/") + stored->key;
        if (damage == QLatin1String("flip"))
            flipByte(archive, stored->size / 2);
        else if (damage == QLatin1String("truncate"))
            QVERIFY(QFile::resize(archive, stored->size - 4096));
        else
            QVERIFY(QFile::remove(archive + QStringLiteral(".json")));
        removeFromEngine();

        QVERIFY(!store.get(engine, m_image));
        QCOMPARE(store.error().kind, StoreError::Integrity);
        QVERIFY2(store.error().message.contains(QStringLiteral("was not loaded")), qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(damage == QLatin1String("flip") ? QStringLiteral("sha256")
                                                : damage == QLatin1String("truncate") ? QStringLiteral("bytes")
                                                                                      : QStringLiteral("sidecar")),
                 qPrintable(store.error().message));
        QVERIFY(!engineHas(m_image));
        // Put the image back for the next cases.
        FolderStore good(dir(QStringLiteral("roundtrip")));
        QVERIFY2(good.get(engine, m_image), qPrintable(good.error().message));
    }

    void aFullDiskLeavesNoPartialFile()
    {
        QVERIFY2(geteuid() == 0, "mounting a small tmpfs needs root (the lab needs it too)");
        const QString folder = dir(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                            QStringLiteral("-o"), QStringLiteral("size=1m"),
                                                            QStringLiteral("fleet-store-test"), folder}) == 0);
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {folder}); });
        FolderStore store(folder);
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY(!store.put(engine, m_image));
        QCOMPARE(store.error().kind, StoreError::Storage);
        QVERIFY2(store.error().message.contains(QStringLiteral("No space left on device")),
                 qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(QStringLiteral("nothing was left behind")),
                 qPrintable(store.error().message));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(engineHas(m_image));
    }

    void aCancelledPutLeavesNothing()
    {
        const QString folder = dir(QStringLiteral("cancelled"));
        FolderStore store(folder);
        std::atomic_bool cancel{false};
        store.setCancelFlag(&cancel);
        store.setProgress([&](const QString &, qint64 done, qint64) { cancel = done > 100000; });
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY(!store.put(engine, m_image));
        QCOMPARE(store.error().kind, StoreError::Cancelled);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void removeTakesArchiveAndSidecar()
    {
        FolderStore store(dir(QStringLiteral("remove")));
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY2(store.put(engine, m_image), qPrintable(store.error().message));
        QVERIFY2(store.remove(m_image), qPrintable(store.error().message));
        QCOMPARE(QDir(dir(QStringLiteral("remove"))).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(!store.remove(m_image));
        QCOMPARE(store.error().kind, StoreError::NotFound);
        QVERIFY(!store.get(engine, QStringLiteral("fleet-store-folder:9.9.9")));
        QCOMPARE(store.error().kind, StoreError::NotFound);
    }

    void aNamedArchiveIsFoundByNameAndByReference()
    {
        const QString folder = dir(QStringLiteral("named"));
        const QString name = QStringLiteral("fleet-folder-r36.4.0");
        FolderStore store(folder);
        DockerEngine engine(m_lab.dockerHost);
        const std::optional<StoredArchive> stored = store.put(engine, m_image, name);
        QVERIFY2(stored, qPrintable(store.error().message));
        QCOMPARE(stored->key, name + QStringLiteral(".tar"));
        QCOMPARE(stored->archive, name);
        QCOMPARE(stored->reference, m_image);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{name + QStringLiteral(".tar"), name + QStringLiteral(".tar.json")}));
        QCOMPARE(stored->sha256.toLatin1(), sha256Of(folder + QStringLiteral("/") + stored->key));
        QFile sidecar(folder + QStringLiteral("/") + name + QStringLiteral(".tar.json"));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject recorded = QJsonDocument::fromJson(sidecar.readAll()).object();
        QCOMPARE(recorded.value(QStringLiteral("reference")).toString(), m_image);
        QCOMPARE(recorded.value(QStringLiteral("archive")).toString(), name);

        const std::optional<QList<StoredArchive>> listed = store.list();
        QVERIFY2(listed, qPrintable(store.error().message));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().reference, m_image);
        QCOMPARE(listed->first().archive, name);
        QCOMPARE(store.describe(name)->key, name + QStringLiteral(".tar")); // what a store push reads
        QCOMPARE(store.describe(m_image)->key, name + QStringLiteral(".tar"));

        removeFromEngine();
        QVERIFY2(store.get(engine, name), qPrintable(store.error().message));
        QCOMPARE(engine.inspectImage(m_image).value_or(ImageInfo{}).id, m_imageId);
        removeFromEngine();
        QVERIFY2(store.get(engine, m_image), qPrintable(store.error().message)); // its own file is missing
        QCOMPARE(engine.inspectImage(m_image).value_or(ImageInfo{}).id, m_imageId);

        // The same image kept by its reference as well: rm by name takes only the named one.
        QVERIFY2(store.put(engine, m_image), qPrintable(store.error().message));
        QCOMPARE(store.list()->size(), 2);
        QVERIFY2(store.remove(name), qPrintable(store.error().message));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("fleet-store-folder_1.0.0.tar"),
                              QStringLiteral("fleet-store-folder_1.0.0.tar.json")}));
        QVERIFY(!store.remove(name));
        QCOMPARE(store.error().kind, StoreError::NotFound);
        QVERIFY2(store.error().message.contains(m_image), qPrintable(store.error().message)); // what it does have
        QVERIFY(!store.get(engine, name));
        QCOMPARE(store.error().kind, StoreError::NotFound);
    }

    void aNameNeverReplacesAnotherKindOfArchive()
    {
        const QString folder = dir(QStringLiteral("clash"));
        FolderStore store(folder);
        DockerEngine engine(m_lab.dockerHost);
        const std::optional<StoredArchive> plain = store.put(engine, m_image);
        QVERIFY2(plain, qPrintable(store.error().message));
        // "fleet-store-folder_1.0.0" is a valid name whose file is the reference's own file.
        QVERIFY(!store.put(engine, m_image, QStringLiteral("fleet-store-folder_1.0.0")));
        QCOMPARE(store.error().kind, StoreError::Invalid);
        QVERIFY2(store.error().message.contains(QStringLiteral("already holds")), qPrintable(store.error().message));
        QCOMPARE(store.list()->first().archive, QString());
        QCOMPARE(QString::fromLatin1(sha256Of(folder + QStringLiteral("/fleet-store-folder_1.0.0.tar"))),
                 plain->sha256);
        // Replacing a named archive by the same name is a put like any other.
        QVERIFY2(store.put(engine, m_image, QStringLiteral("again")), qPrintable(store.error().message));
        QVERIFY2(store.put(engine, m_image, QStringLiteral("again")), qPrintable(store.error().message));
        QCOMPARE(store.list()->size(), 2);
    }

    void invalidNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("getKind"); // the same text given to get: a reference when it has ':', '/' or '@'
        QTest::newRow("colon") << QStringLiteral("comfy:r36") << int(StoreError::NotFound);
        QTest::newRow("slash") << QStringLiteral("../escape") << int(StoreError::Invalid);
        QTest::newRow("at") << QStringLiteral("comfy@1") << int(StoreError::Invalid);
        QTest::newRow("hidden") << QStringLiteral(".comfy") << int(StoreError::Invalid);
        QTest::newRow(".tar") << QStringLiteral("comfy.tar") << int(StoreError::Invalid);
        QTest::newRow(".json") << QStringLiteral("comfy.json") << int(StoreError::Invalid);
        QTest::newRow("space") << QStringLiteral("comfy r36") << int(StoreError::Invalid);
        QTest::newRow("too long") << QString(129, QLatin1Char('c')) << int(StoreError::Invalid);
    }

    void invalidNamesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(int, getKind);
        const QString folder = dir(QStringLiteral("invalid"));
        FolderStore store(folder);
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY(!store.put(engine, m_image, name));
        QCOMPARE(store.error().kind, StoreError::Invalid);
        QVERIFY2(store.error().message.contains(QStringLiteral("cannot be an archive name")),
                 qPrintable(store.error().message));
        QVERIFY(!QDir(folder).exists()); // refused before anything is written
        QVERIFY(!store.get(engine, name));
        QCOMPARE(int(store.error().kind), getKind);
    }

    void cleanupTestCase()
    {
        DockerEngine engine(m_lab.dockerHost);
        engine.removeImage(m_image, true);
    }
};

QTEST_GUILESS_MAIN(TestFolderStore)
#include "TestFolderStore.moc"
