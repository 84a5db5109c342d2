#include "actions/FleetSettings.h"

#include <QSettings>

namespace fleet {

FleetSettings FleetSettings::load()
{
    const QSettings stored;
    FleetSettings settings;
    if (stored.contains(kTrustedRegistries))
        settings.tagPolicy.trustedRegistries = stored.value(kTrustedRegistries).toStringList();
    settings.tagPolicy.requireSemverForBuilds = stored.value(kRequireSemverForBuilds, true).toBool();
    const uint port = stored.value(kAgentPort, AgentProtocol::kDefaultPort).toUInt();
    settings.agentPort = port > 0 && port <= 65535 ? quint16(port) : AgentProtocol::kDefaultPort;
    return settings;
}

void FleetSettings::save() const
{
    QSettings stored;
    stored.setValue(kTrustedRegistries, tagPolicy.trustedRegistries);
    stored.setValue(kRequireSemverForBuilds, tagPolicy.requireSemverForBuilds);
    stored.setValue(kAgentPort, agentPort);
}

} // namespace fleet
