#pragma once

#include <QString>

#include <optional>

namespace fleet {

// Where a store is, from the STORE-URL a person types:
//   dir:/path                                                   a folder of archives
//   s3://bucket[/prefix]?endpoint=http://127.0.0.1:9000&region=us-east-1   an S3 / MinIO bucket (path-style)
//   registry://host:port[?scheme=http|https]                   a Docker registry (v2 API)
// Credentials never appear here (they would land in shell history and process lists): see StoreCredentials.
struct StoreLocation
{
    enum class Kind { Folder, S3, Registry };

    Kind kind = Kind::Folder;
    QString text; // as given, for messages

    QString path; // Folder: absolute, cleaned

    QString bucket;   // S3
    QString prefix;   // S3: "" or ending in '/'
    QString endpoint; // S3: "http://127.0.0.1:9000" (no trailing '/'); default https://s3.REGION.amazonaws.com
    QString region;   // S3: default us-east-1

    QString registry;    // Registry: "127.0.0.1:5000" (what image references start with)
    QString registryUrl; // Registry: "http://127.0.0.1:5000"; https unless the host is loopback (like dockerd)

    static std::optional<StoreLocation> parse(const QString &text, QString *error);

    static bool isLoopbackHost(const QString &host);
    static bool isValidBucket(const QString &bucket, QString *why);
};

} // namespace fleet
