#include "transfer/RegistryPull.h"

#include "docker/DockerEngine.h"
#include "images/ImageReference.h"
#include "images/stores/RegistryStore.h"

#include <QElapsedTimer>
#include <QMutex>

namespace fleet {

std::optional<StoreLocation> RegistryPull::registryOf(const QString &reference)
{
    const ImageReference parsed = ImageReference::parse(reference);
    if (!parsed.isValid())
        return std::nullopt;
    const bool namesRegistry = parsed.domain() != QLatin1String(ImageReference::kDefaultDomain)
        || reference.startsWith(QLatin1String(ImageReference::kDefaultDomain) + QLatin1Char('/'));
    if (!namesRegistry)
        return std::nullopt;
    QString error;
    return StoreLocation::parse(QStringLiteral("registry://") + parsed.domain(), &error);
}

RegistryPull::Result RegistryPull::pull(DockerEngine &engine, const StoreLocation &registry,
                                        const StoreCredentials &credentials, const TagPolicy &policy,
                                        const QString &reference, const std::atomic_bool *cancel,
                                        const Progress &progress)
{
    Result result;
    QElapsedTimer clock;
    clock.start();
    // One pull at a time: a pull from a store with a path prefix renames the image back and drops the registry's
    // name, so two jobs pulling together would take each other's name away. The second finds it pulled.
    static QMutex pullLock;
    const bool hadImage = engine.inspectImage(reference).has_value();
    const QMutexLocker locker(&pullLock);
    if (!hadImage && engine.inspectImage(reference)) {
        result.ok = true;
        result.elapsedMs = clock.elapsed();
        result.message = QStringLiteral("%1 was pulled by another job of this push").arg(reference);
        return result;
    }
    RegistryStore store(registry, credentials, policy);
    store.setCancelFlag(cancel);
    if (progress)
        store.setProgress([&progress](const QString &, qint64 done, qint64 total) { progress(done, total); });
    if (!store.get(engine, reference)) {
        result.failure = store.error().failureKind();
        result.message = store.error().message;
        result.elapsedMs = clock.elapsed();
        return result;
    }
    result.ok = true;
    result.elapsedMs = clock.elapsed();
    result.message = QStringLiteral("pulled %1 from %2 in %3 s")
                         .arg(reference, store.location())
                         .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1);
    return result;
}

} // namespace fleet
