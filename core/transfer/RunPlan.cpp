#include "transfer/RunPlan.h"

#include "images/Catalog.h"
#include "images/ImageMetadata.h"
#include "transfer/RemoteDocker.h"
#include "util/Format.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace fleet {

ImageRunDefaults RunPlan::defaultsFrom(const std::optional<CatalogEntry> &entry,
                                       const QMap<QString, QString> &imageLabels)
{
    ImageRunDefaults d;
    if (entry) {
        d.cpus = entry->metadata.cpuLimit;
        d.memoryBytes = entry->metadata.memLimitBytes;
        d.gpu = entry->metadata.gpuRequired;
        d.from = QStringLiteral("the catalog");
        return d;
    }
    const QString cpu = imageLabels.value(QStringLiteral("io.fleetcommander.cpu-limit"));
    const QString memory = imageLabels.value(QStringLiteral("io.fleetcommander.mem-limit"));
    const QString gpu = imageLabels.value(QStringLiteral("io.fleetcommander.gpu-required"));
    bool ok = false;
    const double cpus = cpu.toDouble(&ok);
    if (ok && cpus > 0 && cpus <= 1024)
        d.cpus = cpus;
    const qint64 bytes = memory.isEmpty() ? 0 : ImageMetadata::parseMemory(memory, &ok);
    if (ok && bytes > 0)
        d.memoryBytes = bytes;
    d.gpu = gpu == QLatin1String("true");
    if (!cpu.isEmpty() || !memory.isEmpty() || !gpu.isEmpty())
        d.from = QStringLiteral("the image's labels");
    return d;
}

RunOptions RunPlan::resolve(const RunOptions &requested, const ImageRunDefaults &defaults)
{
    RunOptions r = requested;
    if (!r.cpus)
        r.cpus = defaults.cpus;
    if (!r.memoryBytes)
        r.memoryBytes = defaults.memoryBytes;
    if (!r.gpus)
        r.gpus = defaults.gpu;
    return r;
}

QString RunPlan::cpusText(double cpus)
{
    QString text = QString::number(cpus, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QStringList RunPlan::managedLabels(const DeployStamp &stamp)
{
    QStringList labels{QLatin1String(kManagedLabel) + QStringLiteral("=true")};
    if (!stamp.imageId.isEmpty())
        labels << QLatin1String(kImageIdLabel) + QLatin1Char('=') + stamp.imageId;
    if (!stamp.deployedBy.isEmpty())
        labels << QLatin1String(kDeployedByLabel) + QLatin1Char('=') + stamp.deployedBy;
    if (stamp.deployedAt.isValid())
        labels << QLatin1String(kDeployedAtLabel) + QLatin1Char('=')
                + stamp.deployedAt.toUTC().toString(Qt::ISODate);
    if (!stamp.requestId.isEmpty())
        labels << RemoteDocker::requestLabel(stamp.requestId);
    return labels;
}

QStringList RunPlan::runFlags(const RunOptions &effective, const DeployStamp &stamp)
{
    // --pull=never: the image was just loaded (or found); a node must never go to a registry on its own.
    QStringList flags{QStringLiteral("--pull=never")};
    if (effective.cpus.value_or(0) > 0)
        flags << QStringLiteral("--cpus") << cpusText(*effective.cpus);
    if (effective.memoryBytes.value_or(0) > 0)
        flags << QStringLiteral("--memory") << QString::number(*effective.memoryBytes);
    if (effective.gpus.value_or(false))
        flags << QStringLiteral("--gpus") << QStringLiteral("all");
    if (!effective.network.isEmpty())
        flags << QStringLiteral("--network") << effective.network;
    for (const QString &label : managedLabels(stamp) + effective.labels)
        flags << QStringLiteral("--label") << label;
    return flags;
}

QString RunPlan::localDeployer()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        if (const passwd *pw = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? user : user + QLatin1Char('@') + host;
}

QString RunPlan::memoryText(qint64 bytes)
{
    // Docker's units are 1024-based, as image.json's mem_limit is written.
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes >= 1024 * kMiB && bytes % (1024 * kMiB) == 0)
        return QStringLiteral("%1 GiB").arg(bytes / (1024 * kMiB));
    if (bytes >= kMiB && bytes % kMiB == 0)
        return QStringLiteral("%1 MiB").arg(bytes / kMiB);
    return formatBytes(bytes);
}

QString RunPlan::describe(const RunOptions &effective)
{
    QStringList parts;
    if (effective.cpus.value_or(0) > 0)
        parts << QStringLiteral("%1 CPUs").arg(cpusText(*effective.cpus));
    if (effective.memoryBytes.value_or(0) > 0)
        parts << QStringLiteral("memory %1").arg(memoryText(*effective.memoryBytes));
    if (effective.gpus.value_or(false))
        parts << QStringLiteral("all GPUs");
    return parts.isEmpty() ? QStringLiteral("no limits") : parts.join(QStringLiteral(", "));
}

} // namespace fleet
