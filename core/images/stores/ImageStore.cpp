#include "images/stores/ImageStore.h"

#include "docker/DockerEngine.h"
#include "images/stores/ArchiveStream.h"

#include "docker/DockerEngine.h"

namespace fleet {

bool ImageStore::fail(StoreError::Kind kind, const QString &message)
{
    m_error = StoreError{kind, message};
    return false;
}

bool ImageStore::failFromDocker(const DockerError &error)
{
    switch (error.kind) {
    case DockerError::DaemonDown:
        return fail(StoreError::Unreachable, error.message);
    case DockerError::NotFound:
        return fail(StoreError::NotFound, error.message);
    case DockerError::Cancelled:
        return fail(StoreError::Cancelled, error.message);
    default:
        return fail(StoreError::Failed, error.message);
    }
}

void ImageStore::report(const QString &phase, qint64 done, qint64 total) const
{
    if (m_progress)
        m_progress(phase, done, total);
}

std::optional<ImageReference> ImageStore::parseReference(const QString &text)
{
    const ImageReference reference = ImageReference::parse(text);
    if (!reference.isValid()) {
        fail(StoreError::Invalid, QStringLiteral("\"%1\" is not an image reference: %2").arg(text, reference.error()));
        return std::nullopt;
    }
    if (!reference.hasTag() || reference.hasDigest()) {
        fail(StoreError::Invalid, QStringLiteral("%1: stores keep archives by tag; name the image with its tag "
                                                 "and without a digest (for example %2:1.0.0)")
                                      .arg(text, ImageReference::parse(reference.name()).familiar()));
        return std::nullopt;
    }
    return reference;
}

std::optional<ImageInfo> ImageStore::inspectForPut(DockerEngine &engine, const ImageReference &reference)
{
    std::optional<ImageInfo> image = engine.inspectImage(reference.toString());
    if (!image)
        failFromDocker(engine.error());
    return image;
}

std::optional<StoredArchive> ImageStore::find(const QList<StoredArchive> &archives, const ImageReference &reference)
{
    const QString wanted = reference.familiar();
    QStringList tags;
    const QString name = ImageReference::parse(reference.name()).familiar();
    for (const StoredArchive &a : archives) {
        if (a.reference == wanted)
            return a;
        if (a.name == name)
            tags << a.tag;
    }
    fail(StoreError::NotFound,
         tags.isEmpty() ? QStringLiteral("%1 is not in %2. `fleetctl store list %2` shows what it holds.")
                              .arg(wanted, location())
                        : QStringLiteral("%1 is not in %2; it has %3 with tag(s) %4.")
                              .arg(wanted, location(), name, tags.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::unique_ptr<ArchiveStream> ImageStore::open(const QString &reference)
{
    fail(StoreError::Invalid, QStringLiteral("%1 keeps images, not archives, so %2 cannot be read as one: pull it "
                                             "(fleetctl store get) or push it from the store, which pulls it first.")
                                  .arg(location(), reference));
    return nullptr;
}

std::optional<StoredArchive> ImageStore::describe(const QString &text)
{
    clearError();
    const std::optional<ImageReference> reference = parseReference(text);
    if (!reference)
        return std::nullopt;
    const std::optional<QList<StoredArchive>> all = list();
    return all ? find(*all, *reference) : std::nullopt;
}

bool ImageStore::loadStream(DockerEngine &engine, ArchiveStream &stream)
{
    const qint64 total = stream.archive().size;
    const bool loaded = engine.load([&](char *buffer, qint64 max) {
        const qint64 n = stream.read(buffer, max);
        report(QStringLiteral("load"), stream.delivered(), total);
        return n;
    }, nullptr, cancelFlag());
    if (!stream.error().ok())
        return fail(stream.error().kind, stream.error().message);
    return loaded || failFromDocker(engine.error());
}

} // namespace fleet
