#pragma once

#include "agent/AgentProtocol.h"
#include "images/TagPolicy.h"

#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QString>

namespace fleet {

// The settings both faces obey, read in one place (QSettings of organisation "FleetCommander", application
// "fleet-commander": the GUI and fleetctl share the file). Nothing secret is ever stored here.
struct FleetSettings
{
    static constexpr QLatin1StringView kTrustedRegistries{"policy/trustedRegistries"};
    static constexpr QLatin1StringView kRequireSemverForBuilds{"policy/requireSemverForBuilds"};
    static constexpr QLatin1StringView kAgentPort{"agent/port"};
    static constexpr QLatin1StringView kStores{"stores"}; // array of {name, url}
    static constexpr QLatin1StringView kSifRegistry{"sif/registry"};     // the Apptainer registry's root folder
    static constexpr QLatin1StringView kSifPartitions{"sif/partitions"}; // its partitions, in order
    static constexpr QLatin1StringView kSifCache{"sif/cache"};           // nodes' cache folder
    static constexpr QLatin1StringView kSifCaches{"sif/caches"};         // map partition → cache folder
    static constexpr QLatin1StringView kSifKeyring{"sif/keyring"};       // OpenPGP public keys for signatures

    // A store the person configured (Settings → Stores, `fleetctl store add`): a short name and its STORE-URL
    // (dir:, s3://, registry://). Its credentials live in the keychain under StoreCredentials::referenceFor().
    struct ConfiguredStore
    {
        QString name;
        QString url;
        bool operator==(const ConfiguredStore &other) const { return name == other.name && url == other.url; }
    };

    TagPolicy::Settings tagPolicy;
    quint16 agentPort = AgentProtocol::kDefaultPort;
    QList<ConfiguredStore> stores; // in the order the person arranged them
    // The Apptainer registry (core/sif): its root, partitions (default compute, viz, shared), the folder images
    // are synced into on nodes (default /scratch/apptainer), per partition when its nodes keep them elsewhere.
    QString sifRegistry;
    QStringList sifPartitions{QStringLiteral("compute"), QStringLiteral("viz"), QStringLiteral("shared")};
    QString sifCache = QStringLiteral("/scratch/apptainer");
    QMap<QString, QString> sifCaches;
    QString sifKeyring;
    QString sifCacheFor(const QString &partition) const { return sifCaches.value(partition, sifCache); }

    // The store named `nameOrUrl` (by name, else by URL); nullptr when none.
    const ConfiguredStore *findStore(const QString &nameOrUrl) const;

    // Defaults for what is not set.
    static FleetSettings load();
    void save() const;
};

} // namespace fleet
