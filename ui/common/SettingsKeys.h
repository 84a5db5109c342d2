#pragma once

#include <QLatin1StringView>

// QSettings keys of the desktop app, in one place so that tests and views agree. No secrets are ever stored.
namespace fleet::settings {

inline constexpr QLatin1StringView kWindowGeometry{"window/geometry"};
inline constexpr QLatin1StringView kWindowState{"window/state"};
inline constexpr QLatin1StringView kMainSplitter{"window/mainSplitter"};
inline constexpr QLatin1StringView kCentreSplitter{"window/centreSplitter"};
inline constexpr QLatin1StringView kHistorySplitter{"window/historySplitter"};
inline constexpr QLatin1StringView kNodeSort{"nodes/sort"};
inline constexpr QLatin1StringView kScanTargets{"scan/targets"};       // QStringList of CIDRs/hosts
inline constexpr QLatin1StringView kScanSources{"scan/sources"};       // QStringList: ssh_config, known_hosts, arp
inline constexpr QLatin1StringView kScanInventory{"scan/inventory"};   // file path
inline constexpr QLatin1StringView kScanTimeoutMs{"scan/timeoutMs"};
inline constexpr QLatin1StringView kScanProbeNodes{"scan/probeNodes"};   // bool: probe the nodes answering SSH
inline constexpr QLatin1StringView kPushMode{"push/mode"};             // "stream" | "scp"
inline constexpr QLatin1StringView kPushRunAfterLoad{"push/runAfterLoad"};
inline constexpr QLatin1StringView kPushDontAsk{"push/dontAsk"};
inline constexpr QLatin1StringView kPushRelay{"push/relay"};           // bool: several nodes pass the image on
inline constexpr QLatin1StringView kBuildFolder{"build/folder"};             // last definition folder
inline constexpr QLatin1StringView kBuildContextFiles{"build/contextFiles"}; // "NAME=PATH" lines (build args may
                                                                             // hold secrets: never stored)
inline constexpr QLatin1StringView kDesktopNotifications{"ui/desktopNotifications"}; // bool, default true
inline constexpr QLatin1StringView kTrayIcon{"ui/trayIcon"};                           // bool, default false
// The settings fleetctl shares (tag policy, agent port) are read and written by core's FleetSettings.

} // namespace fleet::settings
