# Scan dialog (core/actions/NodeScan scans and records).
list(APPEND FLEETUI_SOURCES
    discovery/DiscoveryDialog.h discovery/DiscoveryDialog.cpp)
