#include "images/stores/ImageStore.h"

#include "docker/DockerEngine.h"
#include "images/stores/ArchiveStream.h"

#include <QSet>

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

bool ImageStore::namesArchive(const QString &text)
{
    return !text.contains(QLatin1Char(':')) && !text.contains(QLatin1Char('/')) && !text.contains(QLatin1Char('@'));
}

bool ImageStore::Query::accepts(const StoredArchive &recorded) const
{
    return isName() || recorded.reference == reference->familiar();
}

QString ImageStore::Query::putCommand(const QString &location, const StoredArchive *recorded) const
{
    const QString image = reference ? reference->familiar()
                                    : (recorded && !recorded->reference.isEmpty() ? recorded->reference
                                                                                  : QStringLiteral("IMAGE"));
    const QString name = reference ? (recorded ? recorded->archive : QString()) : archiveName;
    return QStringLiteral("fleetctl store put %1 %2").arg(location, image)
           + (name.isEmpty() ? QString() : QStringLiteral(" --name ") + name);
}

std::optional<ImageStore::Query> ImageStore::parseQuery(const QString &text)
{
    Query query;
    query.text = text;
    if (namesArchive(text)) {
        QString why;
        if (!StoredArchive::isValidArchiveName(text, &why)) {
            fail(StoreError::Invalid, QStringLiteral("\"%1\" is neither an archive name (%2) nor a tagged image "
                                                     "reference (IMAGE:TAG).").arg(text.left(200), why));
            return std::nullopt;
        }
        query.archiveName = text;
        query.fileName = StoredArchive::fileNameForArchive(text);
        return query;
    }
    query.reference = parseReference(text);
    if (!query.reference)
        return std::nullopt;
    query.fileName = StoredArchive::fileNameFor(*query.reference);
    return query;
}

bool ImageStore::checkArchiveName(const QString &archiveName)
{
    QString why;
    if (archiveName.isEmpty() || StoredArchive::isValidArchiveName(archiveName, &why))
        return true;
    return fail(StoreError::Invalid,
                QStringLiteral("%1 cannot be an archive name: %2.").arg(archiveName.left(200), why));
}

QString ImageStore::fileNameOfKey(const QString &key)
{
    return key.mid(key.lastIndexOf(QLatin1Char('/')) + 1);
}

bool ImageStore::checkReplace(const std::optional<StoredArchive> &existing, const StoredArchive &next)
{
    if (!existing || existing->archive == next.archive)
        return true;
    return fail(StoreError::Invalid,
                existing->archive.isEmpty()
                    ? QStringLiteral("%1 already holds %2, kept by its reference; the name \"%3\" would replace it. "
                                     "Choose another name, or remove %2 first (fleetctl store rm %4 %2).")
                          .arg(existing->key, existing->reference, next.archive, location())
                    : QStringLiteral("%1 is the archive named \"%2\" (%3); storing %4 by its reference would replace "
                                     "it. Give %4 a name (--name), or remove \"%2\" first (fleetctl store rm %5 %2).")
                          .arg(existing->key, existing->archive, existing->reference, next.reference, location()));
}

std::optional<StoredArchive> ImageStore::find(const QList<StoredArchive> &archives, const Query &query)
{
    const StoredArchive *best = nullptr;
    for (const StoredArchive &a : archives) {
        const bool own = fileNameOfKey(a.key) == query.fileName;
        if (query.isName() ? !own : a.reference != query.reference->familiar())
            continue;
        if (own)
            return a;
        if (!best || a.created > best->created)
            best = &a;
    }
    if (best)
        return *best;

    // What the store has: the tags of the same image first (the likely slip), else a short inventory.
    const QString wanted = query.reference ? query.reference->familiar() : query.archiveName;
    const QString name = query.reference ? ImageReference::parse(query.reference->name()).familiar()
                                         : query.archiveName; // "app" given for "app:1.0": the slip named below
    QStringList tags;
    QStringList inventory;
    QSet<QString> seen;
    for (const StoredArchive &a : archives) {
        if (a.name == name && !seen.contains(a.tag)) {
            seen.insert(a.tag);
            tags << a.tag;
        }
        inventory << (a.archive.isEmpty() ? a.reference : QStringLiteral("%1 (%2)").arg(a.archive, a.reference));
    }
    const QString what = query.isName() ? QStringLiteral("no archive is named \"%1\" in %2").arg(wanted, location())
                                        : QStringLiteral("%1 is not in %2").arg(wanted, location());
    QString has;
    if (!tags.isEmpty()) {
        has = QStringLiteral("; it has %1 with tag(s) %2%3.")
                  .arg(name, tags.join(QStringLiteral(", ")),
                       query.isName() ? QStringLiteral(" (name the image as IMAGE:TAG)") : QString());
    } else if (inventory.isEmpty()) {
        has = QStringLiteral("; it holds no archive.");
    } else {
        constexpr int kShown = 8;
        has = QStringLiteral("; it has %1").arg(inventory.mid(0, kShown).join(QStringLiteral(", ")));
        has += inventory.size() > kShown
                   ? QStringLiteral(" and %1 more (`fleetctl store list %2` shows all).")
                         .arg(inventory.size() - kShown).arg(location())
                   : QStringLiteral(".");
    }
    fail(StoreError::NotFound, what + has);
    return std::nullopt;
}

std::unique_ptr<ArchiveStream> ImageStore::open(const QString &text)
{
    fail(StoreError::Invalid, QStringLiteral("%1 keeps images, not archives, so %2 cannot be read as one: pull it "
                                             "(fleetctl store get) or push it from the store, which pulls it first.")
                                  .arg(location(), text));
    return nullptr;
}

std::optional<StoredArchive> ImageStore::describe(const QString &text)
{
    clearError();
    const std::optional<Query> query = parseQuery(text);
    if (!query)
        return std::nullopt;
    const std::optional<QList<StoredArchive>> all = list();
    return all ? find(*all, *query) : std::nullopt;
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
