#include "ScriptedHttpServer.h"

#include <QHostAddress>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace fleet::test {

namespace {

// Parses one request out of `buffer`; false while it is incomplete. Consumes what it parsed.
bool parseRequest(QByteArray *buffer, SeenRequest *request)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer->left(end).split('\n');
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    SeenRequest r;
    r.method = first.value(0);
    r.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    qsizetype pos = end + 4;
    if (r.headers.value("transfer-encoding").toLower() == "chunked") {
        r.chunked = true;
        for (;;) {
            const qsizetype lineEnd = buffer->indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size = buffer->mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (buffer->size() < lineEnd + 2 + size + 2)
                return false;
            r.body += buffer->mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
            if (size == 0)
                break;
        }
    } else {
        const qint64 length = r.headers.value("content-length").toLongLong();
        if (buffer->size() < pos + length)
            return false;
        r.body = buffer->mid(pos, length);
        pos += length;
    }
    buffer->remove(0, pos);
    *request = r;
    return true;
}

} // namespace

class ScriptedHttpServer::Worker final : public QObject
{
public:
    explicit Worker(ScriptedHttpServer *owner)
        : m_owner(owner)
    {
    }

    quint16 listenTcp()
    {
        m_tcp = new QTcpServer(this);
        if (!m_tcp->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp->nextPendingConnection())
                serve(socket);
        });
        return m_tcp->serverPort();
    }

    bool listenLocal(const QString &path)
    {
        m_local = new QLocalServer(this);
        QLocalServer::removeServer(path);
        if (!m_local->listen(path))
            return false;
        connect(m_local, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_local->nextPendingConnection())
                serve(socket);
        });
        return true;
    }

    void stop()
    {
        for (const QPointer<QIODevice> &peer : std::as_const(m_peers))
            if (peer)
                peer->close();
        delete m_tcp;
        delete m_local;
        m_tcp = nullptr;
        m_local = nullptr;
    }

private:
    void serve(QIODevice *peer)
    {
        m_owner->countConnection();
        m_peers << peer;
        auto *buffer = new QByteArray;
        connect(peer, &QObject::destroyed, this, [buffer] { delete buffer; });
        auto *hanging = new bool(false);
        connect(peer, &QObject::destroyed, this, [hanging] { delete hanging; });
        connect(peer, &QIODevice::readyRead, this, [this, peer, buffer, hanging] {
            buffer->append(peer->readAll());
            SeenRequest request;
            while (!*hanging && parseRequest(buffer, &request)) {
                m_owner->record(request);
                const After after = m_owner->m_script(request, peer);
                if (after == After::KeepAlive)
                    continue;
                if (after == After::KeepOpen) {
                    *hanging = true;
                    return;
                }
                if (auto *tcp = qobject_cast<QTcpSocket *>(peer))
                    tcp->disconnectFromHost(); // after the written bytes are out
                else if (auto *local = qobject_cast<QLocalSocket *>(peer))
                    local->disconnectFromServer();
                return;
            }
        });
        if (auto *tcp = qobject_cast<QTcpSocket *>(peer))
            connect(tcp, &QTcpSocket::disconnected, tcp, &QObject::deleteLater);
        else if (auto *local = qobject_cast<QLocalSocket *>(peer))
            connect(local, &QLocalSocket::disconnected, local, &QObject::deleteLater);
    }

    ScriptedHttpServer *m_owner;
    QTcpServer *m_tcp = nullptr;
    QLocalServer *m_local = nullptr;
    QList<QPointer<QIODevice>> m_peers;
};

ScriptedHttpServer::ScriptedHttpServer(Script script)
    : m_script(std::move(script))
    , m_thread(std::make_unique<QThread>())
{
    m_worker = new Worker(this);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool ScriptedHttpServer::listenTcp()
{
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listenTcp(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

bool ScriptedHttpServer::listenLocal(const QString &path)
{
    bool ok = false;
    QMetaObject::invokeMethod(m_worker, [&] { ok = m_worker->listenLocal(path); }, Qt::BlockingQueuedConnection);
    return ok;
}

void ScriptedHttpServer::record(const SeenRequest &request)
{
    const std::lock_guard lock(m_mutex);
    m_requests << request;
}

void ScriptedHttpServer::countConnection()
{
    const std::lock_guard lock(m_mutex);
    ++m_connections;
}

QList<SeenRequest> ScriptedHttpServer::requests() const
{
    const std::lock_guard lock(m_mutex);
    return m_requests;
}

int ScriptedHttpServer::connections() const
{
    const std::lock_guard lock(m_mutex);
    return m_connections;
}

QByteArray ScriptedHttpServer::head(int status, qint64 contentLength, const QList<QByteArray> &headers)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nConnection: close\r\n";
    if (contentLength >= 0)
        text += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const QByteArray &h : headers)
        text += h + "\r\n";
    return text + "\r\n";
}

QByteArray ScriptedHttpServer::answer(int status, const QByteArray &body, const QList<QByteArray> &headers)
{
    return head(status, body.size(), headers) + body;
}

} // namespace fleet::test
