# Host keys: trust on first use while a push connects, and the fix for a push that failed on a key.
list(APPEND FLEETUI_SOURCES
    hostkeys/HostKeyDialog.h hostkeys/HostKeyDialog.cpp
    hostkeys/HostKeyPrompter.h hostkeys/HostKeyPrompter.cpp
    hostkeys/HostKeyActions.h hostkeys/HostKeyActions.cpp)
