#pragma once

#include "net/HttpRequest.h"
#include "net/HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace fleet {

// Where relative request URLs go: a base URL ("http://127.0.0.1:2375"), reached over TCP or, when `unixSocket`
// is set, over that socket (the Docker Engine: base "http://localhost").
struct HttpEndpoint
{
    QString baseUrl;
    QString unixSocket;
};

// The one HTTP/1.1 client of the project (libcurl easy handle) under the Docker Engine, S3 and registry code.
// Bodies stream both ways: a sink receives a 2xx body as it arrives, on this thread, so a slow sink is natural
// backpressure (curl stops reading the socket) and memory stays flat. Bodies kept in memory are bounded
// (HttpResponse::kMaxBufferedBody). Signs with AWS SigV4 (CURLOPT_AWS_SIGV4) or sends Basic credentials; they
// live only in this object's memory and are wiped when it goes. Cancel is a flag, looked at every 50 ms while
// nothing moves (a multi handle's poll) and by the progress callback as bytes flow. The connection is kept between
// requests (those with a cancel flag share the multi handle's).
// Not thread-safe: one client per thread.
class HttpClient final
{
public:
    using Sink = std::function<bool(const char *data, qint64 size)>; // false aborts
    static constexpr long kDefaultConnectTimeoutMs = 5000;

    explicit HttpClient(HttpEndpoint endpoint = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // `provider`: "aws:amz:us-east-1:s3".
    void setAwsSigV4(const QByteArray &provider, const QByteArray &accessKeyId, const QByteArray &secretKey);
    void setBasicAuth(const QByteArray &user, const QByteArray &password);
    // Connecting never waits longer than this (a value <= 0 keeps the default).
    void setConnectTimeoutMs(long ms) { m_connectTimeoutMs = ms > 0 ? ms : kDefaultConnectTimeoutMs; }
    // Ends a transfer that moves less than one byte per second for this long; 0 (the default): never. Not for the
    // Docker Engine, which may stay silent for minutes (a quiet load, a long RUN step).
    void setStallTimeoutSeconds(long seconds) { m_stallSeconds = seconds; }

    const HttpEndpoint &endpoint() const { return m_endpoint; }

    HttpResponse perform(const HttpRequest &request, const Sink &sink = {}, const std::atomic_bool *cancel = nullptr);

private:
    HttpEndpoint m_endpoint;
    int performCancellable(void *easy, const std::atomic_bool *cancel); // a CURLcode
    void *m_curl = nullptr;
    void *m_multi = nullptr; // made for the first transfer with a cancel flag
    QByteArray m_sigv4;
    QByteArray m_user;
    QByteArray m_password;
    long m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    long m_stallSeconds = 0;
};

} // namespace fleet
