list(APPEND FLEETCORE_SOURCES
    ssh/SshOptions.h ssh/SshOptions.cpp
    ssh/SshError.h ssh/SshError.cpp
    ssh/SshSession.h ssh/SshSession.cpp
    ssh/RemoteProcess.h ssh/RemoteProcess.cpp
    ssh/KnownHosts.h ssh/KnownHosts.cpp
    ssh/EphemeralKey.h ssh/EphemeralKey.cpp)
