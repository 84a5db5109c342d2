#include "images/stores/S3Protocol.h"
#include "net/HttpClient.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace fleet;

namespace {

struct Captured
{
    QByteArray method, path, query;
    QMap<QByteArray, QByteArray> headers; // lowercase names
};

// What an S3 server does with a request: decode the query, re-encode it the SigV4 way and sort it. Written
// independently of S3Protocol so that a URL that is not already canonical shows up as a signature mismatch.
QByteArray serverCanonicalQuery(const QByteArray &query)
{
    QList<QByteArray> pairs;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(part.mid(eq + 1));
        pairs << name.toPercentEncoding() + '=' + value.toPercentEncoding();
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs.join('&');
}

QByteArray serverCanonicalPath(const QByteArray &path)
{
    QList<QByteArray> segments;
    for (const QByteArray &segment : path.split('/'))
        segments << QByteArray::fromPercentEncoding(segment).toPercentEncoding();
    return segments.join('/');
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// AWS Signature Version 4 for one request, from the AWS documentation's algorithm.
QByteArray sigv4(const Captured &r, const QByteArray &signedHeaders, const QByteArray &secret,
                 const QByteArray &region)
{
    QByteArray canonicalHeaders;
    for (const QByteArray &h : signedHeaders.split(';'))
        canonicalHeaders += h + ':' + r.headers.value(h).trimmed() + '\n';
    const QByteArray date = r.headers.value("x-amz-date");
    const QByteArray canonical = r.method + '\n' + serverCanonicalPath(r.path) + '\n' + serverCanonicalQuery(r.query) + '\n'
                                 + canonicalHeaders + '\n' + signedHeaders + '\n'
                                 + r.headers.value("x-amz-content-sha256");
    const QByteArray scope = date.left(8) + '/' + region + "/s3/aws4_request";
    const QByteArray toSign = "AWS4-HMAC-SHA256\n" + date + '\n' + scope + '\n'
                              + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    QByteArray key = hmac("AWS4" + secret, date.left(8));
    key = hmac(key, region);
    key = hmac(key, "s3");
    key = hmac(key, "aws4_request");
    return hmac(key, toSign).toHex();
}

// Accepts one connection on loopback, reads the request head (and discards a body), answers 200.
class OneShotServer
{
public:
    OneShotServer()
    {
        m_fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        socklen_t len = sizeof addr;
        getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        listen(m_fd, 1);
        m_thread = std::thread([this] { serve(); });
    }
    ~OneShotServer()
    {
        m_thread.join();
        close(m_fd);
    }
    quint16 port() const { return m_port; }
    Captured wait()
    {
        m_thread.join();
        m_thread = std::thread([] {});
        return m_captured;
    }

private:
    void serve()
    {
        const int client = accept(m_fd, nullptr, nullptr);
        QByteArray data;
        char buffer[65536];
        qint64 bodyLeft = -1;
        while (true) {
            const ssize_t n = recv(client, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            data.append(buffer, n);
            if (bodyLeft < 0) {
                const qsizetype end = data.indexOf("\r\n\r\n");
                if (end < 0)
                    continue;
                parseHead(data.left(end));
                bodyLeft = m_captured.headers.value("content-length").toLongLong();
                data = data.mid(end + 4);
            }
            if (data.size() >= bodyLeft)
                break;
        }
        const char answer[] = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        send(client, answer, sizeof answer - 1, 0);
        close(client);
    }
    void parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        m_captured.method = first.value(0);
        const QByteArray target = first.value(1);
        m_captured.path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        m_captured.query = target.indexOf('?') < 0 ? QByteArray() : target.mid(target.indexOf('?') + 1);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                m_captured.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
    }

    int m_fd = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    Captured m_captured;
};

} // namespace

// The S3 URL pieces built by hand, and proof that libcurl's SigV4 over them is what an S3 server computes.
class TestS3Protocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uriEncodeKeepsOnlyUnreserved()
    {
        QCOMPARE(S3Protocol::uriEncode(QStringLiteral("a-b_c.d~e"), false), QByteArray("a-b_c.d~e"));
        QCOMPARE(S3Protocol::uriEncode(QStringLiteral("a b+c/d=e&f"), false), QByteArray("a%20b%2Bc%2Fd%3De%26f"));
        QCOMPARE(S3Protocol::uriEncode(QStringLiteral("dir/team+app_1.0.tar"), true),
                 QByteArray("dir/team%2Bapp_1.0.tar"));
        QCOMPARE(S3Protocol::uriEncode(QStringLiteral("é"), false), QByteArray("%C3%A9"));
        QCOMPARE(S3Protocol::uriEncode(QStringLiteral("127.0.0.1%3A5000"), false), QByteArray("127.0.0.1%253A5000"));
    }

    void canonicalQueryIsSortedAndEncoded()
    {
        QCOMPARE(S3Protocol::canonicalQuery({{QStringLiteral("uploadId"), QStringLiteral("x/y+z")},
                                             {QStringLiteral("partNumber"), QStringLiteral("12")}}),
                 QByteArray("partNumber=12&uploadId=x%2Fy%2Bz"));
        QCOMPARE(S3Protocol::canonicalQuery({{QStringLiteral("prefix"), QStringLiteral("images/")},
                                             {QStringLiteral("list-type"), QStringLiteral("2")},
                                             {QStringLiteral("continuation-token"), QStringLiteral("1/a==")}}),
                 QByteArray("continuation-token=1%2Fa%3D%3D&list-type=2&prefix=images%2F"));
        // An empty value keeps its '=': SigV4 signs "uploads=", and servers accept "?uploads=".
        QCOMPARE(S3Protocol::canonicalQuery({{QStringLiteral("uploads"), QString()}}), QByteArray("uploads="));
        // Byte order: uppercase sorts before lowercase.
        QCOMPARE(S3Protocol::canonicalQuery({{QStringLiteral("b"), QStringLiteral("1")},
                                             {QStringLiteral("B"), QStringLiteral("2")},
                                             {QStringLiteral("a"), QStringLiteral("3")}}),
                 QByteArray("B=2&a=3&b=1"));
        QCOMPARE(S3Protocol::canonicalQuery({}), QByteArray());
    }

    void objectUrlIsPathStyle()
    {
        QCOMPARE(S3Protocol::objectUrl(QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("fleet"),
                                       QStringLiteral("images/app_1.0.0.tar"),
                                       {{QStringLiteral("uploadId"), QStringLiteral("u")},
                                        {QStringLiteral("partNumber"), QStringLiteral("1")}}),
                 QByteArray("http://127.0.0.1:9000/fleet/images/app_1.0.0.tar?partNumber=1&uploadId=u"));
        QCOMPARE(S3Protocol::objectUrl(QStringLiteral("https://s3.eu-west-1.amazonaws.com"), QStringLiteral("b"), {}),
                 QByteArray("https://s3.eu-west-1.amazonaws.com/b"));
    }

    void parsesErrorsAndUploadIds()
    {
        const S3Protocol::ErrorBody e = S3Protocol::parseError(
            "<?xml version=\"1.0\"?><Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist"
            "</Message><BucketName>x</BucketName></Error>");
        QCOMPARE(e.code, QStringLiteral("NoSuchBucket"));
        QCOMPARE(e.message, QStringLiteral("The specified bucket does not exist"));
        QVERIFY(S3Protocol::parseError("not xml <<<").code.isEmpty());
        QVERIFY(S3Protocol::parseError("<Other><Code>X</Code></Other>").code.isEmpty());
        QCOMPARE(S3Protocol::parseUploadId("<InitiateMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/"
                                           "2006-03-01/\"><Bucket>b</Bucket><Key>k</Key><UploadId>abc-123</UploadId>"
                                           "</InitiateMultipartUploadResult>"),
                 QStringLiteral("abc-123"));
        QVERIFY(S3Protocol::parseUploadId("<x/>").isEmpty());
    }

    void completeBodyListsPartsInOrder()
    {
        const QByteArray body = S3Protocol::completeUploadBody({"\"e1\"", "\"e2\""});
        QCOMPARE(body, QByteArray("<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&quot;e1&quot;"
                                  "</ETag></Part><Part><PartNumber>2</PartNumber><ETag>&quot;e2&quot;</ETag></Part>"
                                  "</CompleteMultipartUpload>"));
    }

    void referenceSignerMatchesTheAwsExample()
    {
        // "GET Object" example of the AWS SigV4 documentation for S3.
        Captured r;
        r.method = "GET";
        r.path = "/test.txt";
        r.headers = {{"host", "examplebucket.s3.amazonaws.com"},
                     {"range", "bytes=0-9"},
                     {"x-amz-content-sha256", S3Protocol::emptyPayloadHash()},
                     {"x-amz-date", "20130524T000000Z"}};
        QCOMPARE(sigv4(r, "host;range;x-amz-content-sha256;x-amz-date", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                       "us-east-1"),
                 QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void libcurlSignaturesVerifyServerSide_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("query"); // name, value, name, value…
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("payloadHash");
        QTest::newRow("list") << QByteArray("GET") << QString()
                              << QStringList{QStringLiteral("prefix"), QStringLiteral("img/x y"),
                                             QStringLiteral("list-type"), QStringLiteral("2"),
                                             QStringLiteral("continuation-token"), QStringLiteral("t/+=")}
                              << QByteArray() << S3Protocol::emptyPayloadHash();
        QTest::newRow("initiate") << QByteArray("POST") << QStringLiteral("img/team+app_1.0.0.tar")
                                  << QStringList{QStringLiteral("uploads"), QString()} << QByteArray()
                                  << S3Protocol::emptyPayloadHash();
        QTest::newRow("part") << QByteArray("PUT") << QStringLiteral("img/app_1.0.0.tar")
                              << QStringList{QStringLiteral("uploadId"), QStringLiteral("2~abc/def=="),
                                             QStringLiteral("partNumber"), QStringLiteral("10")}
                              << QByteArray(70000, 'x') << QByteArray("UNSIGNED-PAYLOAD");
    }

    void libcurlSignaturesVerifyServerSide()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, key);
        QFETCH(QStringList, query);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, payloadHash);
        S3Protocol::Query q;
        for (int i = 0; i + 1 < query.size(); i += 2)
            q.append({query.at(i), query.at(i + 1)});
        OneShotServer server;
        HttpClient http;
        http.setAwsSigV4("aws:amz:eu-central-1:s3", "AKIDEXAMPLE", "s3cr3t/Key+");
        HttpRequest request;
        request.method = method;
        const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        request.url = QString::fromLatin1(S3Protocol::objectUrl(endpoint, QStringLiteral("fleet"), key, q));
        request.body = body;
        request.headers << "x-amz-content-sha256: " + payloadHash;
        request.timeoutMs = 10000;
        const HttpResponse response = http.perform(request);
        QCOMPARE(response.status, 200);
        const Captured captured = server.wait();
        const QByteArray auth = captured.headers.value("authorization");
        QVERIFY2(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), auth.constData());
        QVERIFY(auth.contains("/eu-central-1/s3/aws4_request"));
        const QByteArray signedHeaders = auth.mid(auth.indexOf("SignedHeaders=") + 14).split(',').first();
        QVERIFY2(signedHeaders.split(';').contains("x-amz-content-sha256"), signedHeaders.constData());
        const QByteArray signature = auth.mid(auth.indexOf("Signature=") + 10).trimmed();
        QCOMPARE(sigv4(captured, signedHeaders, "s3cr3t/Key+", "eu-central-1"), signature);
        QCOMPARE(captured.headers.value("x-amz-content-sha256"), payloadHash);
        QCOMPARE(captured.headers.value("content-length").toLongLong(), qint64(body.size()));
    }
};

QTEST_GUILESS_MAIN(TestS3Protocol)
#include "TestS3Protocol.moc"
