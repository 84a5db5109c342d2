#include "actions/StoreActions.h"

#include "agent/AgentSecrets.h"
#include "agent/SecretStore.h"
#include "docker/DockerEngine.h"
#include "images/ImageReference.h"
#include "images/stores/S3Store.h"
#include "images/stores/StoreFactory.h"
#include "images/stores/StoreLocation.h"

#include <QMutexLocker>

namespace fleet {

namespace {

Failure storeFailure(const ImageStore &store)
{
    const StoreError &error = store.error();
    return Failure::make(error.ok() ? FailureKind::Failed : error.failureKind(), error.message);
}

std::optional<StoreLocation> parseLocation(const QString &url, Failure *failure)
{
    QString why;
    std::optional<StoreLocation> location = StoreLocation::parse(url, &why);
    if (!location && failure)
        *failure = Failure::make(FailureKind::Usage, why);
    return location;
}

} // namespace

std::unique_ptr<ImageStore> StoreActions::open(const StoreActionParams &params, Failure *failure)
{
    const std::optional<StoreLocation> location = parseLocation(params.storeUrl, failure);
    if (!location)
        return nullptr;
    StoreCredentials credentials;
    if (params.credentials && !params.credentials->isEmpty()) {
        credentials = *params.credentials;
    } else if (location->kind != StoreLocation::Kind::Folder) {
        QString error;
        const std::optional<StoreCredentials> resolved = StoreCredentials::lookup(*location, &error);
        if (!error.isEmpty()) {
            *failure = Failure::make(FailureKind::Failed, error);
            return nullptr;
        }
        credentials = resolved.value_or(StoreCredentials{});
    }
    std::unique_ptr<ImageStore> store = StoreFactory::open(*location, credentials, TagPolicy(params.policy));
    if (!store) {
        *failure = Failure::make(FailureKind::Usage, tr("%1 cannot be opened as a store.").arg(params.storeUrl));
        return nullptr;
    }
    store->setProgress(params.progress);
    store->setCancelFlag(params.cancel);
    if (auto *s3 = dynamic_cast<S3Store *>(store.get()); s3 && params.partSize > 0)
        s3->setPartSize(params.partSize);
    return store;
}

StoreListing StoreActions::list(const StoreActionParams &params)
{
    StoreListing listing;
    std::unique_ptr<ImageStore> store = open(params, &listing.failure);
    if (!store)
        return listing;
    listing.location = store->location();
    if (std::optional<QList<StoredArchive>> archives = store->list())
        listing.archives = std::move(*archives);
    else
        listing.failure = storeFailure(*store);
    return listing;
}

StoreOutcome StoreActions::put(const StoreActionParams &params, const QString &reference, const QString &archiveName)
{
    StoreOutcome outcome;
    std::unique_ptr<ImageStore> store = open(params, &outcome.failure);
    if (!store)
        return outcome;
    DockerEngine engine(params.dockerHost);
    outcome.stored = store->put(engine, reference, archiveName);
    if (!outcome.stored)
        outcome.failure = storeFailure(*store);
    else
        outcome.message = tr("%1 stored in %2.").arg(outcome.stored->reference, store->location());
    return outcome;
}

StoreOutcome StoreActions::remove(const StoreActionParams &params, const QString &reference)
{
    StoreOutcome outcome;
    std::unique_ptr<ImageStore> store = open(params, &outcome.failure);
    if (!store)
        return outcome;
    if (!store->remove(reference))
        outcome.failure = storeFailure(*store);
    else
        outcome.message = tr("%1 removed from %2.").arg(reference, store->location());
    return outcome;
}

StoreOutcome StoreActions::get(const StoreActionParams &params, const QString &reference)
{
    StoreOutcome outcome;
    std::unique_ptr<ImageStore> store = open(params, &outcome.failure);
    if (!store)
        return outcome;
    DockerEngine engine(params.dockerHost);
    if (!store->get(engine, reference))
        outcome.failure = storeFailure(*store);
    else
        outcome.message = tr("%1 loaded from %2.").arg(reference, store->location());
    return outcome;
}

StoreOutcome StoreActions::copy(const StoreActionParams &params, const QString &targetUrl, const QString &reference,
                                const QString &imageId)
{
    StoreOutcome outcome;
    if (targetUrl == params.storeUrl) {
        outcome.failure = Failure::make(FailureKind::Usage, tr("%1 is already in %2: choose another store.")
                                                                .arg(reference, targetUrl));
        return outcome;
    }
    const ImageReference parsed = ImageReference::parse(reference);
    if (!parsed.isValid() || !parsed.hasTag() || parsed.hasDigest()) {
        outcome.failure = Failure::make(FailureKind::Usage,
                                        tr("\"%1\" is not a tagged image reference (%2).")
                                            .arg(reference, parsed.isValid() ? tr("a tag is needed") : parsed.error()));
        return outcome;
    }
    // Both stores first: a target that cannot be opened must not cost a download.
    std::unique_ptr<ImageStore> source = open(params, &outcome.failure);
    if (!source)
        return outcome;
    StoreActionParams targetParams = params;
    targetParams.storeUrl = targetUrl;
    targetParams.credentials.reset();
    std::unique_ptr<ImageStore> target = open(targetParams, &outcome.failure);
    if (!target)
        return outcome;

    DockerEngine engine(params.dockerHost);
    const QString name = parsed.familiar();
    const std::optional<ImageInfo> before = engine.inspectImage(name);
    if (!before && engine.error().kind != DockerError::NotFound) {
        outcome.failure = Failure::make(engine.error().kind == DockerError::DaemonDown ? FailureKind::Unreachable
                                                                                        : FailureKind::Failed,
                                        engine.error().message);
        return outcome;
    }
    const bool alreadyLocal = before && !imageId.isEmpty() && before->id == imageId;
    if (!alreadyLocal && !source->get(engine, name)) {
        outcome.failure = storeFailure(*source);
        return outcome;
    }
    outcome.stored = target->put(engine, name);
    if (!outcome.stored)
        outcome.failure = storeFailure(*target);

    // The engine as it was: a loaded image it did not have goes again (only this tag is removed, never an image
    // another tag still names); a tag that named another image names it again.
    QString restoreProblem;
    if (!before) {
        if (!engine.removeImage(name))
            restoreProblem = engine.error().message;
    } else if (!alreadyLocal) {
        const std::optional<ImageInfo> now = engine.inspectImage(name);
        if (now && now->id != before->id) {
            const QString repository = name.left(name.size() - parsed.tag().size() - 1);
            if (!engine.tag(before->id, repository, parsed.tag()))
                restoreProblem = engine.error().message;
        }
    }
    if (outcome.failure.ok()) {
        outcome.message = tr("%1 copied from %2 to %3.").arg(name, source->location(), target->location());
        if (!restoreProblem.isEmpty())
            outcome.message += QLatin1Char(' ')
                               + tr("The local engine could not be restored as it was: %1").arg(restoreProblem);
    }
    return outcome;
}

bool StoreActions::saveCredentials(const QString &storeUrl, const StoreCredentials &credentials, QString *error)
{
    Failure failure;
    const std::optional<StoreLocation> location = parseLocation(storeUrl, &failure);
    if (!location) {
        *error = failure.message;
        return false;
    }
    const QMutexLocker locker(&AgentSecrets::lock());
    SecretStore secrets(AgentSecrets::backend());
    return StoreCredentials::save(*location, secrets, credentials, error);
}

bool StoreActions::forgetCredentials(const QString &storeUrl, QString *error)
{
    Failure failure;
    const std::optional<StoreLocation> location = parseLocation(storeUrl, &failure);
    if (!location) {
        *error = failure.message;
        return false;
    }
    if (location->kind == StoreLocation::Kind::Folder)
        return true;
    const QMutexLocker locker(&AgentSecrets::lock());
    SecretStore secrets(AgentSecrets::backend());
    return StoreCredentials::forget(*location, secrets, error);
}

bool StoreActions::hasSavedCredentials(const QString &storeUrl)
{
    const std::optional<StoreLocation> location = parseLocation(storeUrl, nullptr);
    if (!location || location->kind == StoreLocation::Kind::Folder)
        return false;
    const QMutexLocker locker(&AgentSecrets::lock());
    SecretStore secrets(AgentSecrets::backend());
    QString error;
    return secrets.read(StoreCredentials::referenceFor(*location), &error).has_value();
}

bool StoreActions::takesCredentials(const QString &storeUrl)
{
    const std::optional<StoreLocation> location = parseLocation(storeUrl, nullptr);
    return location && location->kind != StoreLocation::Kind::Folder;
}

} // namespace fleet
