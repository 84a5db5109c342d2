#include "SifTestKeys.h"

#include "sif/SifVerify.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::test;

// SifVerify on sylabs/sif's signed reference images, with the public half of the key they were signed with
// (test/keys/private.asc, exported here by gpg in a private GNUPGHOME), with another key, and without a keyring;
// then copies with one byte flipped in an object, a descriptor or the header: each check fails on its own.
class TestSifVerify : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_keyring; // public key of the reference signer
    QString m_other;   // a key that signed nothing
    static constexpr const char *kSigner = "12045C8C0B1004D058DE4BEDA20C27EE7FF7BA84";

    bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    // A copy of a reference image with the byte at `at` flipped.
    QString flipped(const QString &image, qint64 at)
    {
        QFile in(sifImage(image));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = in.readAll();
        bytes[at] = char(bytes[at] ^ 0x01);
        const QString path = m_dir.filePath(QStringLiteral("flipped-%1-%2").arg(at).arg(image));
        return writeFile(path, bytes) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        FLEET_REQUIRE_SIF_REFERENCE();
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty(), "gpg not found: install gnupg");
        QVERIFY(m_dir.isValid());
        m_keyring = m_dir.filePath(QStringLiteral("signer.asc"));
        QString error = writePublicKey(m_dir.filePath(QStringLiteral("signer-home")), m_keyring);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_other = m_dir.filePath(QStringLiteral("other.asc"));
        error = writePublicKey(m_dir.filePath(QStringLiteral("other-home")), m_other,
                               QStringLiteral("Other <other@example.invalid>"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void signedImages_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QList<quint32>>("uncovered");
        QTest::newRow("one-group-signed") << "one-group-signed.sif" << false << QList<quint32>{};
        QTest::newRow("two-groups-signed") << "two-groups-signed.sif" << false << QList<quint32>{};
        QTest::newRow("one-group-signed-legacy") << "one-group-signed-legacy.sif" << true << QList<quint32>{1};
        QTest::newRow("one-group-signed-legacy-all") << "one-group-signed-legacy-all.sif" << true << QList<quint32>{};
        QTest::newRow("one-group-signed-legacy-group") << "one-group-signed-legacy-group.sif" << true
                                                       << QList<quint32>{};
        QTest::newRow("two-groups-signed-legacy") << "two-groups-signed-legacy.sif" << true << QList<quint32>{1, 3};
        QTest::newRow("two-groups-signed-legacy-all") << "two-groups-signed-legacy-all.sif" << true
                                                      << QList<quint32>{3};
        QTest::newRow("two-groups-signed-legacy-group") << "two-groups-signed-legacy-group.sif" << true
                                                        << QList<quint32>{3};
    }
    void signedImages()
    {
        QFETCH(QString, image);
        QFETCH(bool, legacy);
        QFETCH(QList<quint32>, uncovered);
        const SifVerification v = SifVerify::verify(sifImage(image), m_keyring);
        QVERIFY2(v.readable, qPrintable(v.readError));
        QVERIFY(v.isSigned);
        QVERIFY(v.keyringUsed);
        QVERIFY2(v.signatureOk, qPrintable(v.message));
        QCOMPARE(v.signers, QStringList{QStringLiteral("Unit Test <unit@test.com> (%1)").arg(QLatin1String(kSigner))});
        QVERIFY2(v.objectsOk(), qPrintable(v.message));
        QCOMPARE(v.header.covered, !legacy);
        QCOMPARE(v.descriptors.covered, !legacy);
        QCOMPARE(v.headerOk(), !legacy);
        QCOMPARE(v.descriptorsOk(), !legacy);
        QCOMPARE(v.uncoveredObjects, uncovered);
        QCOMPARE(v.verified(), uncovered.isEmpty());
        for (const SifSignatureCheck &s : v.signatures) {
            QCOMPARE(s.status, SifSignatureCheck::Status::Good);
            QCOMPARE(s.legacy, legacy);
            QCOMPARE(s.fingerprint, QLatin1String(kSigner));
        }
        QVERIFY2(v.message.contains(QLatin1String("signed by Unit Test <unit@test.com>")), qPrintable(v.message));
    }

    void otherKey()
    {
        const SifVerification v = SifVerify::verify(sifImage(QStringLiteral("one-group-signed.sif")), m_other);
        QVERIFY(v.isSigned);
        QVERIFY(v.keyringUsed);
        QVERIFY(!v.signatureOk);
        QVERIFY(!v.verified());
        QCOMPARE(v.unknownKeys, QStringList{QLatin1String(kSigner)});
        QVERIFY2(v.message.contains(QStringLiteral("signed by an unknown key %1").arg(QLatin1String(kSigner))),
                 qPrintable(v.message));
        // The digests are still checked (GPGME gives the plaintext of a signature whose key it lacks).
        QVERIFY(v.headerOk() && v.descriptorsOk() && v.objectsOk());
    }

    void noKeyring()
    {
        const SifVerification v = SifVerify::verify(sifImage(QStringLiteral("two-groups-signed.sif")), QString());
        QVERIFY(v.isSigned);
        QVERIFY(!v.keyringUsed);
        QVERIFY(!v.signatureOk);
        QVERIFY(v.headerOk() && v.descriptorsOk() && v.objectsOk());
        QCOMPARE(v.signatures.size(), 2);
        QCOMPARE(v.signatures.first().status, SifSignatureCheck::Status::NotChecked);
        QVERIFY2(v.message.contains(QLatin1String("no keyring was given")), qPrintable(v.message));
        QVERIFY2(v.message.contains(QLatin1String(kSigner)), qPrintable(v.message));
    }

    void unsignedImage()
    {
        const SifVerification v = SifVerify::verify(sifImage(QStringLiteral("two-groups.sif")), m_keyring);
        QVERIFY(v.readable);
        QVERIFY(!v.isSigned);
        QVERIFY(!v.verified());
        QVERIFY(!v.header.covered && !v.objects.covered);
        QCOMPARE(v.objects.reason, QStringLiteral("not signed"));
        QCOMPARE(v.uncoveredObjects, (QList<quint32>{1, 2, 3}));
        QVERIFY2(v.message.contains(QLatin1String("not signed")), qPrintable(v.message));
    }

    void notSif()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.sif"));
        QVERIFY(writeFile(path, QByteArray(200, 'a')));
        const SifVerification v = SifVerify::verify(path, m_keyring);
        QVERIFY(!v.readable);
        QVERIFY2(v.readError.contains(QLatin1String("no SIF_MAGIC")), qPrintable(v.readError));
        QVERIFY(!v.verified());
    }

    void badKeyring()
    {
        const QString path = m_dir.filePath(QStringLiteral("junk.asc"));
        QVERIFY(writeFile(path, "not a key\n"));
        const SifVerification v = SifVerify::verify(sifImage(QStringLiteral("one-group-signed.sif")), path);
        QVERIFY(!v.keyringUsed);
        QVERIFY(!v.signatureOk);
        QVERIFY2(v.message.contains(QLatin1String("holds no OpenPGP public key")), qPrintable(v.message));
    }

    // one-group-signed.sif: object 2 (squashfs) at 36864, 4096 bytes; descriptor 2 at 4096 + 585; UUID at 48.
    void flippedObjectByte()
    {
        const SifVerification v = SifVerify::verify(flipped(QStringLiteral("one-group-signed.sif"), 36864 + 100),
                                                    m_keyring);
        QVERIFY(v.signatureOk); // the signature itself is fine: it is the data that changed
        QVERIFY(v.headerOk());
        QVERIFY(v.descriptorsOk());
        QVERIFY(!v.objectsOk());
        QVERIFY2(v.objects.reason.contains(QLatin1String("the data of object 2 changed")), qPrintable(v.objects.reason));
        QVERIFY(!v.verified());
        QVERIFY2(v.message.contains(QLatin1String("do not use it")), qPrintable(v.message));
    }

    void flippedLegacyObjectByte()
    {
        // two-groups-signed-legacy-all: signatures 4 and 5 sign objects 1 (at 32768) and 2, one each.
        const SifVerification v = SifVerify::verify(flipped(QStringLiteral("two-groups-signed-legacy-all.sif"), 32769),
                                                    m_keyring);
        QVERIFY(v.signatureOk);
        QVERIFY(!v.objectsOk());
        QVERIFY2(v.objects.reason.contains(QLatin1String("object(s) 1 changed")), qPrintable(v.objects.reason));
        QVERIFY(!v.header.covered);
    }

    void flippedHeaderByte()
    {
        const SifVerification v = SifVerify::verify(flipped(QStringLiteral("one-group-signed.sif"), 50), m_keyring);
        QVERIFY(v.readable);
        QVERIFY(v.signatureOk);
        QVERIFY(!v.headerOk());
        QVERIFY(v.header.covered);
        QVERIFY2(v.header.reason.contains(QLatin1String("the header")), qPrintable(v.header.reason));
        QVERIFY(v.descriptorsOk());
        QVERIFY(v.objectsOk());
        QVERIFY(!v.verified());
    }

    void flippedDescriptorByte()
    {
        // The name field of descriptor 2 (offset 73 in the descriptor): covered by the descriptor digest only.
        const SifVerification v =
            SifVerify::verify(flipped(QStringLiteral("one-group-signed.sif"), 4096 + 585 + 73), m_keyring);
        QVERIFY(v.readable);
        QVERIFY(v.headerOk());
        QVERIFY(!v.descriptorsOk());
        QVERIFY2(v.descriptors.reason.contains(QLatin1String("the descriptor of object 2")),
                 qPrintable(v.descriptors.reason));
        QVERIFY(v.objectsOk());
    }

    void flippedSignatureByte()
    {
        // Inside the signed JSON text of signature 3 (at 40960): GPGME reports a bad signature.
        const SifVerification v = SifVerify::verify(flipped(QStringLiteral("one-group-signed.sif"), 40960 + 80),
                                                    m_keyring);
        QVERIFY(!v.signatureOk);
        QCOMPARE(v.signatures.size(), 1);
        QCOMPARE(v.signatures.first().status, SifSignatureCheck::Status::Bad);
        QVERIFY(!v.verified());
    }

    // No temporary GNUPGHOME is left behind.
    void cleansUp()
    {
        const QStringList before =
            QDir(QDir::tempPath()).entryList({QStringLiteral("fleet-gnupg-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        SifVerify::verify(sifImage(QStringLiteral("one-group-signed.sif")), m_keyring);
        SifVerify::verify(sifImage(QStringLiteral("one-group-signed.sif")), sifReferenceDir() + QStringLiteral("/test/keys/private.asc"));
        const QStringList after =
            QDir(QDir::tempPath()).entryList({QStringLiteral("fleet-gnupg-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestSifVerify)
#include "TestSifVerify.moc"
