#include "sif/SifSyncRequest.h"

#include "sif/SifRegistry.h"

#include <QDir>
#include <QRegularExpression>

namespace fleet {

bool SifSyncRequest::isValidCacheDir(const QString &dir, QString *why)
{
    // Absolute, plain characters, no "." or ".." component: it is created and written to on every node.
    static const QRegularExpression re(QStringLiteral("^(/[A-Za-z0-9_+-][A-Za-z0-9._+-]*)+/?$"));
    const bool dots = dir.split(QLatin1Char('/')).contains(QStringLiteral(".."));
    if (re.match(dir).hasMatch() && !dots && dir != QLatin1String("/"))
        return true;
    if (why)
        *why = tr("cache folder \"%1\" is not an absolute path of letters, digits, '.', '_', '+', '-' (e.g. %2)")
                   .arg(dir, QString::fromLatin1(kDefaultCache));
    return false;
}

QString SifSyncRequest::validate() const
{
    if (registryRoot.isEmpty())
        return tr("No registry was given: name the registry folder (--registry DIR or Settings).");
    QString why;
    const QStringList known = partitions.isEmpty() ? SifRegistry::defaultPartitions() : partitions;
    if (!SifRegistry::isValidPartition(partition, &why))
        return why;
    if (!known.contains(partition))
        return tr("\"%1\" is not a partition of the registry (%2).").arg(partition, known.join(QStringLiteral(", ")));
    for (const QString &image : images)
        if (!SifRegistry::isValidImageName(SifRegistry::normalizedName(image), &why))
            return why;
    if (nodes.isEmpty())
        return tr("No node was given: name at least one node to sync to.");
    static const QRegularExpression node(QStringLiteral("^[A-Za-z0-9._@:\\[\\]-]+$"));
    for (const QString &n : nodes)
        if (!node.match(n).hasMatch() || n.startsWith(QLatin1Char('-')))
            return tr("\"%1\" is not a valid node (expected host, host:port or user@host).").arg(n);
    if (!isValidCacheDir(cacheDir, &why))
        return why;
    for (const QString &dir : nodeCaches)
        if (!isValidCacheDir(dir, &why))
            return why;
    return {};
}

QStringList SifSyncRequest::resolveImages(QString *error) const
{
    QStringList names;
    for (const QString &image : images)
        names << SifRegistry::normalizedName(image);
    if (names.isEmpty()) {
        const SifRegistry registry(registryRoot, partitions);
        const QStringList files = QDir(registry.imagesDir(partition)).entryList({QStringLiteral("*.sif")},
                                                                              QDir::Files, QDir::Name);
        for (const QString &file : files)
            if (SifRegistry::isValidImageName(file))
                names << file;
        if (names.isEmpty())
            *error = tr("The %1 partition of %2 holds no .sif image (%3).")
                         .arg(partition, registryRoot, registry.imagesDir(partition));
    }
    names.removeDuplicates();
    return names;
}

} // namespace fleet
