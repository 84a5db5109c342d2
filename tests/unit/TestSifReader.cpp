#include "SifReference.h"

#include "sif/SifImage.h"
#include "sif/SifText.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace fleet;
using namespace fleet::test;

// SifImage and SifText against sylabs/sif's own reference images and siftool's golden outputs (header, list,
// info): every fact siftool prints, we print the same. Then truncated and hostile files, refused with a reason.
class TestSifReader : public QObject
{
    Q_OBJECT

private:
    static QString golden(const QString &test, const QString &name)
    {
        QFile file(sifGolden(test, name));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("<cannot read %1>").arg(file.fileName());
        return QString::fromUtf8(file.readAll());
    }

    static QByteArray reference(const QString &name)
    {
        QFile file(sifImage(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString refusal(const QByteArray &bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        const std::optional<SifImage> image = SifImage::read(buffer, &error);
        if (image)
            return QStringLiteral("<accepted>");
        return error;
    }

    static void putI64(QByteArray &bytes, qint64 at, qint64 value) { qToLittleEndian(value, bytes.data() + at); }

    // Descriptor i of a reference image (all have their table at 4096).
    static qint64 descriptorAt(int index) { return 4096 + index * SifImage::kDescriptorSize; }

    static void addImages()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("image");
        const QList<QPair<const char *, const char *>> images{
            {"Empty", "empty.sif"},
            {"EmptyID", "empty-id.sif"},
            {"EmptyLaunchScript", "empty-launch-script.sif"},
            {"OneObjectTime", "one-object-time.sif"},
            {"OneObjectGenericJSON", "one-object-generic-json.sif"},
            {"OneObjectCryptMessage", "one-object-crypt-message.sif"},
            {"OneObjectSBOM", "one-object-sbom.sif"},
            {"OneGroup", "one-group.sif"},
            {"OneGroupSigned", "one-group-signed.sif"},
            {"OneGroupSignedLegacy", "one-group-signed-legacy.sif"},
            {"OneGroupSignedLegacyAll", "one-group-signed-legacy-all.sif"},
            {"OneGroupSignedLegacyGroup", "one-group-signed-legacy-group.sif"},
            {"TwoGroups", "two-groups.sif"},
            {"TwoGroupsSigned", "two-groups-signed.sif"},
            {"TwoGroupsSignedLegacy", "two-groups-signed-legacy.sif"},
            {"TwoGroupsSignedLegacyAll", "two-groups-signed-legacy-all.sif"},
            {"TwoGroupsSignedLegacyGroup", "two-groups-signed-legacy-group.sif"},
        };
        for (const auto &[name, file] : images)
            QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(file);
    }

private slots:
    void initTestCase() { FLEET_REQUIRE_SIF_REFERENCE(); }

    // Every image the package ships is in the tables below (a new one in a later package must be added).
    void everyImageHasGoldens()
    {
        const QStringList files = QDir(sifReferenceDir() + QStringLiteral("/test/images"))
                                      .entryList({QStringLiteral("*.sif")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 17);
        for (const QString &file : files) {
            QString error;
            QVERIFY2(SifImage::open(sifImage(file), &error).has_value(), qPrintable(error));
        }
    }

    void header_data() { addImages(); }
    void header()
    {
        QFETCH(QString, golden);
        QFETCH(QString, image);
        QString error;
        const std::optional<SifImage> sif = SifImage::open(sifImage(image), &error);
        QVERIFY2(sif, qPrintable(error));
        QCOMPARE(SifText::header(*sif), TestSifReader::golden(QStringLiteral("TestApp_Header"), golden));
    }

    void list_data() { addImages(); }
    void list()
    {
        QFETCH(QString, golden);
        QFETCH(QString, image);
        QString error;
        const std::optional<SifImage> sif = SifImage::open(sifImage(image), &error);
        QVERIFY2(sif, qPrintable(error));
        QCOMPARE(SifText::list(*sif), TestSifReader::golden(QStringLiteral("TestApp_List"), golden));
    }

    void info_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("image");
        QTest::addColumn<quint32>("id");
        QTest::newRow("Time") << "Time" << "one-object-time.sif" << 1u;
        QTest::newRow("GenericJSON") << "GenericJSON" << "one-object-generic-json.sif" << 1u;
        QTest::newRow("CryptMessage") << "CryptMessage" << "one-object-crypt-message.sif" << 1u;
        QTest::newRow("SBOM") << "SBOM" << "one-object-sbom.sif" << 1u;
        QTest::newRow("DataPartitionRaw") << "DataPartitionRaw" << "two-groups-signed.sif" << 1u;
        QTest::newRow("DataPartitionSquashFS") << "DataPartitionSquashFS" << "two-groups-signed.sif" << 2u;
        QTest::newRow("DataPartitionEXT3") << "DataPartitionEXT3" << "two-groups-signed.sif" << 3u;
        QTest::newRow("DataSignature") << "DataSignature" << "two-groups-signed.sif" << 4u;
    }
    void info()
    {
        QFETCH(QString, golden);
        QFETCH(QString, image);
        QFETCH(quint32, id);
        QString error;
        const std::optional<SifImage> sif = SifImage::open(sifImage(image), &error);
        QVERIFY2(sif, qPrintable(error));
        const SifDescriptor *d = sif->descriptor(id);
        QVERIFY(d);
        QCOMPARE(SifText::info(*d), TestSifReader::golden(QStringLiteral("TestApp_Info"), golden));
    }

    // siftool dump's goldens are the objects' bytes: objectData gives the same.
    void objectData()
    {
        QString error;
        const std::optional<SifImage> sif = SifImage::open(sifImage(QStringLiteral("one-group-signed.sif")), &error);
        QVERIFY2(sif, qPrintable(error));
        const QStringList names{QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")};
        for (quint32 id = 1; id <= 3; ++id) {
            QFile file(sifGolden(QStringLiteral("TestApp_Dump"), names[int(id) - 1]));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(sif->objectData(*sif->descriptor(id), 1 << 20, &error), file.readAll());
        }
        // A cap below the object's size refuses rather than cuts, unless asked to cut.
        QVERIFY(sif->objectData(*sif->descriptor(2), 100, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("4096 bytes")), qPrintable(error));
        QCOMPARE(sif->objectData(*sif->descriptor(2), 100, nullptr, true).size(), 100);
    }

    void typedFields()
    {
        QString error;
        const std::optional<SifImage> sif = SifImage::open(sifImage(QStringLiteral("two-groups-signed.sif")), &error);
        QVERIFY2(sif, qPrintable(error));
        QCOMPARE(sif->descriptors().size(), 5);
        const SifDescriptor &sig = sif->descriptors().at(3);
        QCOMPARE(sig.type, SifDataType::Signature);
        QCOMPARE(sig.hashType, SifHashType::SHA256);
        QCOMPARE(sig.entity, QStringLiteral("12045C8C0B1004D058DE4BEDA20C27EE7FF7BA84"));
        QCOMPARE(sig.linkedId, 1u);
        QVERIFY(sig.linkedToGroup);
        QCOMPARE(sig.groupId, 0u);
        // The primary system partition is the squashfs one (*System), its arch the image's.
        const std::optional<SifDescriptor> primary = sif->primaryPartition();
        QVERIFY(primary);
        QCOMPARE(primary->id, 2u);
        QCOMPARE(primary->fsType, SifFsType::Squash);
        QCOMPARE(sif->architecture(), QStringLiteral("386"));
        QCOMPARE(sif->header().arch, QStringLiteral("386"));
        QVERIFY(sif->labels().isEmpty());
        QVERIFY(sif->deffile().isEmpty());
        QCOMPARE(sif->fileSize(), 305013);
        QCOMPARE(sifDataTypeName(SifDataType::OCIBlob), QStringLiteral("OCI.Blob"));
        QCOMPARE(sifDataTypeName(SifDataType(0x4100)), QStringLiteral("Unknown"));
    }

    void refusesTruncatedAndHostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = reference(QStringLiteral("two-groups-signed.sif"));
        QCOMPARE(good.size(), 305013);

        QTest::newRow("empty file") << QByteArray() << "truncated: 0 bytes";
        QTest::newRow("half a header") << good.left(64) << "truncated: 64 bytes";
        QTest::newRow("header only") << good.left(128) << "descriptors offset (4096)";
        QTest::newRow("cut in the table") << good.left(8000) << "descriptors offset (4096)";
        QTest::newRow("cut in the data") << good.left(300000) << "beyond the end of the file (300000 bytes)";
        QTest::newRow("one byte short") << good.left(good.size() - 1) << "truncated?";
        QTest::newRow("not sif") << QByteArray(4096, 'x') << "no SIF_MAGIC";
        QByteArray version = good;
        version[43] = '2';
        QTest::newRow("version 02") << version << "unsupported SIF version \"02\"";

        QByteArray huge = good;
        putI64(huge, 88, 1'000'000'000);
        QTest::newRow("huge descriptor count") << huge << "descriptors total (1000000000) is outside 0…1024";
        QByteArray negative = good;
        putI64(negative, 88, -1);
        QTest::newRow("negative descriptor count") << negative << "descriptors total (-1)";
        QByteArray free = good;
        putI64(free, 80, 49);
        QTest::newRow("more free than total") << free << "descriptors free (49)";
        QByteArray tableSize = good;
        putI64(tableSize, 104, 100);
        QTest::newRow("table smaller than count") << tableSize << "descriptors size (100)";
        QByteArray tableOff = good;
        putI64(tableOff, 96, good.size() - 100);
        QTest::newRow("table beyond EOF") << tableOff << "descriptors offset";
        QByteArray overflow = good;
        putI64(overflow, 112, std::numeric_limits<qint64>::max() - 10);
        putI64(overflow, 120, 100);
        QTest::newRow("data offset overflows") << overflow << "data offset";

        // Descriptor 3 (index 2): the ext3 partition at 40960, 262144 bytes.
        const qint64 d3 = descriptorAt(2);
        QByteArray beyond = good;
        putI64(beyond, d3 + 17, good.size() + 1);
        QTest::newRow("object beyond EOF") << beyond << "descriptor 3: object offset 305014";
        QByteArray bigSize = good;
        putI64(bigSize, d3 + 25, std::numeric_limits<qint64>::max());
        QTest::newRow("object size overflows") << bigSize << "descriptor 3: object offset 40960 and size";
        QByteArray negOffset = good;
        putI64(negOffset, d3 + 17, -5);
        QTest::newRow("negative offset") << negOffset << "descriptor 3: object offset -5";
        QByteArray overlap = good;
        putI64(overlap, d3 + 17, 40000); // into object 2 (36864-40960)
        QTest::newRow("overlapping objects") << overlap << "descriptors 2 and 3: their objects overlap";
        QByteArray hidden = good; // an empty object between two that overlap hides nothing
        putI64(hidden, descriptorAt(0) + 17, 37000);
        putI64(hidden, descriptorAt(0) + 25, 0);
        putI64(hidden, d3 + 17, 38000);
        putI64(hidden, d3 + 25, 100);
        QTest::newRow("overlap around an empty object") << hidden << "descriptors 2 and 3: their objects overlap";
        QByteArray intoTable = good;
        putI64(intoTable, d3 + 17, 4096 + 10);
        QTest::newRow("object over the table") << intoTable << "overlap the header or the descriptor table";
        QByteArray twin = good;
        qToLittleEndian<quint32>(2, twin.data() + d3 + 5);
        QTest::newRow("repeated id") << twin << "object id 2 is used by more than one descriptor";
        QByteArray zero = good;
        qToLittleEndian<quint32>(0, zero.data() + d3 + 5);
        QTest::newRow("id 0") << zero << "object id 0";
    }
    void refusesTruncatedAndHostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString why = refusal(bytes);
        QVERIFY2(why.contains(reason), qPrintable(QStringLiteral("%1 (wanted: %2)").arg(why, reason)));
    }

    // open() names the file, and refuses what is not a regular file.
    void openNamesTheFile()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!SifImage::open(dir.path() + QStringLiteral("/none.sif"), &error));
        QVERIFY2(error.endsWith(QLatin1String("none.sif: no such file")), qPrintable(error));
        QVERIFY(!SifImage::open(dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
        QFile cut(dir.path() + QStringLiteral("/cut.sif"));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(reference(QStringLiteral("one-group.sif")).left(36000));
        cut.close();
        QVERIFY(!SifImage::open(cut.fileName(), &error));
        QVERIFY2(error.startsWith(cut.fileName() + QStringLiteral(": header fields data offset")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSifReader)
#include "TestSifReader.moc"
