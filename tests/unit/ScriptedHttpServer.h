#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

class QIODevice;
class QThread;

namespace fleet::test {

// One request as the server read it.
struct SeenRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QMap<QByteArray, QByteArray> headers; // names lowercased
    QByteArray body;                      // de-chunked
    bool chunked = false;
};

// The peer of a test that speaks HTTP: a small HTTP/1.1 server on 127.0.0.1 (QTcpServer) or a unix socket
// (QLocalServer), on its own thread, so the blocking client under test can run on the test's thread. It reads
// whole requests (Content-Length or chunked bodies) and hands each to a script that writes the answer.
class ScriptedHttpServer final
{
public:
    // Close: after the answer is out. KeepAlive: read the next request on this connection. KeepOpen: read and
    // answer nothing more, leave the connection hanging (a stalled peer).
    enum class After { Close, KeepAlive, KeepOpen };
    // Runs on the server's thread; writes raw bytes to `peer`.
    using Script = std::function<After(const SeenRequest &request, QIODevice *peer)>;

    explicit ScriptedHttpServer(Script script);
    ~ScriptedHttpServer();
    ScriptedHttpServer(const ScriptedHttpServer &) = delete;
    ScriptedHttpServer &operator=(const ScriptedHttpServer &) = delete;

    bool listenTcp();                       // 127.0.0.1, a free port
    bool listenLocal(const QString &path);  // a unix socket
    quint16 port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    QList<SeenRequest> requests() const;
    int connections() const;

    // "HTTP/1.1 <status> X\r\nContent-Length: n\r\nConnection: close\r\n<headers>\r\n\r\n<body>".
    static QByteArray answer(int status, const QByteArray &body, const QList<QByteArray> &headers = {});
    // Only the head, announcing `contentLength` body bytes (-1: none announced; the body ends at close).
    static QByteArray head(int status, qint64 contentLength, const QList<QByteArray> &headers = {});

    class Worker;

private:
    friend class Worker;
    void record(const SeenRequest &request);
    void countConnection();

    Script m_script;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; // lives on m_thread
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    QList<SeenRequest> m_requests;
    int m_connections = 0;
};

} // namespace fleet::test
