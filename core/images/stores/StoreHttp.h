#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>

namespace fleet {

struct StoreRequest
{
    QByteArray method = "GET";
    QByteArray url; // absolute, already encoded (S3: the query sorted, as SigV4 signs it verbatim)
    QList<QByteArray> headers;
    QByteArray body;
    // A streamed body instead of `body`, of exactly `bodySize` bytes (S3 wants a Content-Length, not chunks).
    std::function<qint64(char *buffer, qint64 max)> bodySource;
    qint64 bodySize = 0;
    qint64 timeoutMs = 0; // 0: none (archives can be long); connect is always bounded
    bool headOnly = false;
};

struct StoreResponse
{
    int status = 0; // 0: no answer at all
    QByteArray body; // the body when no sink was given (bounded), or an error body (status >= 300)
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased
    QString transportError;
    bool aborted = false; // the sink, the body source or the cancel flag stopped it

    QByteArray header(const QByteArray &lowercaseName) const;
    bool ok() const { return status >= 200 && status < 300 && !aborted && transportError.isEmpty(); }
};

// One libcurl easy handle for the HTTP APIs of S3 and Registry v2 (plain http(s) URLs, unlike the Docker
// engine's HttpTransport, which speaks to a socket). Signs with AWS SigV4 (libcurl's CURLOPT_AWS_SIGV4) or
// sends Basic credentials. Credentials live only in this object's memory. Not thread-safe: one per thread.
class StoreHttp final
{
public:
    using Sink = std::function<bool(const char *data, qint64 size)>; // false aborts
    static constexpr qint64 kMaxBufferedBody = 16 << 20;              // untrusted answers stay bounded

    StoreHttp();
    ~StoreHttp();
    StoreHttp(const StoreHttp &) = delete;
    StoreHttp &operator=(const StoreHttp &) = delete;

    // `provider`: "aws:amz:us-east-1:s3".
    void setAwsSigV4(const QByteArray &provider, const QByteArray &accessKeyId, const QByteArray &secretKey);
    void setBasicAuth(const QByteArray &user, const QByteArray &password);
    void setConnectTimeoutMs(long ms) { m_connectTimeoutMs = ms; }

    StoreResponse perform(const StoreRequest &request, const Sink &sink = {}, const std::atomic_bool *cancel = nullptr);

private:
    void *m_curl = nullptr;
    QByteArray m_sigv4;
    QByteArray m_user;
    QByteArray m_password;
    long m_connectTimeoutMs = 5000;
};

} // namespace fleet
