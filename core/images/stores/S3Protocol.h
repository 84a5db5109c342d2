#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace fleet {

// The pieces of the S3 REST protocol the store builds by hand. libcurl 7.88 signs (CURLOPT_AWS_SIGV4) the URL
// exactly as given and does not canonicalize the query before 8.3, so every URL here is already in canonical
// form: parameters sorted by name, names and values URI-encoded the SigV4 way, "name=" even for an empty value.
class S3Protocol final
{
public:
    using Query = QList<QPair<QString, QString>>;

    // SigV4 URI encoding: A-Z a-z 0-9 - _ . ~ stay, everything else is %XX (uppercase); '/' stays only in paths.
    static QByteArray uriEncode(const QString &text, bool keepSlash);
    // "list-type=2&prefix=a%2Fb" from any order of parameters.
    static QByteArray canonicalQuery(Query query);
    // Path-style URL (MinIO, s3rver, AWS): endpoint/bucket/key?query. `endpoint` without trailing '/'.
    static QByteArray objectUrl(const QString &endpoint, const QString &bucket, const QString &key,
                                const Query &query = {});
    // SHA-256 of an empty body, for x-amz-content-sha256 on GET/HEAD/DELETE (7.88 does not add it).
    static QByteArray emptyPayloadHash();

    struct ErrorBody
    {
        QString code;    // "NoSuchBucket", "InvalidAccessKeyId", …
        QString message;
    };
    // <Error><Code>…</Code><Message>…</Message></Error>; empty fields when the body is something else.
    static ErrorBody parseError(const QByteArray &xml);
    // <InitiateMultipartUploadResult><UploadId>…; empty when absent.
    static QString parseUploadId(const QByteArray &xml);
    // The CompleteMultipartUpload body for parts 1..n with these ETags (quotes kept as the server sent them).
    static QByteArray completeUploadBody(const QList<QByteArray> &etags);
    // Characters an object key may not carry in this store (control characters); keys are ours, but check.
    static bool isSafeKey(const QString &key);
};

} // namespace fleet
