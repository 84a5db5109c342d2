#pragma once

#include "images/stores/StoreCredentials.h"
#include "images/stores/StoreError.h"
#include "images/stores/StoreLocation.h"
#include "net/HttpClient.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace fleet {

struct RegistryManifest
{
    QString digest;       // "sha256:…" of the manifest (Docker-Content-Digest)
    QString configDigest; // "sha256:…": the image ID
    qint64 size = 0;      // config + layers, compressed as stored
};

// The Registry v2 HTTP API, read side and delete: catalog and tags (following `Link: <…>; rel="next"`),
// manifests, config blobs. A 401 becomes a message that says which login the registry wants. Answers are
// untrusted and bounded. Not thread-safe: one per thread.
class RegistryClient final
{
public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 1000;
    static constexpr long kStallSeconds = 60; // a server that sends nothing for a minute is gone

    RegistryClient(StoreLocation location, const StoreCredentials &credentials);

    std::optional<QStringList> repositories(StoreError *error);
    std::optional<QStringList> tags(const QString &repository, StoreError *error);
    std::optional<RegistryManifest> manifest(const QString &repository, const QString &reference, StoreError *error);
    // The `created` time from the image config blob; invalid when absent.
    std::optional<QDateTime> created(const QString &repository, const QString &configDigest, StoreError *error);
    bool deleteManifest(const QString &repository, const QString &digest, StoreError *error);

    StoreError errorFrom(const HttpResponse &response, const QString &what) const;
    // `</v2/_catalog?last=b&n=100>; rel="next"` → "/v2/_catalog?last=b&n=100"; empty when there is no next page.
    static QString nextLink(const QByteArray &linkHeader);

private:
    // Follows pagination; `field` is "repositories" or "tags".
    std::optional<QStringList> pagedList(const QString &path, const QString &field, const QString &what,
                                         StoreError *error);
    HttpResponse get(const QString &pathAndQuery, const QList<QByteArray> &headers = {}, bool headOnly = false);

    StoreLocation m_location;
    bool m_anonymous;
    HttpClient m_http;
};

} // namespace fleet
