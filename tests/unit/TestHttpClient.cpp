#include "ScriptedHttpServer.h"

#include "net/HttpClient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QIODevice>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace fleet;
using test::ScriptedHttpServer;
using test::SeenRequest;

namespace {

QByteArray pattern(qint64 size)
{
    QByteArray data(qsizetype(size), Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[qsizetype(i)] = char('a' + (i * 7 + i / 4096) % 26);
    return data;
}

// A body source that hands out `data` in uneven pieces, as a file or a pipe would.
HttpRequest::BodySource piecesOf(const QByteArray &data, qint64 *offset)
{
    return [&data, offset](char *buffer, qint64 max) -> qint64 {
        const qint64 n = qMin(qMin(max, qint64(10007)), qint64(data.size()) - *offset);
        memcpy(buffer, data.constData() + *offset, size_t(n));
        *offset += n;
        return n;
    };
}

ScriptedHttpServer::Script answering(int status, const QByteArray &body, const QList<QByteArray> &headers = {})
{
    return [=](const SeenRequest &, QIODevice *peer) {
        peer->write(ScriptedHttpServer::answer(status, body, headers));
        return ScriptedHttpServer::After::Close;
    };
}

} // namespace

// HttpClient against a real HTTP peer on loopback (a scripted QTcpServer/QLocalServer on its own thread).
class TestHttpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamsAFixedLengthUpload()
    {
        ScriptedHttpServer server(answering(200, "stored"));
        QVERIFY(server.listenTcp());
        const QByteArray data = pattern(3 << 20);
        qint64 offset = 0;
        HttpRequest request;
        request.method = "PUT";
        request.url = server.baseUrl() + QStringLiteral("/bucket/key");
        request.bodySource = piecesOf(data, &offset);
        request.bodySize = data.size();
        request.timeoutMs = 20000;
        HttpClient client;
        const HttpResponse response = client.perform(request);
        QVERIFY2(response.ok(), qPrintable(response.transportError));
        QCOMPARE(response.body, QByteArray("stored"));
        const QList<SeenRequest> seen = server.requests();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().method, QByteArray("PUT"));
        QCOMPARE(seen.first().target, QByteArray("/bucket/key"));
        QVERIFY(!seen.first().chunked);
        QCOMPARE(seen.first().headers.value("content-length").toLongLong(), qint64(data.size()));
        QVERIFY(!seen.first().headers.contains("expect")); // no 100-continue round trip
        QVERIFY(seen.first().body == data);
    }

    void streamsAChunkedUpload()
    {
        ScriptedHttpServer server(answering(200, "{}"));
        QVERIFY(server.listenTcp());
        const QByteArray data = pattern(1 << 20);
        qint64 offset = 0;
        HttpRequest request;
        request.method = "POST";
        request.url = server.baseUrl() + QStringLiteral("/images/load?quiet=1");
        request.bodySource = piecesOf(data, &offset); // bodySize -1: length unknown
        HttpClient client;
        const HttpResponse response = client.perform(request);
        QVERIFY2(response.ok(), qPrintable(response.transportError));
        const SeenRequest seen = server.requests().value(0);
        QVERIFY(seen.chunked);
        QVERIFY(!seen.headers.contains("content-length"));
        QVERIFY(seen.body == data);
    }

    void sendsAnInMemoryBodyWithItsLength()
    {
        ScriptedHttpServer server(answering(201, {}));
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.method = "POST";
        request.url = server.baseUrl() + QStringLiteral("/x");
        request.body = "{\"a\":1}";
        request.headers << "Content-Type: application/json";
        HttpClient client;
        QVERIFY(client.perform(request).ok());
        const SeenRequest seen = server.requests().value(0);
        QCOMPARE(seen.body, QByteArray("{\"a\":1}"));
        QCOMPARE(seen.headers.value("content-length"), QByteArray("7"));
        QCOMPARE(seen.headers.value("content-type"), QByteArray("application/json"));
    }

    void readsResponseHeadersLowercased()
    {
        ScriptedHttpServer server(answering(200, "x", {"ETag: \"abc\"", "Docker-Content-Digest: sha256:00",
                                                        "X-Twice: one", "X-Twice: two"}));
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.url = server.baseUrl() + QStringLiteral("/v2/");
        HttpClient client;
        const HttpResponse response = client.perform(request);
        QVERIFY(response.ok());
        QCOMPARE(response.header("etag"), QByteArray("\"abc\""));
        QCOMPARE(response.header("docker-content-digest"), QByteArray("sha256:00"));
        QCOMPARE(response.header("x-twice"), QByteArray("two")); // the last one counts
        QCOMPARE(response.header("content-length"), QByteArray("1"));
        QVERIFY(response.header("ETag").isEmpty()); // names are lowercased once, on arrival
    }

    void headReadsOnlyTheHead()
    {
        ScriptedHttpServer server([](const SeenRequest &, QIODevice *peer) {
            peer->write(ScriptedHttpServer::head(200, 123456, {"ETag: \"e\""}));
            return ScriptedHttpServer::After::Close;
        });
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.method = "HEAD";
        request.url = server.baseUrl() + QStringLiteral("/o");
        request.timeoutMs = 5000;
        HttpClient client;
        const HttpResponse response = client.perform(request);
        QVERIFY2(response.ok(), qPrintable(response.transportError));
        QCOMPARE(response.header("etag"), QByteArray("\"e\""));
        QCOMPARE(response.header("content-length"), QByteArray("123456"));
        QVERIFY(response.body.isEmpty());
        QCOMPARE(server.requests().value(0).method, QByteArray("HEAD"));
    }

    void aSinkReceivesTheBodyAndCanStopIt()
    {
        const QByteArray body = pattern(4 << 20);
        ScriptedHttpServer server(answering(200, body));
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.url = server.baseUrl() + QStringLiteral("/images/get");
        HttpClient client;
        QByteArray received;
        HttpResponse response = client.perform(request, [&](const char *data, qint64 size) {
            received.append(data, qsizetype(size));
            return true;
        });
        QVERIFY(response.ok());
        QVERIFY(response.body.isEmpty()); // it went to the sink, not into memory
        QVERIFY(received == body);

        int calls = 0;
        QElapsedTimer timer;
        timer.start();
        response = client.perform(request, [&](const char *, qint64) { return ++calls < 2; });
        QVERIFY(response.aborted);
        QVERIFY(!response.ok());
        QCOMPARE(calls, 2);
        QVERIFY(response.transportError.isEmpty()); // stopped by us, not a broken connection
        QVERIFY(timer.elapsed() < 2000);
    }

    void aBodySourceCanAbort()
    {
        ScriptedHttpServer server(answering(200, {}));
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.method = "PUT";
        request.url = server.baseUrl() + QStringLiteral("/k");
        int calls = 0;
        request.bodySource = [&](char *buffer, qint64 max) -> qint64 {
            if (++calls > 3)
                return -1;
            memset(buffer, 'z', size_t(qMin(max, qint64(1000))));
            return qMin(max, qint64(1000));
        };
        HttpClient client;
        const HttpResponse response = client.perform(request);
        QVERIFY(response.aborted);
        QVERIFY(!response.ok());
    }

    void errorBodiesAreKeptNotSunk()
    {
        ScriptedHttpServer server(answering(404, "{\"message\":\"No such image: app:1.0.0\"}"));
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.url = server.baseUrl() + QStringLiteral("/images/get?names=app%3A1.0.0");
        HttpClient client;
        bool sunk = false;
        const HttpResponse response = client.perform(request, [&](const char *, qint64) {
            sunk = true;
            return true;
        });
        QCOMPARE(response.status, 404);
        QVERIFY(!response.ok());
        QVERIFY(!sunk);
        QCOMPARE(response.body, QByteArray("{\"message\":\"No such image: app:1.0.0\"}"));
        QVERIFY(response.transportError.isEmpty());
    }

    void aRedirectIsNotSuccess()
    {
        ScriptedHttpServer server(answering(307, "moved", {"Location: /elsewhere"}));
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.url = server.baseUrl() + QStringLiteral("/v2/_catalog");
        HttpClient client;
        bool sunk = false;
        const HttpResponse response = client.perform(request, [&](const char *, qint64) {
            sunk = true;
            return true;
        });
        QCOMPARE(response.status, 307);
        QVERIFY(!response.ok()); // one rule for every caller: only 2xx is success
        QVERIFY(!sunk);
        QCOMPARE(response.body, QByteArray("moved"));
        QCOMPARE(server.requests().size(), 1); // not followed
    }

    void cancelMidBodyReturnsPromptly()
    {
        // Announces 100 MiB, sends 64 KiB and then nothing: only the cancel flag can end the wait.
        ScriptedHttpServer server([](const SeenRequest &, QIODevice *peer) {
            peer->write(ScriptedHttpServer::head(200, 100 << 20) + QByteArray(64 << 10, 'x'));
            return ScriptedHttpServer::After::KeepOpen;
        });
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.url = server.baseUrl() + QStringLiteral("/images/get");
        std::atomic_bool cancel{false};
        QElapsedTimer sinceCancel;
        qint64 received = 0;
        HttpClient client;
        const HttpResponse response = client.perform(request, [&](const char *, qint64 size) {
            received += size;
            if (!cancel.load()) {
                cancel = true; // from the sink here; from another thread in the product: same flag, same poll
                sinceCancel.start();
            }
            return true;
        }, &cancel);
        QVERIFY(sinceCancel.isValid());
        QVERIFY2(sinceCancel.elapsed() < 2500, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(response.aborted);
        QVERIFY(!response.ok());
        QVERIFY(received > 0 && received <= (64 << 10));
    }

    void cancelFromAnotherThreadWhileWaitingForTheAnswer()
    {
        ScriptedHttpServer server([](const SeenRequest &, QIODevice *) { return ScriptedHttpServer::After::KeepOpen; });
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.url = server.baseUrl() + QStringLiteral("/build");
        std::atomic_bool cancel{false};
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        HttpClient client;
        const HttpResponse response = client.perform(request, {}, &cancel);
        canceller.join();
        QVERIFY(response.aborted);
        QVERIFY2(timer.elapsed() < 300 + 2500, qPrintable(QString::number(timer.elapsed())));
    }

    void anOverallTimeoutEndsAStall()
    {
        ScriptedHttpServer server([](const SeenRequest &, QIODevice *) { return ScriptedHttpServer::After::KeepOpen; });
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.url = server.baseUrl() + QStringLiteral("/version");
        request.timeoutMs = 400;
        QElapsedTimer timer;
        timer.start();
        HttpClient client;
        const HttpResponse response = client.perform(request);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(!response.ok());
        QVERIFY(!response.aborted);
        QVERIFY(!response.transportError.isEmpty());
    }

    void bufferedBodiesAreBounded()
    {
        constexpr qint64 cap = HttpResponse::kMaxBufferedBody;
        QCOMPARE(cap, qint64(16 << 20));
        int status = 200;
        ScriptedHttpServer server([&status](const SeenRequest &, QIODevice *peer) {
            peer->write(ScriptedHttpServer::answer(status, QByteArray(qsizetype(cap + (1 << 20)), 'j')));
            return ScriptedHttpServer::After::Close;
        });
        QVERIFY(server.listenTcp());
        HttpRequest request;
        request.url = server.baseUrl() + QStringLiteral("/v2/_catalog");
        request.timeoutMs = 30000;
        HttpClient client;
        HttpResponse response = client.perform(request); // no sink: into memory, so bounded
        QCOMPARE(response.status, 200);
        QVERIFY(response.tooLarge);
        QVERIFY(!response.ok());
        QVERIFY2(response.transportError.contains(QStringLiteral("16 MiB")), qPrintable(response.transportError));
        QVERIFY(response.body.size() <= cap);

        status = 500; // an error body is kept for the message, cut at the bound; the answer stands
        response = client.perform(request);
        QCOMPARE(response.status, 500);
        QVERIFY(!response.tooLarge);
        QVERIFY2(response.transportError.isEmpty(), qPrintable(response.transportError));
        QCOMPARE(qint64(response.body.size()), cap);

        status = 200; // with a sink nothing is held, so nothing is cut
        qint64 received = 0;
        response = client.perform(request, [&received](const char *, qint64 size) {
            received += size;
            return true;
        });
        QVERIFY(response.ok());
        QCOMPARE(received, cap + (1 << 20));
    }

    void aRefusedConnectionIsReportedQuickly()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        HttpRequest request;
        request.url = QStringLiteral("http://127.0.0.1:%1/_ping").arg(port);
        QElapsedTimer timer;
        timer.start();
        HttpClient client;
        const HttpResponse response = client.perform(request);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(response.status, 0);
        QVERIFY(!response.aborted);
        QVERIFY(!response.ok());
        QVERIFY2(response.transportError.contains(QStringLiteral("connect"), Qt::CaseInsensitive),
                 qPrintable(response.transportError));
    }

    void speaksOverAUnixSocket()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("engine.sock"));
        ScriptedHttpServer server(answering(200, "OK", {"Api-Version: 1.41"}));
        QVERIFY(server.listenLocal(path));
        HttpClient client(HttpEndpoint{QStringLiteral("http://localhost"), path});
        HttpRequest request;
        request.url = QStringLiteral("/_ping");
        request.timeoutMs = 5000;
        const HttpResponse response = client.perform(request);
        QVERIFY2(response.ok(), qPrintable(response.transportError));
        QCOMPARE(response.body, QByteArray("OK"));
        QCOMPARE(response.header("api-version"), QByteArray("1.41"));
        const SeenRequest seen = server.requests().value(0);
        QCOMPARE(seen.target, QByteArray("/_ping"));
        QCOMPARE(seen.headers.value("host"), QByteArray("localhost"));

        HttpClient nowhere(HttpEndpoint{QStringLiteral("http://localhost"), dir.filePath(QStringLiteral("none.sock"))});
        const HttpResponse missing = nowhere.perform(request);
        QCOMPARE(missing.status, 0);
        QVERIFY(!missing.transportError.isEmpty());
    }

    void aRelativeUrlNeedsAnEndpoint()
    {
        HttpClient client;
        HttpRequest request;
        request.url = QStringLiteral("/version");
        const HttpResponse response = client.perform(request);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.transportError.isEmpty());
    }

    void sendsBasicCredentials()
    {
        ScriptedHttpServer server(answering(200, "{}"));
        QVERIFY(server.listenTcp());
        HttpClient client;
        client.setBasicAuth("fleet", "pa:ss");
        HttpRequest request;
        request.url = server.baseUrl() + QStringLiteral("/v2/");
        QVERIFY(client.perform(request).ok());
        QCOMPARE(server.requests().value(0).headers.value("authorization"),
                 "Basic " + QByteArray("fleet:pa:ss").toBase64());
    }

    void reusesTheConnection()
    {
        ScriptedHttpServer server([](const SeenRequest &, QIODevice *peer) {
            // No "Connection: close": keep-alive, so a second request may come on the same connection.
            peer->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            return ScriptedHttpServer::After::KeepAlive;
        });
        QVERIFY(server.listenTcp());
        HttpClient client;
        HttpRequest request;
        request.url = server.baseUrl() + QStringLiteral("/part1");
        request.timeoutMs = 5000;
        QVERIFY(client.perform(request).ok());
        request.method = "PUT";
        request.url = server.baseUrl() + QStringLiteral("/part2");
        request.body = "second";
        const HttpResponse second = client.perform(request);
        QVERIFY(second.ok());
        QCOMPARE(second.body, QByteArray("ok"));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().last().body, QByteArray("second"));
        QCOMPARE(server.connections(), 1); // the parts of one upload share a connection
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
