list(APPEND FLEETCORE_SOURCES
    discovery/AddressRange.h discovery/AddressRange.cpp
    discovery/HostTarget.h discovery/HostTarget.cpp
    discovery/SshConfigSource.h discovery/SshConfigSource.cpp
    discovery/KnownHostsSource.h discovery/KnownHostsSource.cpp
    discovery/ArpSource.h discovery/ArpSource.cpp
    discovery/InventorySource.h discovery/InventorySource.cpp
    discovery/TargetSet.h discovery/TargetSet.cpp
    discovery/TargetArguments.h discovery/TargetArguments.cpp
    discovery/ScanTypes.h
    discovery/SshBannerProbe.h discovery/SshBannerProbe.cpp
    discovery/AgentProbe.h discovery/AgentProbe.cpp
    discovery/AgentBannerParser.h discovery/AgentBannerParser.cpp
    discovery/AgentBannerReader.h discovery/AgentBannerReader.cpp
    discovery/AdaptiveTimeout.h discovery/AdaptiveTimeout.cpp
    discovery/ScanEngine.h discovery/ScanEngine.cpp
    discovery/Scanner.h discovery/Scanner.cpp
    discovery/ScanRecorder.h discovery/ScanRecorder.cpp)
