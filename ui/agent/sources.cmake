# Fleet Agent install from the window, and the agents' secrets.
list(APPEND FLEETUI_SOURCES
    agent/AgentSecrets.h agent/AgentSecrets.cpp
    agent/AgentActions.h agent/AgentActions.cpp)
