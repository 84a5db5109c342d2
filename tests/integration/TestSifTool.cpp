#include "unit/SifTestKeys.h"

#include "sif/SifImage.h"
#include "sif/SifText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::test;

// Images made by the reference implementation itself — siftool, built offline from Debian's
// golang-github-sylabs-sif-dev by tests/tools/build-siftool (the `siftool` target), with a squashfs partition
// from mksquashfs — read back by SifImage and by `fleetctl sif inspect|verify`, and compared with what siftool
// says about the same file.
class TestSifTool : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_siftool;
    QString m_image;
    QString m_keyring;
    QByteArray m_partition;

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    Run siftool(const QStringList &args) { return run(m_siftool, args); }
    static Run fleetctl(const QStringList &args)
    {
        return run(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"), args);
    }
    bool writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private slots:
    void initTestCase()
    {
        FLEET_REQUIRE_SIF_REFERENCE();
        m_siftool = qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/tests/tools/siftool");
        QVERIFY2(QFile::exists(m_siftool), "no siftool in the build tree: build the `siftool` target "
                                           "(tests/tools/build-siftool; Debian: golang-go, golang-github-sylabs-sif-dev)");
        // A root file system for the partition, squashed as apptainer does.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("rootfs/bin"))));
        QVERIFY(writeFile(QStringLiteral("rootfs/bin/hello"), "#!/bin/sh\necho hello\n"));
        const Run squash = run(QStringLiteral("mksquashfs"),
                               {m_dir.filePath(QStringLiteral("rootfs")), m_dir.filePath(QStringLiteral("root.sqfs")),
                                QStringLiteral("-noappend"), QStringLiteral("-quiet"), QStringLiteral("-all-root")});
        QVERIFY2(squash.exit == 0, squash.err.constData());
        QFile sqfs(m_dir.filePath(QStringLiteral("root.sqfs")));
        QVERIFY(sqfs.open(QIODevice::ReadOnly));
        m_partition = sqfs.readAll();
        QVERIFY(m_partition.startsWith("hsqs"));
        QVERIFY(writeFile(QStringLiteral("labels.json"), R"({"org.label-schema.name":"hello","version":"1.0.0"})"));
        QVERIFY(writeFile(QStringLiteral("image.def"), "Bootstrap: scratch\n%files\n    bin/hello /bin/hello\n"));

        m_image = m_dir.filePath(QStringLiteral("hello.sif"));
        const QList<QStringList> steps{
            {QStringLiteral("new"), m_image},
            {QStringLiteral("add"), QStringLiteral("--datatype"), QStringLiteral("1"), QStringLiteral("--groupid"),
             QStringLiteral("1"), m_image, m_dir.filePath(QStringLiteral("image.def"))},
            {QStringLiteral("add"), QStringLiteral("--datatype"), QStringLiteral("3"), QStringLiteral("--groupid"),
             QStringLiteral("1"), m_image, m_dir.filePath(QStringLiteral("labels.json"))},
            {QStringLiteral("add"), QStringLiteral("--datatype"), QStringLiteral("4"), QStringLiteral("--partfs"),
             QStringLiteral("1"), QStringLiteral("--parttype"), QStringLiteral("2"), QStringLiteral("--partarch"),
             QStringLiteral("4"), QStringLiteral("--groupid"), QStringLiteral("1"), QStringLiteral("--filename"),
             QStringLiteral("root.sqfs"), m_image,
             m_dir.filePath(QStringLiteral("root.sqfs"))},
        };
        for (const QStringList &step : steps) {
            const Run r = siftool(step);
            QVERIFY2(r.exit == 0, qPrintable(step.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
        }
        m_keyring = m_dir.filePath(QStringLiteral("signer.asc"));
        const QString error = writePublicKey(m_dir.filePath(QStringLiteral("gpg-home")), m_keyring);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void readsWhatSiftoolWrote()
    {
        QString error;
        const std::optional<SifImage> image = SifImage::open(m_image, &error);
        QVERIFY2(image, qPrintable(error));
        QCOMPARE(image->descriptors().size(), 3);
        const std::optional<SifDescriptor> primary = image->primaryPartition();
        QVERIFY(primary);
        QCOMPARE(primary->fsType, SifFsType::Squash);
        QCOMPARE(primary->partType, SifPartType::PrimSys);
        QCOMPARE(image->architecture(), QStringLiteral("arm64"));
        QCOMPARE(image->labels().value(QLatin1String("org.label-schema.name")).toString(), QStringLiteral("hello"));
        QVERIFY(image->deffile().startsWith(QLatin1String("Bootstrap: scratch\n")));
        QCOMPARE(image->objectData(*primary, 16 << 20, &error), m_partition);
        QCOMPARE(primary->name, QStringLiteral("root.sqfs"));
        QVERIFY(image->header().created.isValid());
        QVERIFY(!image->header().id.isNull());
    }

    // Our words are siftool's, for a file siftool has just written (times, UUID and names included).
    void saysWhatSiftoolSays()
    {
        QString error;
        const std::optional<SifImage> image = SifImage::open(m_image, &error);
        QVERIFY2(image, qPrintable(error));
        QCOMPARE(SifText::header(*image), QString::fromUtf8(siftool({QStringLiteral("header"), m_image}).out));
        QCOMPARE(SifText::list(*image), QString::fromUtf8(siftool({QStringLiteral("list"), m_image}).out));
        for (const SifDescriptor &d : image->descriptors())
            QCOMPARE(SifText::info(d),
                     QString::fromUtf8(siftool({QStringLiteral("info"), QString::number(d.id), m_image}).out));
    }

    void fleetctlInspect()
    {
        const Run human = fleetctl({QStringLiteral("sif"), QStringLiteral("inspect"), m_image});
        QCOMPARE(human.exit, 0);
        const QByteArray expected = siftool({QStringLiteral("header"), m_image}).out
            + siftool({QStringLiteral("list"), m_image}).out + "Architecture: arm64 (primary partition 3, Squashfs)\n";
        QCOMPARE(human.out, expected);
        const Run info = fleetctl({QStringLiteral("sif"), QStringLiteral("inspect"), m_image, QStringLiteral("--id"),
                                   QStringLiteral("2")});
        QCOMPARE(info.out, siftool({QStringLiteral("info"), QStringLiteral("2"), m_image}).out);

        const Run json = fleetctl({QStringLiteral("sif"), QStringLiteral("inspect"), m_image, QStringLiteral("--json")});
        QCOMPARE(json.exit, 0);
        const QList<QByteArray> lines = json.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject record = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(record.value(QLatin1String("type")).toString(), QStringLiteral("sif_image"));
        QCOMPARE(record.value(QLatin1String("arch")).toString(), QStringLiteral("arm64"));
        QCOMPARE(record.value(QLatin1String("primary_partition")).toInt(), 3);
        QCOMPARE(record.value(QLatin1String("descriptors")).toArray().size(), 3);
        const QJsonObject partition = record.value(QLatin1String("descriptors")).toArray().at(2).toObject();
        QCOMPARE(partition.value(QLatin1String("fs_type")).toString(), QStringLiteral("Squashfs"));
        QCOMPARE(partition.value(QLatin1String("part_type")).toString(), QStringLiteral("*System"));
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(QLatin1String("type")).toString(),
                 QStringLiteral("result"));

        const Run missing = fleetctl({QStringLiteral("sif"), QStringLiteral("inspect"),
                                      m_dir.filePath(QStringLiteral("none.sif"))});
        QCOMPARE(missing.exit, 1);
        QVERIFY2(missing.err.contains("no such file"), missing.err.constData());
        QCOMPARE(fleetctl({QStringLiteral("sif"), QStringLiteral("frobnicate")}).exit, 2);
        QCOMPARE(fleetctl({QStringLiteral("sif")}).exit, 2);
    }

    void fleetctlVerify()
    {
        // siftool cannot sign: its image is unsigned, and says so.
        const Run unsignedRun = fleetctl({QStringLiteral("sif"), QStringLiteral("verify"), m_image,
                                          QStringLiteral("--keyring"), m_keyring});
        QCOMPARE(unsignedRun.exit, 1);
        QVERIFY2(unsignedRun.err.contains("not signed"), unsignedRun.err.constData());

        const QString reference = sifImage(QStringLiteral("two-groups-signed.sif"));
        const Run good = fleetctl({QStringLiteral("sif"), QStringLiteral("verify"), reference,
                                   QStringLiteral("--keyring"), m_keyring});
        QVERIFY2(good.exit == 0, good.err.constData());
        QVERIFY2(good.out.contains("signed by Unit Test <unit@test.com> (12045C8C0B1004D058DE4BEDA20C27EE7FF7BA84)"),
                 good.out.constData());
        QVERIFY(good.out.contains("header: intact"));

        const Run json = fleetctl({QStringLiteral("sif"), QStringLiteral("verify"), reference,
                                   QStringLiteral("--keyring"), m_keyring, QStringLiteral("--json")});
        QCOMPARE(json.exit, 0);
        const QJsonObject record = QJsonDocument::fromJson(json.out.split('\n').first()).object();
        QCOMPARE(record.value(QLatin1String("type")).toString(), QStringLiteral("sif_verification"));
        QVERIFY(record.value(QLatin1String("verified")).toBool());
        QVERIFY(record.value(QLatin1String("objects")).toObject().value(QLatin1String("ok")).toBool());
        QCOMPARE(record.value(QLatin1String("signatures")).toArray().size(), 2);

        const Run integrityOnly = fleetctl({QStringLiteral("sif"), QStringLiteral("verify"), reference});
        QCOMPARE(integrityOnly.exit, 1);
        QVERIFY2(integrityOnly.err.contains("no keyring was given"), integrityOnly.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSifTool)
#include "TestSifTool.moc"
