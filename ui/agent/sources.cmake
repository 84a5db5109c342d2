# Fleet Agent install from the window (core/actions/AgentLifecycle does the work).
list(APPEND FLEETUI_SOURCES
    agent/AgentActions.h agent/AgentActions.cpp)
