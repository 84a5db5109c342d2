# Scan dialog (core/actions/NodeScan scans and records) and the window's side of it.
list(APPEND FLEETUI_SOURCES
    discovery/DiscoveryDialog.h discovery/DiscoveryDialog.cpp
    discovery/DiscoveryLauncher.h discovery/DiscoveryLauncher.cpp)
