#pragma once

#include "images/TagPolicy.h"
#include "images/stores/ImageStore.h"
#include "images/stores/RegistryClient.h"

namespace fleet {

// Images in a Docker registry. put/get go through the local Docker Engine (`POST /images/{name}/push`,
// `POST /images/create?fromImage=`) with X-Registry-Auth, so layers the registry already has are not sent
// again; list and remove use the Registry v2 API (RegistryClient). Every push and pull is checked by TagPolicy
// first, every list and remove by its trusted registries: an untrusted registry is refused before anything is
// contacted.
// Names map as `app:1.0.0` ↔ `<registry>/app:1.0.0` (docker.io's "library/" dropped, other paths kept).
class RegistryStore final : public ImageStore
{
public:
    RegistryStore(const StoreLocation &location, const StoreCredentials &credentials, TagPolicy policy);

    QString location() const override { return m_location.text; }
    std::optional<QList<StoredArchive>> list() override;
    // A registry keeps images by name:tag only: an archive name is refused (Invalid).
    std::optional<StoredArchive> put(DockerEngine &engine, const QString &reference,
                                     const QString &archiveName = {}) override;
    bool get(DockerEngine &engine, const QString &text) override;
    bool remove(const QString &text) override;
    std::optional<StoredArchive> describe(const QString &text) override;

    // `app:1.0.0` → `127.0.0.1:5000/app:1.0.0`; a reference already on this registry stays as it is.
    ImageReference remoteReference(const ImageReference &reference) const;

private:
    QByteArray registryAuthHeader() const;
    // POST to the engine, reading its JSON stream (progress, errors inside a 200). `phase`: "push"/"pull".
    bool streamCall(DockerEngine &engine, const QString &path, const QString &phase, const QString &what,
                    QString *digest = nullptr);
    bool failFromEngineText(const QString &what, const QString &message, int status);
    bool checkPolicy(const ImageReference &remote, TagPolicy::Purpose purpose);
    // list and rm name no image to check: the registry itself must be trusted (credentials go there too).
    bool checkRegistry(const QString &what);
    bool refuseArchiveName(const QString &name);
    // The local reference given to put/get/rm and its name in this registry; nullopt (error set) when unusable.
    std::optional<std::pair<ImageReference, ImageReference>> references(const QString &text);
    QString repositoryPath(const ImageReference &remote) const; // "app", "team/app"

    StoreLocation m_location;
    StoreCredentials m_credentials;
    TagPolicy m_policy;
    RegistryClient m_client;
};

} // namespace fleet
