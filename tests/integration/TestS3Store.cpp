#include "LoopbackServer.h"
#include "lab/LabEnvironment.h"

#include "docker/DockerEngine.h"
#include "images/stores/S3Store.h"
#include "images/stores/S3Upload.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// S3Store against a real S3 server (s3rver, started here on a free loopback port) and the lab's workstation
// dockerd. s3rver checks access key ids but not signatures (TestS3Protocol checks those), and skips
// payload hashes.
class TestS3Store final : public QObject
{
    Q_OBJECT

private:
    test::LabEnvironment m_lab;
    QTemporaryDir m_tmp;
    test::LoopbackServer m_s3;
    const QString m_small = QStringLiteral("fleet-store-s3:1.0.0");
    const QString m_big = QStringLiteral("fleet-store-s3big:1.0.0");
    QString m_smallId, m_bigId;

    QString url(const QString &prefix = QStringLiteral("images"), quint16 port = 0) const
    {
        return QStringLiteral("s3://fleet/%1?endpoint=http://127.0.0.1:%2&region=us-east-1")
            .arg(prefix).arg(port ? port : m_s3.port());
    }
    static StoreLocation location(const QString &text)
    {
        QString error;
        return StoreLocation::parse(text, &error).value();
    }
    static StoreCredentials good() { return {"S3RVER", "S3RVER", QStringLiteral("test")}; }
    // Where s3rver keeps an object's bytes.
    QString objectFile(const QString &key) const
    {
        return m_tmp.filePath(QStringLiteral("s3/fleet/") + key + QStringLiteral("._S3rver_object"));
    }
    QString buildImage(const QString &reference, const QString &mb)
    {
        QString output;
        if (m_lab.lab({QStringLiteral("image"), reference, QStringLiteral("--mb"), mb}, &output) != 0)
            return {};
        return output.trimmed().split(QLatin1Char('\n')).last().trimmed();
    }
    void roundTrip(S3Store &store, const QString &reference, const QString &id)
    {
        DockerEngine engine(m_lab.dockerHost);
        const std::optional<StoredArchive> stored = store.put(engine, reference);
        QVERIFY2(stored, qPrintable(store.error().message));
        QFile object(objectFile(stored->key));
        QVERIFY2(object.open(QIODevice::ReadOnly), qPrintable(object.fileName()));
        QCOMPARE(object.size(), stored->size);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&object);
        QCOMPARE(QString::fromLatin1(hash.result().toHex()), stored->sha256);
        QVERIFY(engine.removeImage(reference, true));
        QVERIFY2(store.get(engine, reference), qPrintable(store.error().message));
        const std::optional<ImageInfo> loaded = engine.inspectImage(reference);
        QVERIFY(loaded);
        QCOMPARE(loaded->id, id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = test::LabEnvironment::load();
        FLEET_REQUIRE_LAB(m_lab);
        QVERIFY(m_tmp.isValid());
        m_smallId = buildImage(m_small, QStringLiteral("2"));
        m_bigId = buildImage(m_big, QStringLiteral("12"));
        QVERIFY(m_smallId.startsWith(QLatin1String("sha256:")) && m_bigId.startsWith(QLatin1String("sha256:")));
        QString error;
        QVERIFY2(m_s3.startS3rver(m_tmp.filePath(QStringLiteral("s3")), QStringLiteral("fleet"), &error),
                 qPrintable(error));
    }

    void smallArchiveRoundTripsInOnePut()
    {
        S3Store store(location(url()), good());
        roundTrip(store, m_small, m_smallId);
        QCOMPARE(store.lastPartCount(), 0);
        const std::optional<QList<StoredArchive>> listed = store.list();
        QVERIFY2(listed, qPrintable(store.error().message));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().reference, m_small);
        QCOMPARE(listed->first().key, QStringLiteral("images/fleet-store-s3_1.0.0.tar"));
        QCOMPARE(listed->first().imageId, m_smallId);
        QVERIFY(listed->first().created.isValid());
    }

    void bigArchiveGoesUpInParts()
    {
        S3Store store(location(url()), good());
        store.setPartSize(S3Upload::kMinPartSize);
        qint64 lastUpload = 0;
        store.setProgress([&](const QString &phase, qint64 done, qint64) {
            if (phase == QLatin1String("upload"))
                lastUpload = done;
        });
        roundTrip(store, m_big, m_bigId);
        QVERIFY2(store.lastPartCount() >= 2, qPrintable(QString::number(store.lastPartCount())));
        QVERIFY(lastUpload > 12 * 1000 * 1000);
        const std::optional<QList<StoredArchive>> listed = store.list();
        QVERIFY2(listed, qPrintable(store.error().message));
        QCOMPARE(listed->size(), 2);
    }

    void aNamedArchiveIsFoundByNameAndByReference()
    {
        S3Store store(location(url(QStringLiteral("named"))), good());
        DockerEngine engine(m_lab.dockerHost);
        const QString name = QStringLiteral("fleet-s3-r36.4.0");
        const std::optional<StoredArchive> stored = store.put(engine, m_small, name);
        QVERIFY2(stored, qPrintable(store.error().message));
        QCOMPARE(stored->key, QStringLiteral("named/fleet-s3-r36.4.0.tar"));
        QVERIFY(QFile::exists(objectFile(stored->key)));
        QFile sidecar(objectFile(stored->key + QStringLiteral(".json")));
        QVERIFY2(sidecar.open(QIODevice::ReadOnly), qPrintable(sidecar.fileName()));
        const QJsonObject recorded = QJsonDocument::fromJson(sidecar.readAll()).object();
        QCOMPARE(recorded.value(QStringLiteral("reference")).toString(), m_small);
        QCOMPARE(recorded.value(QStringLiteral("archive")).toString(), name);

        const std::optional<QList<StoredArchive>> listed = store.list();
        QVERIFY2(listed, qPrintable(store.error().message));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().reference, m_small);
        QCOMPARE(listed->first().archive, name);
        const std::optional<StoredArchive> described = store.describe(name); // what a store push reads
        QVERIFY2(described, qPrintable(store.error().message));
        QCOMPARE(described->key, stored->key);
        QCOMPARE(described->imageId, m_smallId);

        QVERIFY(engine.removeImage(m_small, true));
        QVERIFY2(store.get(engine, name), qPrintable(store.error().message));
        QCOMPARE(engine.inspectImage(m_small).value_or(ImageInfo{}).id, m_smallId);
        QVERIFY(engine.removeImage(m_small, true));
        QVERIFY2(store.get(engine, m_small), qPrintable(store.error().message)); // found through its sidecar
        QCOMPARE(engine.inspectImage(m_small).value_or(ImageInfo{}).id, m_smallId);

        QVERIFY2(store.remove(name), qPrintable(store.error().message));
        QVERIFY(!QFile::exists(objectFile(stored->key)));
        QVERIFY(!QFile::exists(objectFile(stored->key + QStringLiteral(".json"))));
        QCOMPARE(store.list()->size(), 0);
        QVERIFY(!store.remove(name));
        QCOMPARE(store.error().kind, StoreError::NotFound);
        QVERIFY(!store.get(engine, m_small));
        QCOMPARE(store.error().kind, StoreError::NotFound);
    }

    void invalidNamesAreRefused()
    {
        S3Store store(location(url(QStringLiteral("invalid"))), good());
        DockerEngine engine(m_lab.dockerHost);
        const QStringList names{QStringLiteral("a/b"),    QStringLiteral("x:1"),    QStringLiteral(".x"),
                                QStringLiteral("x.tar"),  QStringLiteral("x.json"), QString(129, QLatin1Char('x'))};
        for (const QString &name : names) {
            QVERIFY(!store.put(engine, m_small, name));
            QCOMPARE(store.error().kind, StoreError::Invalid);
            QVERIFY2(store.error().message.contains(QStringLiteral("cannot be an archive name")),
                     qPrintable(store.error().message));
        }
        QCOMPARE(store.list()->size(), 0); // nothing was uploaded
    }

    void aDamagedObjectIsNeverLoaded()
    {
        S3Store store(location(url(QStringLiteral("damaged"))), good());
        DockerEngine engine(m_lab.dockerHost);
        const std::optional<StoredArchive> stored = store.put(engine, m_big);
        QVERIFY2(stored, qPrintable(store.error().message));
        QFile object(objectFile(stored->key));
        QVERIFY(object.open(QIODevice::ReadWrite));
        QVERIFY(object.seek(stored->size / 2));
        const char c = object.read(1).at(0);
        QVERIFY(object.seek(stored->size / 2));
        QVERIFY(object.putChar(char(c ^ 0x01)));
        object.close();
        QVERIFY(engine.removeImage(m_big, true));

        QVERIFY(!store.get(engine, m_big));
        QCOMPARE(store.error().kind, StoreError::Integrity);
        QVERIFY2(store.error().message.contains(QStringLiteral("was not loaded"))
                     && store.error().message.contains(QStringLiteral("sha256")),
                 qPrintable(store.error().message));
        QVERIFY(!engine.inspectImage(m_big));
        S3Store intact(location(url()), good()); // put it back from the good copy
        QVERIFY2(intact.get(engine, m_big), qPrintable(intact.error().message));
    }

    void anUnreachableEndpointSaysSoAndExits4()
    {
        const quint16 closed = test::LoopbackServer::freePort();
        S3Store store(location(url(QStringLiteral("images"), closed)), good());
        QVERIFY(!store.list());
        QCOMPARE(store.error().kind, StoreError::Unreachable);
        QVERIFY2(store.error().message.contains(QStringLiteral("cannot reach the S3 endpoint http://127.0.0.1:%1")
                                                    .arg(closed)),
                 qPrintable(store.error().message));

        QProcess fleetctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("S3RVER"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("S3RVER"));
        fleetctl.setProcessEnvironment(env);
        fleetctl.start(qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl"),
                       {QStringLiteral("--docker-host"), m_lab.dockerHost, QStringLiteral("store"),
                        QStringLiteral("put"), url(QStringLiteral("images"), closed), m_small});
        QVERIFY(fleetctl.waitForFinished(60000));
        const QString err = QString::fromUtf8(fleetctl.readAllStandardError());
        QCOMPARE(fleetctl.exitCode(), 4);
        QVERIFY2(err.contains(QStringLiteral("cannot reach the S3 endpoint")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("S3RVER")), qPrintable(err)); // credentials never printed
    }

    void wrongCredentialsAreNamed()
    {
        S3Store store(location(url()), StoreCredentials{"NOT-A-KEY", "S3RVER", QStringLiteral("test")});
        QVERIFY(!store.list());
        QCOMPARE(store.error().kind, StoreError::Auth);
        QVERIFY2(store.error().message.contains(QStringLiteral("credentials were refused"))
                     && store.error().message.contains(QStringLiteral("InvalidAccessKeyId"))
                     && store.error().message.contains(QStringLiteral("AWS_ACCESS_KEY_ID")),
                 qPrintable(store.error().message));
        DockerEngine engine(m_lab.dockerHost);
        QVERIFY(!store.put(engine, m_small));
        QCOMPARE(store.error().kind, StoreError::Auth);
    }

    void aMissingBucketIsNamed()
    {
        S3Store store(location(QStringLiteral("s3://no-such-bucket?endpoint=http://127.0.0.1:%1").arg(m_s3.port())),
                      good());
        QVERIFY(!store.list());
        QCOMPARE(store.error().kind, StoreError::NotFound);
        QVERIFY2(store.error().message.contains(QStringLiteral("bucket no-such-bucket does not exist")),
                 qPrintable(store.error().message));
    }

    void fleetctlListsAndRemoves()
    {
        QProcess fleetctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("S3RVER"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("S3RVER"));
        fleetctl.setProcessEnvironment(env);
        const QString program = qEnvironmentVariable("FLEET_BINARY_DIR") + QStringLiteral("/app/fleetctl/fleetctl");
        fleetctl.start(program, {QStringLiteral("--json"), QStringLiteral("store"), QStringLiteral("rm"), url(), m_small});
        QVERIFY(fleetctl.waitForFinished(60000));
        QCOMPARE(fleetctl.exitCode(), 0);
        fleetctl.start(program, {QStringLiteral("--json"), QStringLiteral("store"), QStringLiteral("list"), url()});
        QVERIFY(fleetctl.waitForFinished(60000));
        QCOMPARE(fleetctl.exitCode(), 0);
        QStringList references;
        QJsonObject result;
        for (const QByteArray &line : fleetctl.readAllStandardOutput().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("archive"))
                references << o.value(QStringLiteral("reference")).toString();
            else if (o.value(QStringLiteral("type")).toString() == QLatin1String("result"))
                result = o;
        }
        QCOMPARE(references, QStringList{m_big});
        QCOMPARE(result.value(QStringLiteral("count")).toInt(), 1);
        QVERIFY(!QFile::exists(objectFile(QStringLiteral("images/fleet-store-s3_1.0.0.tar"))));
    }

    void cleanupTestCase()
    {
        m_s3.stop();
        DockerEngine engine(m_lab.dockerHost);
        engine.removeImage(m_small, true);
        engine.removeImage(m_big, true);
    }
};

QTEST_GUILESS_MAIN(TestS3Store)
#include "TestS3Store.moc"
