#include "images/stores/S3Presign.h"
#include "images/stores/S3Protocol.h"
#include "images/stores/StoreLocation.h"

#include <QProcess>
#include <QStringList>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>

using namespace fleet;

namespace {

const QByteArray kAwsAccessKey = "AKIAIOSFODNN7EXAMPLE";
const QByteArray kAwsSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

QDateTime utc(const char *stamp)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(stamp), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

StoreLocation s3(const QString &text)
{
    QString error;
    const std::optional<StoreLocation> location = StoreLocation::parse(text, &error);
    if (!location)
        qFatal("bad test location %s: %s", qPrintable(text), qPrintable(error));
    return *location;
}

StoreCredentials credentials(const QByteArray &user, const QByteArray &secret)
{
    StoreCredentials c;
    c.user = user;
    c.secret = secret;
    c.source = QStringLiteral("environment");
    return c;
}

// botocore's presigned URL for the same request (tests/tools/presign-botocore). The secret goes through stdin,
// never argv. A missing python3 or botocore fails the test: CI installs python3-botocore (scripts/install-deps).
QByteArray botocore(const QByteArray &method, const QByteArray &url, const QString &region, const QByteArray &access,
    const QByteArray &secret, const QByteArray &timestamp, int expires, QString *why)
{
    // ctest sets FLEET_SOURCE_DIR; a test binary started by hand finds the tool from where it was compiled.
    const QString source = qEnvironmentVariable("FLEET_SOURCE_DIR", QStringLiteral(QT_TESTCASE_SOURCEDIR "/../.."));
    const QString tool = source + QStringLiteral("/tests/tools/presign-botocore");
    QProcess p;
    p.start(tool,
        { QString::fromLatin1(method), QString::fromUtf8(url), region, QString::fromUtf8(access), QStringLiteral("-"),
            QString::fromLatin1(timestamp), QString::number(expires) });
    if (!p.waitForStarted(10000)) {
        *why = QStringLiteral("cannot start %1: %2").arg(tool, p.errorString());
        return {};
    }
    p.write(secret + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QStringLiteral("%1 failed (exit %2): %3")
                   .arg(tool)
                   .arg(p.exitCode())
                   .arg(QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return p.readAllStandardOutput().trimmed();
}

// The URL's query as a sorted list of encoded "name=value" pairs (botocore puts operation parameters before
// the X-Amz-* ones; we write the canonical order; servers accept either).
QList<QByteArray> queryPairs(const QByteArray &url)
{
    const qsizetype q = url.indexOf('?');
    QList<QByteArray> pairs = q < 0 ? QList<QByteArray>() : url.mid(q + 1).split('&');
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

QByteArray signatureOf(const QByteArray &url)
{
    const qsizetype at = url.indexOf("X-Amz-Signature=");
    return at < 0 ? QByteArray() : url.mid(at + 16, 64);
}

// Every message Qt would log while presigning, to show that the secret is never among them.
QStringList g_messages;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}

} // namespace

class TestS3Presign final : public QObject
{
    Q_OBJECT

private slots:
    // AWS's worked example, "Authenticating Requests: Using Query Parameters (AWS Signature Version 4)".
    void awsPublishedExample()
    {
        S3Presign::Request r;
        r.method = "GET";
        r.origin = "https://examplebucket.s3.amazonaws.com";
        r.canonicalPath = "/test.txt";
        r.region = QStringLiteral("us-east-1");
        r.accessKeyId = kAwsAccessKey;
        r.secret = kAwsSecret;
        r.time = utc("20130524T000000Z");
        r.expiresSeconds = 86400;

        QCOMPARE(S3Presign::canonicalRequest(r),
            QByteArray(
                "GET\n/test.txt\n"
                "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3"
                "%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host\n"
                "host:examplebucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD"));
        QCOMPARE(S3Presign::stringToSign(r),
            QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                       "3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04"));
        QString error;
        QCOMPARE(S3Presign::sign(r, &error),
            QByteArray("https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                       "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
                       "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                       "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
        QVERIFY(error.isEmpty());

        // The same instant given in another zone signs the same URL (the scope and X-Amz-Date are UTC).
        S3Presign::Request zoned = r;
        zoned.time = r.time.toOffsetFromUtc(5 * 3600 + 1800);
        QCOMPARE(S3Presign::sign(zoned, &error), S3Presign::sign(r, &error));
    }

    // What the product calls, against botocore, byte for byte.
    void presignedUrlMatchesBotocore_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<int>("expires");
        QTest::addColumn<QByteArray>("access");
        QTest::addColumn<QByteArray>("secret");

        const QString minio = QStringLiteral("s3://fleet-images?endpoint=http://127.0.0.1:9000&region=");
        QTest::newRow("port in Host, GET") << minio + QStringLiteral("us-east-1") << QStringLiteral("app_1.0.tar")
                                           << QByteArray("GET") << QByteArray("20240105T103000Z") << 900
                                           << QByteArray("AKIAFLEETTEST0000001") << QByteArray("s3cr3t/with+plus=and/");
        QTest::newRow("nested prefix with a space, HEAD")
            << minio + QStringLiteral("eu-central-1") << QStringLiteral("team/a b/app_1.0.tar") << QByteArray("HEAD")
            << QByteArray("20231231T235959Z") << 3600 << QByteArray("minioadmin") << QByteArray("minio-secret-key");
        QTest::newRow("plus and percent")
            << minio + QStringLiteral("ap-southeast-2") << QStringLiteral("builds/c++ 100%/x+y%2F.tar")
            << QByteArray("GET") << QByteArray("20240229T120000Z") << 1 << QByteArray("AK") << QByteArray("SK");
        QTest::newRow("unicode, longest expiry")
            << QStringLiteral("s3://bucket.with.dots?endpoint=http://127.0.0.2:39000&region=us-west-2")
            << QStringLiteral("équipe/日本/naïve ☃.tar") << QByteArray("GET") << QByteArray("20250701T000001Z")
            << 604800 << QByteArray("AKIA2") << QByteArray("sécret ünicode");
        QTest::newRow("reserved characters, HEAD")
            << minio + QStringLiteral("us-east-1") << QStringLiteral("a!b'c(d)e*f~g,h;i=j&k@l$m[n]o#p?q:r.tar")
            << QByteArray("HEAD") << QByteArray("20240105T103000Z") << 60 << QByteArray("AK") << QByteArray("SK");
        QTest::newRow("double slash, trailing slash")
            << minio + QStringLiteral("us-east-1") << QStringLiteral("a//b/") << QByteArray("GET")
            << QByteArray("20240105T103000Z") << 7200 << QByteArray("AK") << QByteArray("SK");
        QTest::newRow("https on its default port (not signed)")
            << QStringLiteral("s3://fleet-images?endpoint=https://127.0.0.1:443&region=sa-east-1")
            << QStringLiteral("x.tar") << QByteArray("GET") << QByteArray("20240105T103000Z") << 300 << QByteArray("AK")
            << QByteArray("SK");
        QTest::newRow("http on its default port (not signed)")
            << QStringLiteral("s3://fleet-images?endpoint=http://localhost:80&region=us-east-1")
            << QStringLiteral("x.tar") << QByteArray("HEAD") << QByteArray("20240105T103000Z") << 300
            << QByteArray("AK") << QByteArray("SK");
        QTest::newRow("https, non-default port")
            << QStringLiteral("s3://fleet-images?endpoint=https://127.0.0.1:8443&region=us-east-1")
            << QStringLiteral("x.tar") << QByteArray("GET") << QByteArray("20240105T103000Z") << 300 << QByteArray("AK")
            << QByteArray("SK");
    }

    void presignedUrlMatchesBotocore()
    {
        QFETCH(QString, store);
        QFETCH(QString, key);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, timestamp);
        QFETCH(int, expires);
        QFETCH(QByteArray, access);
        QFETCH(QByteArray, secret);

        const StoreLocation location = s3(store);
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        QString error;
        const QByteArray ours = S3Presign::presignedUrl(
            location, credentials(access, secret), method, key, utc(timestamp.constData()), expires, &error);
        qInstallMessageHandler(previous);
        QVERIFY2(!ours.isEmpty(), qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(!ours.contains(secret) && !ours.contains(QUrl::toPercentEncoding(QString::fromUtf8(secret))));
        for (const QString &m : std::as_const(g_messages))
            QVERIFY(!m.contains(QString::fromUtf8(secret)));

        // botocore is handed the object URL encoded by Qt's percent-encoder, not by S3Protocol; it decodes the
        // path and encodes it the way it encodes an object key itself.
        const QByteArray plainUrl
            = location.endpoint.toUtf8() + '/' + location.bucket.toUtf8() + '/' + key.toUtf8().toPercentEncoding("/");
        QString why;
        const QByteArray theirs = botocore(method, plainUrl, location.region, access, secret, timestamp, expires, &why);
        QVERIFY2(!theirs.isEmpty(), qPrintable(why));
        QCOMPARE(ours, theirs);
        QVERIFY(ours.startsWith(QByteArray(S3Protocol::objectUrl(location.endpoint, location.bucket, key) + '?')));
    }

    // The low-level signer with extra query parameters: botocore orders them differently in the URL, so the
    // parameters are compared as sets, and the signatures (which cover the canonical, sorted query) exactly.
    void signWithQueryMatchesBotocore_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("query"); // name, value, name, value, …

        QTest::newRow("response overrides")
            << QByteArray("http://127.0.0.1:9000") << QByteArray("/b/k%20%2B.tar") << QByteArray("GET")
            << QStringLiteral("us-east-1")
            << QStringList { QStringLiteral("response-content-disposition"),
                   QStringLiteral("attachment; filename=\"a b+é.tar\""), QStringLiteral("response-content-type"),
                   QStringLiteral("application/x-tar") };
        QTest::newRow("empty value, HEAD, upper-case host")
            << QByteArray("http://LOCALHOST:9000") << QByteArray("/b/team/a%20b/app_1.0.tar") << QByteArray("HEAD")
            << QStringLiteral("eu-west-3") << QStringList { QStringLiteral("versionId"), QString() };
        QTest::newRow("no extra parameters, https default port")
            << QByteArray("https://127.0.0.1:443") << QByteArray("/b/%E6%97%A5.tar") << QByteArray("GET")
            << QStringLiteral("cn-north-1") << QStringList();
    }

    void signWithQueryMatchesBotocore()
    {
        QFETCH(QByteArray, origin);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, method);
        QFETCH(QString, region);
        QFETCH(QStringList, query);

        S3Presign::Request r;
        r.method = method;
        r.origin = origin;
        r.canonicalPath = path;
        r.region = region;
        r.accessKeyId = "AKIDEXAMPLE";
        r.secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        r.time = utc("20150830T123600Z");
        r.expiresSeconds = 43200;
        QByteArray encodedQuery;
        for (qsizetype i = 0; i + 1 < query.size(); i += 2) {
            r.query.append({ query.at(i), query.at(i + 1) });
            encodedQuery += (encodedQuery.isEmpty() ? "" : "&") + query.at(i).toUtf8().toPercentEncoding() + '='
                + query.at(i + 1).toUtf8().toPercentEncoding();
        }
        QString error;
        const QByteArray ours = S3Presign::sign(r, &error);
        QVERIFY2(!ours.isEmpty(), qPrintable(error));

        QString why;
        QByteArray url = origin + path;
        if (!encodedQuery.isEmpty())
            url += '?' + encodedQuery;
        const QByteArray theirs
            = botocore(method, url, region, r.accessKeyId, r.secret, "20150830T123600Z", r.expiresSeconds, &why);
        QVERIFY2(!theirs.isEmpty(), qPrintable(why));
        QCOMPARE(ours.left(ours.indexOf('?')), theirs.left(theirs.indexOf('?')));
        QCOMPARE(queryPairs(ours), queryPairs(theirs));
        QCOMPARE(signatureOf(ours).size(), 64);
        QCOMPARE(signatureOf(ours), signatureOf(theirs));
        if (query.isEmpty())
            QCOMPARE(ours, theirs);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("expires");
        QTest::addColumn<QByteArray>("access");
        QTest::addColumn<QByteArray>("secret");

        const QString minio = QStringLiteral("s3://fleet-images?endpoint=http://127.0.0.1:9000");
        const QByteArray secret = "TopSecretValue42";
        QTest::newRow("expiry 0") << minio << QByteArray("GET") << QStringLiteral("a.tar") << 0 << QByteArray("AK")
                                  << secret;
        QTest::newRow("expiry 604801") << minio << QByteArray("GET") << QStringLiteral("a.tar") << 604801
                                       << QByteArray("AK") << secret;
        QTest::newRow("negative expiry") << minio << QByteArray("HEAD") << QStringLiteral("a.tar") << -5
                                         << QByteArray("AK") << secret;
        QTest::newRow("expiry 0, anonymous")
            << minio << QByteArray("GET") << QStringLiteral("a.tar") << 0 << QByteArray() << QByteArray();
        QTest::newRow("PUT") << minio << QByteArray("PUT") << QStringLiteral("a.tar") << 60 << QByteArray("AK")
                             << secret;
        QTest::newRow("lower-case get") << minio << QByteArray("get") << QStringLiteral("a.tar") << 60
                                        << QByteArray("AK") << secret;
        QTest::newRow("no secret") << minio << QByteArray("GET") << QStringLiteral("a.tar") << 60 << QByteArray("AK")
                                   << QByteArray();
        QTest::newRow("empty key") << minio << QByteArray("GET") << QString() << 60 << QByteArray("AK") << secret;
        QTest::newRow("control character in key")
            << minio << QByteArray("GET") << QStringLiteral("a\nb.tar") << 60 << QByteArray("AK") << secret;
        QTest::newRow("dot-dot segment") << minio << QByteArray("GET") << QStringLiteral("team/../a.tar") << 60
                                         << QByteArray("AK") << secret;
        QTest::newRow("dot segment") << minio << QByteArray("GET") << QStringLiteral("./a.tar") << 60
                                     << QByteArray("AK") << secret;
        QTest::newRow("folder store") << QStringLiteral("dir:/tmp/fleet-store") << QByteArray("GET")
                                      << QStringLiteral("a.tar") << 60 << QByteArray("AK") << secret;
    }

    void refusals()
    {
        QFETCH(QString, store);
        QFETCH(QByteArray, method);
        QFETCH(QString, key);
        QFETCH(int, expires);
        QFETCH(QByteArray, access);
        QFETCH(QByteArray, secret);

        QString error;
        const QByteArray url = S3Presign::presignedUrl(
            s3(store), credentials(access, secret), method, key, utc("20240105T103000Z"), expires, &error);
        QCOMPARE(url, QByteArray());
        QVERIFY(!error.isEmpty());
        if (!secret.isEmpty())
            QVERIFY2(!error.contains(QString::fromLatin1(secret)), qPrintable(error));
    }

    void expiryBounds()
    {
        const StoreLocation location = s3(QStringLiteral("s3://fleet-images?endpoint=http://127.0.0.1:9000"));
        for (const int seconds : { 1, S3Presign::kMaxExpiresSeconds }) {
            QString error;
            const QByteArray url = S3Presign::presignedUrl(location, credentials("AK", "SK"), "GET",
                QStringLiteral("a.tar"), utc("20240105T103000Z"), seconds, &error);
            QVERIFY2(url.contains(QByteArray("&X-Amz-Expires=" + QByteArray::number(seconds) + '&')), url.constData());
        }
    }

    void anonymousStoreGetsThePlainObjectUrl()
    {
        const StoreLocation location = s3(QStringLiteral("s3://public-images/team?endpoint=http://127.0.0.1:9000"));
        const QString key = QStringLiteral("team/a b/app+1.tar");
        for (const QByteArray &method : { QByteArray("GET"), QByteArray("HEAD") }) {
            QString error;
            const QByteArray url
                = S3Presign::presignedUrl(location, {}, method, key, utc("20240105T103000Z"), 3600, &error);
            QCOMPARE(url, QByteArray("http://127.0.0.1:9000/public-images/team/a%20b/app%2B1.tar"));
            QCOMPARE(url, S3Protocol::objectUrl(location.endpoint, location.bucket, key));
            QVERIFY(error.isEmpty());
        }
    }

    void lowLevelRefusals()
    {
        S3Presign::Request good;
        good.method = "GET";
        good.origin = "http://127.0.0.1:9000";
        good.canonicalPath = "/b/a%20b.tar";
        good.region = QStringLiteral("us-east-1");
        good.accessKeyId = "AK";
        good.secret = "SK";
        good.time = utc("20240105T103000Z");
        good.expiresSeconds = 60;
        QString error;
        QVERIFY(!S3Presign::sign(good, &error).isEmpty());

        const auto refused = [](S3Presign::Request r) {
            QString why;
            return S3Presign::sign(r, &why).isEmpty() && !why.isEmpty() && S3Presign::canonicalRequest(r).isEmpty();
        };
        S3Presign::Request r = good;
        r.canonicalPath = "/b/a b.tar"; // not encoded: would be sent differently from how it was signed
        QVERIFY(refused(r));
        r.canonicalPath = "/b/a%2fb.tar"; // lower-case hex is not canonical
        QVERIFY(refused(r));
        r.canonicalPath = "b/a.tar";
        QVERIFY(refused(r));
        r = good;
        r.query = { { QStringLiteral("X-Amz-Expires"), QStringLiteral("999999") } };
        QVERIFY(refused(r));
        r = good;
        r.origin = "http://127.0.0.1:9000/prefix";
        QVERIFY(refused(r));
        r.origin = "ftp://127.0.0.1";
        QVERIFY(refused(r));
        r.origin = "http://user:pw@127.0.0.1:9000";
        QVERIFY(refused(r));
        r = good;
        r.region = QStringLiteral("us east/1");
        QVERIFY(refused(r));
        r = good;
        r.accessKeyId = "AK/x";
        QVERIFY(refused(r));
        r = good;
        r.time = QDateTime();
        QVERIFY(refused(r));
        r = good;
        r.expiresSeconds = S3Presign::kMaxExpiresSeconds + 1;
        QVERIFY(refused(r));
    }
};

QTEST_GUILESS_MAIN(TestS3Presign)
#include "TestS3Presign.moc"
