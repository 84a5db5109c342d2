#include "actions/FleetSettings.h"

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
