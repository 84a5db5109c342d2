#pragma once

#include "docker/DockerEndpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace fleet {

struct HttpRequest
{
    QByteArray method = "GET";
    QString path; // with query, already encoded
    QList<QByteArray> headers;
    QByteArray body;
    // A streamed body instead of `body`: fills up to `max` bytes, returns the count, 0 at the end, -1 to abort.
    std::function<qint64(char *buffer, qint64 max)> bodySource;
    qint64 timeoutMs = 0; // 0: none (streams can be long); connect is always bounded
};

struct HttpResult
{
    int status = 0;       // 0: no answer at all
    QByteArray body;      // the whole body when no sink was given, or an error body (status >= 400)
    QString transportError;
    bool aborted = false; // the sink or the cancel flag stopped it
};

// One libcurl easy handle speaking HTTP/1.1 to the Docker Engine over a unix socket or TCP. Not thread-safe:
// one per thread. A sink receives the body as it arrives; it runs on this thread, so a slow sink is natural
// backpressure (curl waits) and memory stays flat.
class HttpTransport final
{
public:
    using Sink = std::function<bool(const char *data, qint64 size)>; // false aborts

    explicit HttpTransport(DockerEndpoint endpoint);
    ~HttpTransport();
    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;

    HttpResult perform(const HttpRequest &request, const Sink &sink = {}, const std::atomic_bool *cancel = nullptr);
    const DockerEndpoint &endpoint() const { return m_endpoint; }

private:
    DockerEndpoint m_endpoint;
    void *m_curl = nullptr;
};

} // namespace fleet
