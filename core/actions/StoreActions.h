#pragma once

#include "images/TagPolicy.h"
#include "images/stores/ImageStore.h"
#include "images/stores/StoreCredentials.h"
#include "images/stores/StoredArchive.h"
#include "model/Failure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace fleet {

// What a store action is about: the store by its STORE-URL, the local engine (put, copy), the policy registries
// obey, a progress callback and a cancel flag (both optional).
struct StoreActionParams
{
    QString storeUrl;
    QString dockerHost; // empty: $DOCKER_HOST or the default socket
    TagPolicy::Settings policy;
    ImageStore::Progress progress; // called on the worker thread
    const std::atomic_bool *cancel = nullptr;
    // Credentials to use instead of the saved ones (Settings → Stores tests what was typed before saving it).
    std::optional<StoreCredentials> credentials;
    qint64 partSize = 0; // S3 put: multipart part size (0: the default)
};

struct StoreListing
{
    Failure failure;
    QString location; // for messages; never a secret
    QList<StoredArchive> archives;
};

struct StoreOutcome
{
    Failure failure;
    std::optional<StoredArchive> stored; // put and copy: what the target store now holds
    QString message;                     // what was done, for a notification
};

// The desktop's store verbs, written once (fleetctl store does the same steps per command): a store opened from
// its URL with its credentials (environment, else the keychain, under AgentSecrets' lock), then ImageStore's
// list / put / remove; and copy between two stores through the local engine (get, then put), which leaves the
// engine as it found it. Synchronous and one store object per call, so each runs on a worker of its own.
class StoreActions final
{
    Q_DECLARE_TR_FUNCTIONS(StoreActions)

public:
    // The store `params.storeUrl` names, or nullptr with `failure` set (bad URL: usage; credentials unreadable).
    static std::unique_ptr<ImageStore> open(const StoreActionParams &params, Failure *failure);

    static StoreListing list(const StoreActionParams &params);
    // Saves the local engine's tagged `reference` into the store.
    // `archiveName`: the archive's own name in a folder or S3 store (empty: from the reference).
    static StoreOutcome put(const StoreActionParams &params, const QString &reference,
                            const QString &archiveName = {});
    static StoreOutcome remove(const StoreActionParams &params, const QString &reference);
    // Loads `reference` from the store into the local engine (checked against its sidecar first).
    static StoreOutcome get(const StoreActionParams &params, const QString &reference);
    // `reference` from the store `params.storeUrl` into `targetUrl`: loaded into the local engine, then put. When
    // the engine already holds that image (`imageId`, when known, matches) the load is skipped; an image the engine
    // did not have is removed again afterwards, and a tag that named another image is given back to it.
    static StoreOutcome copy(const StoreActionParams &params, const QString &targetUrl, const QString &reference,
                             const QString &imageId = {});

    // Credentials for a store in the keychain (else the 0600 secrets file), never in QSettings.
    static bool saveCredentials(const QString &storeUrl, const StoreCredentials &credentials, QString *error);
    static bool forgetCredentials(const QString &storeUrl, QString *error);
    // Whether the keychain holds credentials for the store (the secret is read and dropped at once).
    static bool hasSavedCredentials(const QString &storeUrl);
    // Whether the store kind takes credentials at all (folders do not).
    static bool takesCredentials(const QString &storeUrl);
};

} // namespace fleet
