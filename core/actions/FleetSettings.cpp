#include "actions/FleetSettings.h"

#include "sif/SifRegistry.h"
#include "sif/SifSyncRequest.h"

#include <QSettings>

namespace fleet {

FleetSettings FleetSettings::load()
{
    QSettings stored;
    FleetSettings settings;
    if (stored.contains(kTrustedRegistries))
        settings.tagPolicy.trustedRegistries = stored.value(kTrustedRegistries).toStringList();
    settings.tagPolicy.requireSemverForBuilds = stored.value(kRequireSemverForBuilds, true).toBool();
    const uint port = stored.value(kAgentPort, AgentProtocol::kDefaultPort).toUInt();
    settings.agentPort = port > 0 && port <= 65535 ? quint16(port) : AgentProtocol::kDefaultPort;
    const int count = stored.beginReadArray(kStores);
    for (int i = 0; i < count; ++i) {
        stored.setArrayIndex(i);
        ConfiguredStore store{stored.value(QStringLiteral("name")).toString().trimmed(),
                              stored.value(QStringLiteral("url")).toString().trimmed()};
        if (!store.name.isEmpty() && !store.url.isEmpty())
            settings.stores << store;
    }
    stored.endArray();
    settings.sifRegistry = stored.value(kSifRegistry).toString();
    settings.sifPartitions = SifRegistry::defaultPartitions();
    if (stored.contains(kSifPartitions)) {
        QStringList partitions;
        for (const QString &p : stored.value(kSifPartitions).toStringList())
            if (SifRegistry::isValidPartition(p.trimmed()))
                partitions << p.trimmed();
        if (!partitions.isEmpty())
            settings.sifPartitions = partitions;
    }
    settings.sifCache = stored.value(kSifCache).toString();
    if (!SifSyncRequest::isValidCacheDir(settings.sifCache))
        settings.sifCache = QString::fromLatin1(SifSyncRequest::kDefaultCache);
    const QVariantMap caches = stored.value(kSifCaches).toMap();
    for (auto it = caches.begin(); it != caches.end(); ++it)
        if (SifSyncRequest::isValidCacheDir(it.value().toString()))
            settings.sifCaches.insert(it.key(), it.value().toString());
    settings.sifKeyring = stored.value(kSifKeyring).toString();
    return settings;
}

void FleetSettings::save() const
{
    QSettings stored;
    stored.setValue(kTrustedRegistries, tagPolicy.trustedRegistries);
    stored.setValue(kRequireSemverForBuilds, tagPolicy.requireSemverForBuilds);
    stored.setValue(kAgentPort, agentPort);
    stored.beginWriteArray(kStores, int(stores.size()));
    for (int i = 0; i < stores.size(); ++i) {
        stored.setArrayIndex(i);
        stored.setValue(QStringLiteral("name"), stores.at(i).name);
        stored.setValue(QStringLiteral("url"), stores.at(i).url);
    }
    stored.endArray();
    stored.setValue(kSifRegistry, sifRegistry);
    stored.setValue(kSifPartitions, sifPartitions);
    stored.setValue(kSifCache, sifCache);
    QVariantMap caches;
    for (auto it = sifCaches.begin(); it != sifCaches.end(); ++it)
        caches.insert(it.key(), it.value());
    stored.setValue(kSifCaches, caches);
    stored.setValue(kSifKeyring, sifKeyring);
}

const FleetSettings::ConfiguredStore *FleetSettings::findStore(const QString &nameOrUrl) const
{
    for (const ConfiguredStore &store : stores)
        if (store.name == nameOrUrl)
            return &store;
    for (const ConfiguredStore &store : stores)
        if (store.url == nameOrUrl)
            return &store;
    return nullptr;
}

} // namespace fleet
