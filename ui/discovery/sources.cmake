# Scan dialog and the writer that records its scans.
list(APPEND FLEETUI_SOURCES
    discovery/ScanHistoryWriter.h discovery/ScanHistoryWriter.cpp
    discovery/DiscoveryDialog.h discovery/DiscoveryDialog.cpp
    discovery/DiscoveryLauncher.h discovery/DiscoveryLauncher.cpp)
