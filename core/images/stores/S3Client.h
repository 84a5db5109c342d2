#pragma once

#include "images/stores/S3ListParser.h"
#include "images/stores/S3Protocol.h"
#include "images/stores/StoreCredentials.h"
#include "images/stores/StoreError.h"
#include "images/stores/StoreLocation.h"
#include "net/HttpClient.h"

#include <optional>

namespace fleet {

// S3 requests for one bucket over one HttpClient: path-style URLs in canonical form, SigV4 by libcurl, the
// x-amz-content-sha256 header libcurl 7.88 leaves to us, and answers turned into StoreErrors that say what to
// do. Not thread-safe: one client per thread.
class S3Client final
{
public:
    static constexpr long kStallSeconds = 60; // a server that sends nothing for a minute is gone

    S3Client(StoreLocation location, const StoreCredentials &credentials);

    const StoreLocation &location() const { return m_location; }
    QString objectKey(const QString &name) const { return m_location.prefix + name; }
    QString display(const QString &key) const; // "s3://bucket/key"

    // One request. `payloadHash`: hex sha256 of the body, "UNSIGNED-PAYLOAD" for streamed bodies; empty =
    // computed from request.body.
    HttpResponse send(const QByteArray &method, const QString &key, const S3Protocol::Query &query,
                       HttpRequest request = {}, const HttpClient::Sink &sink = {},
                       const std::atomic_bool *cancel = nullptr, const QByteArray &payloadHash = {});

    std::optional<QList<S3Object>> listAll(const QString &prefix, StoreError *error,
                                           const std::atomic_bool *cancel = nullptr);
    // Small objects (sidecars): nullopt with error; NotFound for a missing key.
    std::optional<QByteArray> getSmall(const QString &key, StoreError *error);
    bool putSmall(const QString &key, const QByteArray &body, StoreError *error);
    bool deleteObject(const QString &key, StoreError *error);

    // A failed answer as a StoreError whose message names `what`, the cause and the fix.
    StoreError errorFrom(const HttpResponse &response, const QString &what) const;

private:
    StoreLocation m_location;
    bool m_anonymous;
    HttpClient m_http;
};

} // namespace fleet
