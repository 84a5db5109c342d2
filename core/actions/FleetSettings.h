#pragma once

#include "agent/AgentProtocol.h"
#include "images/TagPolicy.h"

#include <QLatin1StringView>

namespace fleet {

// The settings both faces obey, read in one place (QSettings of organisation "FleetCommander", application
// "fleet-commander": the GUI and fleetctl share the file). Nothing secret is ever stored here.
struct FleetSettings
{
    static constexpr QLatin1StringView kTrustedRegistries{"policy/trustedRegistries"};
    static constexpr QLatin1StringView kRequireSemverForBuilds{"policy/requireSemverForBuilds"};
    static constexpr QLatin1StringView kAgentPort{"agent/port"};

    TagPolicy::Settings tagPolicy;
    quint16 agentPort = AgentProtocol::kDefaultPort;

    // Defaults for what is not set.
    static FleetSettings load();
    void save() const;
};

} // namespace fleet
