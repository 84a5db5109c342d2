#include "images/stores/StoreLocation.h"
#include "images/stores/StoredArchive.h"

#include <QJsonObject>
#include <QTest>

using namespace fleet;

// STORE-URLs as people type them, the ones refused (with the reason), and the archive names derived from
// image references (StoredArchive), which must map both ways.
class TestStoreLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFolders()
    {
        QString error;
        const std::optional<StoreLocation> l = StoreLocation::parse(QStringLiteral("dir:/srv/images/../archive/"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->kind, StoreLocation::Kind::Folder);
        QCOMPARE(l->path, QStringLiteral("/srv/archive"));
        QVERIFY(!StoreLocation::parse(QStringLiteral("dir:"), &error));
    }

    void parsesS3()
    {
        QString error;
        std::optional<StoreLocation> l = StoreLocation::parse(
            QStringLiteral("s3://fleet-docker-images/prod/x86?endpoint=http://127.0.0.1:9010&region=eu-west-1"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->kind, StoreLocation::Kind::S3);
        QCOMPARE(l->bucket, QStringLiteral("fleet-docker-images"));
        QCOMPARE(l->prefix, QStringLiteral("prod/x86/"));
        QCOMPARE(l->endpoint, QStringLiteral("http://127.0.0.1:9010"));
        QCOMPARE(l->region, QStringLiteral("eu-west-1"));

        l = StoreLocation::parse(QStringLiteral("s3://bucket"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->prefix, QString());
        QCOMPARE(l->region, QStringLiteral("us-east-1"));
        QCOMPARE(l->endpoint, QStringLiteral("https://s3.us-east-1.amazonaws.com"));

        l = StoreLocation::parse(QStringLiteral("s3://bucket/?endpoint=https://minio.lan:9000/"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->endpoint, QStringLiteral("https://minio.lan:9000"));
    }

    void parsesRegistries()
    {
        QString error;
        std::optional<StoreLocation> l = StoreLocation::parse(QStringLiteral("registry://127.0.0.1:5000"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->kind, StoreLocation::Kind::Registry);
        QCOMPARE(l->registry, QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(l->registryUrl, QStringLiteral("http://127.0.0.1:5000")); // loopback: plain http, like dockerd
        l = StoreLocation::parse(QStringLiteral("registry://registry.example.com"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->registryUrl, QStringLiteral("https://registry.example.com"));
        l = StoreLocation::parse(QStringLiteral("registry://reg.lan:5000?scheme=http"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->registryUrl, QStringLiteral("http://reg.lan:5000"));
        l = StoreLocation::parse(QStringLiteral("registry://[::1]:5000"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->registry, QStringLiteral("[::1]:5000"));
        QCOMPARE(l->registryUrl, QStringLiteral("http://[::1]:5000"));
    }

    void refusesWithReasons_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("why");
        QTest::newRow("scheme") << QStringLiteral("ftp://x/y") << QStringLiteral("not a store URL");
        QTest::newRow("bare path") << QStringLiteral("/srv/images") << QStringLiteral("dir:/path");
        QTest::newRow("secret in s3 url") << QStringLiteral("s3://AKID:secret@bucket/p")
                                          << QStringLiteral("never put them in a URL");
        QTest::newRow("secret in endpoint")
            << QStringLiteral("s3://bucket?endpoint=http://AKID:secret@127.0.0.1:9000")
            << QStringLiteral("carries credentials");
        QTest::newRow("secret in registry url") << QStringLiteral("registry://user:pw@127.0.0.1:5000")
                                                << QStringLiteral("never put them in a URL");
        QTest::newRow("bucket case") << QStringLiteral("s3://Fleet") << QStringLiteral("not a bucket name");
        QTest::newRow("bucket short") << QStringLiteral("s3://ab") << QStringLiteral("not a bucket name");
        QTest::newRow("region injection") << QStringLiteral("s3://bucket?region=us:east")
                                          << QStringLiteral("not a region name");
        QTest::newRow("endpoint scheme") << QStringLiteral("s3://bucket?endpoint=ftp://h") << QStringLiteral("http(s)");
        QTest::newRow("endpoint path") << QStringLiteral("s3://bucket?endpoint=http://h:9000/x")
                                       << QStringLiteral("only scheme, host and port");
        QTest::newRow("registry path") << QStringLiteral("registry://h:5000/team") << QStringLiteral("registry://host");
        QTest::newRow("registry scheme") << QStringLiteral("registry://h?scheme=ftp") << QStringLiteral("http or https");
    }

    void refusesWithReasons()
    {
        QFETCH(QString, url);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!StoreLocation::parse(url, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error)); // never echoes a credential
    }

    void loopbackHosts()
    {
        QVERIFY(StoreLocation::isLoopbackHost(QStringLiteral("127.0.83.11")));
        QVERIFY(StoreLocation::isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(StoreLocation::isLoopbackHost(QStringLiteral("[::1]")));
        QVERIFY(!StoreLocation::isLoopbackHost(QStringLiteral("0.0.0.1")));
        QVERIFY(!StoreLocation::isLoopbackHost(QStringLiteral("registry.lan")));
    }

    void archiveNamesMapBothWays_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << QStringLiteral("app:1.0.0") << QStringLiteral("app_1.0.0.tar");
        QTest::newRow("official") << QStringLiteral("docker.io/library/app:2.0.0") << QStringLiteral("app_2.0.0.tar");
        QTest::newRow("path") << QStringLiteral("team/app:1.2.3-rc1") << QStringLiteral("team+app_1.2.3-rc1.tar");
        QTest::newRow("underscore name") << QStringLiteral("my_app:1.0") << QStringLiteral("my_app_1.0.tar");
        QTest::newRow("registry port") << QStringLiteral("127.0.0.1:5000/app:1.0.0")
                                       << QStringLiteral("127.0.0.1%3A5000+app_1.0.0.tar");
        QTest::newRow("ghcr") << QStringLiteral("ghcr.io/org/app:3.1.4") << QStringLiteral("ghcr.io+org+app_3.1.4.tar");
    }

    void archiveNamesMapBothWays()
    {
        QFETCH(QString, reference);
        QFETCH(QString, file);
        const ImageReference parsed = ImageReference::parse(reference);
        QCOMPARE(StoredArchive::fileNameFor(parsed), file);
        QString name, tag;
        QVERIFY(StoredArchive::parseFileName(file, &name, &tag));
        QCOMPARE(name + QLatin1Char(':') + tag, parsed.familiar());
        QVERIFY(!file.contains(QLatin1Char('/')));
    }

    void foreignFileNamesAreIgnored()
    {
        QString name, tag;
        QVERIFY(!StoredArchive::parseFileName(QStringLiteral("notes.txt"), &name, &tag));
        QVERIFY(!StoredArchive::parseFileName(QStringLiteral("noversion.tar"), &name, &tag));
        QVERIFY(!StoredArchive::parseFileName(QStringLiteral(".app_1.0.tar"), &name, &tag)); // temporary files
        QVERIFY(!StoredArchive::parseFileName(QStringLiteral("App_1.0.tar"), &name, &tag));  // not a reference
    }

    void sidecarsAreChecked()
    {
        StoredArchive a;
        a.reference = QStringLiteral("app:1.0.0");
        a.key = QStringLiteral("app_1.0.0.tar");
        a.size = 4238848;
        a.sha256 = QString(64, QLatin1Char('a'));
        a.imageId = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
        a.created = QDateTime(QDate(2026, 11, 22), QTime(18, 0), Qt::UTC);
        QString error;
        std::optional<StoredArchive> back = StoredArchive::fromJson(a.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, QStringLiteral("app"));
        QCOMPARE(back->tag, QStringLiteral("1.0.0"));
        QCOMPARE(back->size, a.size);
        QCOMPARE(back->sha256, a.sha256);
        QCOMPARE(back->created, a.created);

        QJsonObject bad = a.toJson();
        bad.insert(QStringLiteral("sha256"), QStringLiteral("xyz"));
        QVERIFY(!StoredArchive::fromJson(bad, &error));
        QVERIFY(error.contains(QStringLiteral("sha256")));
        bad = a.toJson();
        bad.remove(QStringLiteral("size"));
        QVERIFY(!StoredArchive::fromJson(bad, &error));
        bad = a.toJson();
        bad.insert(QStringLiteral("reference"), QStringLiteral("app:latest:x"));
        QVERIFY(!StoredArchive::fromJson(bad, &error));
        bad.insert(QStringLiteral("reference"), QStringLiteral("app"));
        QVERIFY(!StoredArchive::fromJson(bad, &error)); // untagged
    }
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "TestStoreLocation.moc"
