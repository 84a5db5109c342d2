#pragma once

#include "images/stores/S3Protocol.h"
#include "images/stores/StoreCredentials.h"
#include "images/stores/StoreLocation.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace fleet {

// Presigned S3 URLs (AWS Signature Version 4, query-string authentication): a node fetches an archive with plain
// curl or wget, and never sees the store's secret. Only the Host header is signed and the payload is
// "UNSIGNED-PAYLOAD", so the URL works with any client that sends the Host the URL names.
class S3Presign final
{
public:
    static constexpr int kMaxExpiresSeconds = 604800; // 7 days: S3 refuses longer

    struct Request
    {
        QByteArray method; // "GET" or "HEAD"
        QByteArray origin; // "http://127.0.0.1:9000": scheme, host, port (a default port is not signed)
        QByteArray canonicalPath; // "/bucket/team/a%20b/app.tar": already URI-encoded, as it goes into the URL
        S3Protocol::Query query; // extra parameters (not X-Amz-*), not encoded
        QString region; // "us-east-1"
        QString service = QStringLiteral("s3");
        QByteArray accessKeyId;
        QByteArray secret;
        QDateTime time; // signing time; the URL is valid from then for expiresSeconds
        int expiresSeconds = 0; // 1..kMaxExpiresSeconds
    };

    // The full URL: origin + path + canonical query with the X-Amz-* parameters + &X-Amz-Signature=….
    // Empty, and `error` set (when not null), for a request that cannot be signed.
    static QByteArray sign(const Request &request, QString *error);
    // The pieces the signature covers (empty for a request sign() refuses), for tests and for debugging a
    // SignatureDoesNotMatch: they hold no secret.
    static QByteArray canonicalRequest(const Request &request);
    static QByteArray stringToSign(const Request &request);

    // A path-style URL (endpoint/bucket/key, as S3Client addresses objects) for `key`, the object's full key
    // (prefix included), valid for expiresSeconds from nowUtc. An anonymous store (empty credentials) gets the
    // plain object URL. Empty, and `error` set, when the location is not S3, the key or method is unusable, or
    // expiresSeconds is outside 1..kMaxExpiresSeconds (checked for anonymous stores too: it is a caller's bug).
    static QByteArray presignedUrl(const StoreLocation &location, const StoreCredentials &credentials,
        const QByteArray &method, const QString &key, const QDateTime &nowUtc, int expiresSeconds, QString *error);
};

} // namespace fleet
