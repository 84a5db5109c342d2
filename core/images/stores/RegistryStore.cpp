#include "images/stores/RegistryStore.h"

#include "docker/DockerEngine.h"
#include "docker/JsonLineStream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace fleet {

RegistryStore::RegistryStore(const StoreLocation &location, const StoreCredentials &credentials, TagPolicy policy)
    : m_location(location)
    , m_credentials(credentials)
    , m_policy(std::move(policy))
    , m_client(location, credentials)
{
}

ImageReference RegistryStore::remoteReference(const ImageReference &reference) const
{
    if (reference.domain().compare(m_location.registry, Qt::CaseInsensitive) == 0)
        return reference;
    QString path = reference.path();
    if (reference.domain() == QLatin1String(ImageReference::kDefaultDomain) && path.startsWith(QLatin1String("library/")))
        path = path.mid(8);
    return ImageReference::parse(m_location.registry + QLatin1Char('/') + path + QLatin1Char(':') + reference.tag());
}

QString RegistryStore::repositoryPath(const ImageReference &remote) const
{
    return remote.path();
}

QByteArray RegistryStore::registryAuthHeader() const
{
    // The engine wants base64url JSON; "{}" for anonymous access. Sent to the local engine only.
    QJsonObject auth;
    if (!m_credentials.isEmpty())
        auth = {{QStringLiteral("username"), QString::fromUtf8(m_credentials.user)},
                {QStringLiteral("password"), QString::fromUtf8(m_credentials.secret)},
                {QStringLiteral("serveraddress"), m_location.registry}};
    return "X-Registry-Auth: "
           + QJsonDocument(auth).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding);
}

bool RegistryStore::checkPolicy(const ImageReference &remote, TagPolicy::Purpose purpose)
{
    const TagPolicy::Verdict verdict = m_policy.check(remote, purpose);
    return verdict.allowed || fail(StoreError::Policy, verdict.reason);
}

bool RegistryStore::checkRegistry(const QString &what)
{
    if (m_policy.isTrustedRegistry(m_location.registry))
        return true;
    return fail(StoreError::Policy, QStringLiteral("%1 is refused: registry %2 is not in the trusted list (%3). Add %2 "
                                                   "to the trusted registries in the settings if you trust it.")
                                        .arg(what, m_location.registry,
                                             m_policy.settings().trustedRegistries.join(QStringLiteral(", "))));
}

bool RegistryStore::refuseArchiveName(const QString &name)
{
    return fail(StoreError::Invalid, QStringLiteral("%1: a registry keeps images by name:tag, not archive names; give "
                                                    "the tag instead (for example %2:1.0.0).")
                                         .arg(location(), name.left(200)));
}

std::optional<StoredArchive> RegistryStore::describe(const QString &text)
{
    clearError();
    if (namesArchive(text)) {
        refuseArchiveName(text);
        return std::nullopt;
    }
    return ImageStore::describe(text);
}

std::optional<std::pair<ImageReference, ImageReference>> RegistryStore::references(const QString &text)
{
    clearError();
    if (namesArchive(text)) { // by the lookup rule a word without ':', '/' or '@' is an archive name
        refuseArchiveName(text);
        return std::nullopt;
    }
    const std::optional<ImageReference> reference = parseReference(text);
    if (!reference)
        return std::nullopt;
    const ImageReference remote = remoteReference(*reference);
    if (!remote.isValid()) {
        fail(StoreError::Invalid, QStringLiteral("%1 cannot be named in %2: %3")
                                      .arg(reference->familiar(), m_location.registry, remote.error()));
        return std::nullopt;
    }
    return std::make_pair(*reference, remote);
}

bool RegistryStore::failFromEngineText(const QString &what, const QString &message, int status)
{
    const QString text = QStringLiteral("%1: %2").arg(what, message);
    const QString lower = message.toLower();
    if (lower.contains(QLatin1String("connection refused")) || lower.contains(QLatin1String("no such host"))
        || lower.contains(QLatin1String("i/o timeout")) || lower.contains(QLatin1String("no route to host")))
        return fail(StoreError::Unreachable, text + QStringLiteral(". Check that the registry at %1 runs.")
                                                        .arg(m_location.registryUrl));
    if (lower.contains(QLatin1String("unauthorized")) || lower.contains(QLatin1String("authentication required")))
        return fail(StoreError::Auth,
                    text + (m_credentials.isEmpty()
                                ? QStringLiteral(". The registry wants a login: ")
                                : QStringLiteral(". The registry refused the login of \"%1\" (from the %2): check the "
                                                 "user name and password; to change them, ")
                                      .arg(QString::fromUtf8(m_credentials.user).left(100), m_credentials.source))
                        + StoreCredentials::environmentHint(m_location));
    if (lower.contains(QLatin1String("server gave http response to https client")))
        return fail(StoreError::Failed, text + QStringLiteral(". The Docker Engine expects TLS from this registry: "
                                                              "add it to \"insecure-registries\" in daemon.json."));
    if (status == 404 || lower.contains(QLatin1String("not found")) || lower.contains(QLatin1String("manifest unknown")))
        return fail(StoreError::NotFound, text);
    return fail(StoreError::Failed, text);
}

bool RegistryStore::streamCall(DockerEngine &engine, const QString &path, const QString &phase, const QString &what,
                               QString *digest)
{
    QMap<QString, QPair<qint64, qint64>> layers; // id → (current, total)
    JsonLineStream lines([&](const QJsonObject &o) {
        const QJsonObject detail = o.value(QLatin1String("progressDetail")).toObject();
        if (detail.contains(QLatin1String("current"))) {
            layers[o.value(QLatin1String("id")).toString()] = {qint64(detail.value(QLatin1String("current")).toDouble()),
                                                               qint64(detail.value(QLatin1String("total")).toDouble())};
            qint64 done = 0, total = 0;
            for (const auto &l : std::as_const(layers)) {
                done += l.first;
                total += l.second;
            }
            report(phase, done, total);
        }
        const QString auxDigest = o.value(QLatin1String("aux")).toObject().value(QLatin1String("Digest")).toString();
        if (digest && !auxDigest.isEmpty())
            *digest = auxDigest;
    });
    HttpRequest request;
    request.method = "POST";
    request.url = path;
    request.headers << registryAuthHeader();
    const HttpResponse result = engine.call(request, [&lines](const char *data, qint64 size) {
        lines.feed(data, size);
        return true;
    }, cancelFlag());
    lines.finish();
    if (result.status == 200 && !result.aborted && result.transportError.isEmpty()) {
        if (lines.hasError())
            return failFromEngineText(what, lines.error(), 0);
        return true;
    }
    if (result.aborted || result.status == 0) {
        if (engine.error().ok())
            engine.failFrom(result, what);
        return failFromDocker(engine.error());
    }
    QString message = QJsonDocument::fromJson(result.body).object().value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(result.body.trimmed().left(300));
    return failFromEngineText(what, message, result.status);
}

std::optional<QList<StoredArchive>> RegistryStore::list()
{
    clearError();
    if (!checkRegistry(QStringLiteral("listing %1").arg(location())))
        return std::nullopt;
    StoreError error;
    const std::optional<QStringList> repositories = m_client.repositories(&error);
    if (!repositories) {
        fail(error.kind, error.message);
        return std::nullopt;
    }
    QList<StoredArchive> archives;
    for (const QString &repository : *repositories) {
        const ImageReference name = ImageReference::parse(m_location.registry + QLatin1Char('/') + repository);
        if (!name.isValid() || name.path() != repository)
            continue; // a name the registry should not have sent: never put it into a URL
        const std::optional<QStringList> tags = m_client.tags(repository, &error);
        if (!tags) {
            if (error.kind == StoreError::NotFound)
                continue; // a repository whose tags were all deleted
            fail(error.kind, error.message);
            return std::nullopt;
        }
        for (const QString &tag : *tags) {
            if (!ImageReference::isValidTag(tag) || cancelled())
                continue;
            const std::optional<RegistryManifest> manifest = m_client.manifest(repository, tag, &error);
            if (!manifest) {
                if (error.kind == StoreError::NotFound)
                    continue;
                fail(error.kind, error.message);
                return std::nullopt;
            }
            StoredArchive archive;
            archive.name = repository; // as get/rm take it: `app:1.0.0`, not `host:port/app:1.0.0`
            archive.tag = tag;
            archive.reference = archive.name + QLatin1Char(':') + tag;
            archive.key = repository + QLatin1Char(':') + tag;
            archive.size = manifest->size;
            archive.sha256 = manifest->digest.mid(7);
            archive.imageId = manifest->configDigest;
            archive.created = m_client.created(repository, manifest->configDigest, &error).value_or(QDateTime());
            archives << archive;
        }
    }
    if (cancelled()) {
        fail(StoreError::Cancelled, QStringLiteral("listing %1: cancelled").arg(location()));
        return std::nullopt;
    }
    return archives;
}

std::optional<StoredArchive> RegistryStore::put(DockerEngine &engine, const QString &text, const QString &archiveName)
{
    if (!archiveName.isEmpty()) {
        clearError();
        fail(StoreError::Invalid, QStringLiteral("%1: a registry keeps images by name:tag, so an archive cannot be "
                                                 "named \"%2\" there; give the tag instead (docker tag %3 NAME:TAG, "
                                                 "then put NAME:TAG without --name).")
                                      .arg(location(), archiveName.left(200), text));
        return std::nullopt;
    }
    const auto refs = references(text);
    if (!refs)
        return std::nullopt;
    const ImageReference *reference = &refs->first;
    const ImageReference &remote = refs->second;
    if (!checkPolicy(remote, TagPolicy::Purpose::Push))
        return std::nullopt;
    const std::optional<ImageInfo> image = inspectForPut(engine, *reference);
    if (!image)
        return std::nullopt;
    const QString repository = remote.name();
    const bool retag = remote.toString() != reference->toString();
    const bool hadTag = retag && image->repoTags.contains(remote.familiar());
    if (retag && !engine.tag(reference->toString(), repository, remote.tag())) {
        failFromDocker(engine.error());
        return std::nullopt;
    }
    QString digest;
    const bool pushed = streamCall(engine, QStringLiteral("/images/%1/push?tag=%2")
                                               .arg(DockerEngine::encodeReference(repository),
                                                    QString::fromLatin1(QUrl::toPercentEncoding(remote.tag()))),
                                   QStringLiteral("push"), QStringLiteral("pushing %1").arg(remote.familiar()), &digest);
    if (retag && !hadTag) // the registry name was only needed for the push
        engine.removeImage(remote.toString());
    if (!pushed)
        return std::nullopt;
    StoredArchive archive;
    archive.name = repositoryPath(remote);
    archive.tag = remote.tag();
    archive.reference = archive.name + QLatin1Char(':') + archive.tag;
    archive.key = archive.reference;
    archive.sha256 = digest.startsWith(QLatin1String("sha256:")) ? digest.mid(7) : QString();
    archive.imageId = image->id;
    archive.size = image->size;
    archive.created = QDateTime::currentDateTimeUtc();
    return archive;
}

bool RegistryStore::get(DockerEngine &engine, const QString &text)
{
    const auto refs = references(text);
    if (!refs)
        return false;
    const ImageReference *reference = &refs->first;
    const ImageReference &remote = refs->second;
    if (!checkPolicy(remote, TagPolicy::Purpose::Pull))
        return false;
    const QString path = QStringLiteral("/images/create?fromImage=%1&tag=%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(remote.name())),
                                  QString::fromLatin1(QUrl::toPercentEncoding(remote.tag())));
    const bool retag = remote.toString() != reference->toString();
    const bool hadRemoteName = retag && engine.inspectImage(remote.toString()).has_value();
    if (!streamCall(engine, path, QStringLiteral("pull"), QStringLiteral("pulling %1").arg(remote.familiar())))
        return false;
    if (!retag)
        return true;
    // Like the other stores, the image comes back under the name it was asked for (and only that name).
    if (!engine.tag(remote.toString(), reference->name(), reference->tag()))
        return failFromDocker(engine.error());
    if (!hadRemoteName)
        engine.removeImage(remote.toString());
    return true;
}

bool RegistryStore::remove(const QString &text)
{
    const auto refs = references(text);
    if (!refs)
        return false;
    const ImageReference &remote = refs->second;
    if (!checkRegistry(QStringLiteral("removing %1").arg(remote.familiar())))
        return false;
    StoreError error;
    const std::optional<RegistryManifest> manifest = m_client.manifest(remote.path(), remote.tag(), &error);
    if (!manifest || !m_client.deleteManifest(remote.path(), manifest->digest, &error))
        return fail(error.kind, error.message);
    return true;
}

} // namespace fleet
