#include "images/stores/S3Client.h"

#include <QCryptographicHash>

namespace fleet {

S3Client::S3Client(StoreLocation location, const StoreCredentials &credentials)
    : m_location(std::move(location))
    , m_anonymous(credentials.isEmpty())
{
    m_http.setStallTimeoutSeconds(kStallSeconds);
    if (!m_anonymous)
        m_http.setAwsSigV4("aws:amz:" + m_location.region.toLatin1() + ":s3", credentials.user, credentials.secret);
}

QString S3Client::display(const QString &key) const
{
    return QStringLiteral("s3://%1/%2").arg(m_location.bucket, key);
}

HttpResponse S3Client::send(const QByteArray &method, const QString &key, const S3Protocol::Query &query,
                             HttpRequest request, const HttpClient::Sink &sink, const std::atomic_bool *cancel,
                             const QByteArray &payloadHash)
{
    request.method = method;
    request.url = QString::fromLatin1(S3Protocol::objectUrl(m_location.endpoint, m_location.bucket, key, query));
    // libcurl 7.88 signs whatever hash this header carries (and adds none itself); S3 requires it.
    const QByteArray hash = !payloadHash.isEmpty() ? payloadHash
                            : request.body.isEmpty()
                                ? S3Protocol::emptyPayloadHash()
                                : QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    request.headers << "x-amz-content-sha256: " + hash;
    return m_http.perform(request, sink, cancel);
}

StoreError S3Client::errorFrom(const HttpResponse &response, const QString &what) const
{
    const QString endpoint = m_location.endpoint;
    if (response.aborted)
        return {StoreError::Cancelled, QStringLiteral("%1: stopped").arg(what)};
    if (response.tooLarge)
        return {StoreError::Failed, QStringLiteral("%1: %2 sent an answer larger than %3 MiB; is it an S3 server?")
                                        .arg(what, endpoint).arg(HttpResponse::kMaxBufferedBody >> 20)};
    if (response.status == 0)
        return {StoreError::Unreachable,
                QStringLiteral("%1: cannot reach the S3 endpoint %2 (%3). Check that the server runs and that "
                               "?endpoint= names it.").arg(what, endpoint, response.transportError)};
    const S3Protocol::ErrorBody body = S3Protocol::parseError(response.body);
    const QString said = body.code.isEmpty()
                             ? QStringLiteral("HTTP %1").arg(response.status)
                             : QStringLiteral("%1: %2").arg(body.code, body.message);
    const QString hint = StoreCredentials::environmentHint(m_location);
    if (body.code == QLatin1String("NoSuchBucket"))
        return {StoreError::NotFound, QStringLiteral("%1: bucket %2 does not exist at %3. Create it first (mc mb, "
                                                     "aws s3 mb) or fix the bucket name.")
                                          .arg(what, m_location.bucket, endpoint)};
    if (body.code == QLatin1String("NoSuchKey") || (response.status == 404 && body.code.isEmpty()))
        return {StoreError::NotFound, QStringLiteral("%1: no such object").arg(what)};
    if (body.code == QLatin1String("InvalidAccessKeyId") || body.code == QLatin1String("SignatureDoesNotMatch")
        || body.code == QLatin1String("AccessDenied") || response.status == 401 || response.status == 403) {
        const QString which = m_anonymous ? QStringLiteral("no credentials were given")
                                          : QStringLiteral("the credentials were refused");
        return {StoreError::Auth, QStringLiteral("%1: %2 by %3 (%4). Check the access key id and secret: %5.")
                                      .arg(what, which, endpoint, said, hint)};
    }
    if (body.code == QLatin1String("EntityTooLarge") || body.code == QLatin1String("QuotaExceeded")
        || response.status == 507)
        return {StoreError::Storage, QStringLiteral("%1: the bucket refused the data (%2)").arg(what, said)};
    if (!response.transportError.isEmpty())
        return {StoreError::Unreachable, QStringLiteral("%1: the connection to %2 failed (%3)")
                                             .arg(what, endpoint, response.transportError)};
    return {StoreError::Failed, QStringLiteral("%1: %2 answered %3").arg(what, endpoint, said)};
}

std::optional<QList<S3Object>> S3Client::listAll(const QString &prefix, StoreError *error,
                                                 const std::atomic_bool *cancel)
{
    QList<S3Object> objects;
    QString token;
    for (int page = 0; page < 10000; ++page) {
        S3Protocol::Query query{{QStringLiteral("list-type"), QStringLiteral("2")},
                                {QStringLiteral("prefix"), prefix}};
        if (!token.isEmpty())
            query.append({QStringLiteral("continuation-token"), token});
        HttpRequest request;
        request.timeoutMs = 60000;
        const HttpResponse response = send("GET", {}, query, request, {}, cancel);
        if (!response.ok()) {
            *error = errorFrom(response, QStringLiteral("listing %1").arg(display(prefix)));
            return std::nullopt;
        }
        QString why;
        const std::optional<S3ObjectPage> parsed = S3ListParser::parse(response.body, &why);
        if (!parsed) {
            *error = {StoreError::Failed, QStringLiteral("listing %1: %2 sent an answer that is not a ListObjectsV2 "
                                                         "result (%3); is it an S3 server?")
                                              .arg(display(prefix), m_location.endpoint, why)};
            return std::nullopt;
        }
        objects += parsed->objects;
        if (!parsed->truncated)
            return objects;
        token = parsed->nextContinuationToken;
    }
    *error = {StoreError::Failed, QStringLiteral("listing %1: too many pages").arg(display(prefix))};
    return std::nullopt;
}

std::optional<QByteArray> S3Client::getSmall(const QString &key, StoreError *error)
{
    HttpRequest request;
    request.timeoutMs = 60000;
    const HttpResponse response = send("GET", key, {}, request);
    if (!response.ok()) {
        *error = errorFrom(response, QStringLiteral("reading %1").arg(display(key)));
        return std::nullopt;
    }
    return response.body;
}

bool S3Client::putSmall(const QString &key, const QByteArray &body, StoreError *error)
{
    HttpRequest request;
    request.body = body;
    request.timeoutMs = 60000;
    request.headers << "Content-Type: application/json";
    const HttpResponse response = send("PUT", key, {}, request);
    if (response.ok())
        return true;
    *error = errorFrom(response, QStringLiteral("writing %1").arg(display(key)));
    return false;
}

bool S3Client::deleteObject(const QString &key, StoreError *error)
{
    HttpRequest request;
    request.timeoutMs = 60000;
    const HttpResponse response = send("DELETE", key, {}, request);
    if (response.ok())
        return true;
    *error = errorFrom(response, QStringLiteral("removing %1").arg(display(key)));
    return false;
}

} // namespace fleet
