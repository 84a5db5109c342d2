#include "images/stores/RegistryClient.h"

#include "util/JsonNumber.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace fleet {

namespace {

const QByteArray kManifestTypes = "Accept: application/vnd.docker.distribution.manifest.v2+json, "
                                  "application/vnd.oci.image.manifest.v1+json";

bool isDigest(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

} // namespace

RegistryClient::RegistryClient(StoreLocation location, const StoreCredentials &credentials)
    : m_location(std::move(location))
    , m_anonymous(credentials.isEmpty())
{
    m_http.setStallTimeoutSeconds(kStallSeconds);
    if (!m_anonymous)
        m_http.setBasicAuth(credentials.user, credentials.secret);
}

HttpResponse RegistryClient::get(const QString &pathAndQuery, const QList<QByteArray> &headers, bool headOnly)
{
    HttpRequest request;
    request.method = headOnly ? "HEAD" : "GET";
    request.url = m_location.registryUrl + pathAndQuery;
    request.headers = headers;
    request.timeoutMs = 60000;
    return m_http.perform(request);
}

QString RegistryClient::nextLink(const QByteArray &linkHeader)
{
    static const QRegularExpression re(QStringLiteral("<([^>]*)>\\s*;\\s*rel=\"?next\"?"));
    const QRegularExpressionMatch match = re.match(QString::fromUtf8(linkHeader));
    if (!match.hasMatch())
        return {};
    const QUrl url(match.captured(1));
    // Only a path on the same registry: a Link header must not send us to another host ("//host/…" is relative
    // to the scheme only, so it has an authority).
    if (!url.isValid() || !url.isRelative() || !url.authority().isEmpty()
        || !url.path().startsWith(QLatin1String("/v2/")))
        return {};
    // Rebuilt from path and query alone: "///v2/x" has an empty (but present) authority that toString() keeps.
    QString next = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        next += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return next;
}

StoreError RegistryClient::errorFrom(const HttpResponse &response, const QString &what) const
{
    const QString where = m_location.registryUrl;
    if (response.aborted)
        return {StoreError::Cancelled, QStringLiteral("%1: stopped").arg(what)};
    if (response.tooLarge)
        return {StoreError::Failed, QStringLiteral("%1: %2 sent an answer larger than %3 MiB; is it a Docker registry?")
                                        .arg(what, where).arg(HttpResponse::kMaxBufferedBody >> 20)};
    if (response.status == 0)
        return {StoreError::Unreachable, QStringLiteral("%1: cannot reach the registry at %2 (%3). Check that it runs "
                                                        "and the address (registry://host:port).")
                                             .arg(what, where, response.transportError)};
    if (response.status == 401) {
        const QString challenge = QString::fromUtf8(response.header("www-authenticate")).left(200);
        if (challenge.startsWith(QLatin1String("Bearer"), Qt::CaseInsensitive))
            return {StoreError::Auth, QStringLiteral("%1: the registry at %2 wants token authentication (%3), which "
                                                     "fleetctl cannot do for listing yet; push and pull go through "
                                                     "Docker and work with credentials: %4.")
                                          .arg(what, where, challenge,
                                               StoreCredentials::environmentHint(m_location))};
        return {StoreError::Auth, QStringLiteral("%1: the registry at %2 %3 (HTTP 401 %4): %5.")
                                      .arg(what, where,
                                           m_anonymous ? QStringLiteral("requires a login")
                                                       : QStringLiteral("refused the user name or password"),
                                           challenge, StoreCredentials::environmentHint(m_location))};
    }
    const QJsonArray errors = QJsonDocument::fromJson(response.body).object().value(QLatin1String("errors")).toArray();
    const QJsonObject first = errors.first().toObject();
    const QString code = first.value(QLatin1String("code")).toString().left(100);
    const QString said = code.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status)
                                        : QStringLiteral("%1: %2").arg(code, first.value(QLatin1String("message"))
                                                                                 .toString().left(300));
    if (response.status == 404)
        return {StoreError::NotFound, QStringLiteral("%1: not in the registry at %2 (%3)").arg(what, where, said)};
    if (response.status == 405 || code == QLatin1String("UNSUPPORTED"))
        return {StoreError::Failed, QStringLiteral("%1: the registry at %2 does not allow deletes (%3). Enable them "
                                                   "in its configuration (storage: delete: enabled: true).")
                                        .arg(what, where, said)};
    if (response.status == 403)
        return {StoreError::Auth, QStringLiteral("%1: the registry at %2 denied access (%3)").arg(what, where, said)};
    if (!response.transportError.isEmpty())
        return {StoreError::Unreachable, QStringLiteral("%1: the connection to %2 failed (%3)")
                                             .arg(what, where, response.transportError)};
    return {StoreError::Failed, QStringLiteral("%1: the registry at %2 answered %3").arg(what, where, said)};
}

std::optional<QStringList> RegistryClient::pagedList(const QString &path, const QString &field, const QString &what,
                                                     StoreError *error)
{
    QStringList items;
    QString next = QStringLiteral("%1?n=%2").arg(path).arg(kPageSize);
    for (int page = 0; page < kMaxPages && !next.isEmpty(); ++page) {
        const HttpResponse response = get(next);
        if (!response.ok()) {
            *error = errorFrom(response, what);
            return std::nullopt;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        if (!doc.isObject()) {
            *error = {StoreError::Failed, QStringLiteral("%1: %2 did not answer JSON; is it a Docker registry?")
                                              .arg(what, m_location.registryUrl)};
            return std::nullopt;
        }
        for (const QJsonValue &v : doc.object().value(field).toArray())
            if (v.isString() && !v.toString().isEmpty())
                items << v.toString().left(256);
        next = nextLink(response.header("link"));
    }
    return items;
}

std::optional<QStringList> RegistryClient::repositories(StoreError *error)
{
    return pagedList(QStringLiteral("/v2/_catalog"), QStringLiteral("repositories"),
                     QStringLiteral("listing the registry %1").arg(m_location.registry), error);
}

std::optional<QStringList> RegistryClient::tags(const QString &repository, StoreError *error)
{
    return pagedList(QStringLiteral("/v2/%1/tags/list").arg(repository), QStringLiteral("tags"),
                     QStringLiteral("listing the tags of %1/%2").arg(m_location.registry, repository), error);
}

std::optional<RegistryManifest> RegistryClient::manifest(const QString &repository, const QString &reference,
                                                         StoreError *error)
{
    const QString what = QStringLiteral("manifest of %1/%2:%3").arg(m_location.registry, repository, reference);
    const HttpResponse response = get(QStringLiteral("/v2/%1/manifests/%2")
                                           .arg(repository, QString::fromLatin1(QUrl::toPercentEncoding(reference))),
                                       {kManifestTypes});
    if (!response.ok()) {
        *error = errorFrom(response, what);
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    RegistryManifest manifest;
    manifest.digest = QString::fromLatin1(response.header("docker-content-digest"));
    if (!isDigest(manifest.digest)) // the digest is the hash of the bytes as served
        manifest.digest = QStringLiteral("sha256:")
                          + QString::fromLatin1(QCryptographicHash::hash(response.body, QCryptographicHash::Sha256)
                                                    .toHex());
    const QJsonObject config = object.value(QLatin1String("config")).toObject();
    manifest.configDigest = config.value(QLatin1String("digest")).toString();
    if (!isDigest(manifest.configDigest)) {
        *error = {StoreError::Failed, QStringLiteral("%1: not an image manifest (schema 2 / OCI)").arg(what)};
        return std::nullopt;
    }
    // Sizes from the registry are untrusted: each bounded, the sum saturating (never an overflow).
    manifest.size = jsonByteCount(config.value(QLatin1String("size")), 0);
    for (const QJsonValue &layer : object.value(QLatin1String("layers")).toArray())
        manifest.size = qMin(manifest.size + jsonByteCount(layer.toObject().value(QLatin1String("size")), 0),
                             qint64(1) << 60);
    return manifest;
}

std::optional<QDateTime> RegistryClient::created(const QString &repository, const QString &configDigest,
                                                 StoreError *error)
{
    if (!isDigest(configDigest))
        return QDateTime();
    const HttpResponse response = get(QStringLiteral("/v2/%1/blobs/%2").arg(repository, configDigest));
    if (!response.ok()) {
        *error = errorFrom(response, QStringLiteral("config of %1/%2").arg(m_location.registry, repository));
        return std::nullopt;
    }
    const QString text = QJsonDocument::fromJson(response.body).object().value(QLatin1String("created")).toString();
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

bool RegistryClient::deleteManifest(const QString &repository, const QString &digest, StoreError *error)
{
    HttpRequest request;
    request.method = "DELETE";
    request.url = m_location.registryUrl + QStringLiteral("/v2/%1/manifests/%2").arg(repository, digest);
    request.timeoutMs = 60000;
    const HttpResponse response = m_http.perform(request);
    if (response.ok())
        return true;
    *error = errorFrom(response, QStringLiteral("removing %1/%2@%3").arg(m_location.registry, repository, digest));
    return false;
}

} // namespace fleet
