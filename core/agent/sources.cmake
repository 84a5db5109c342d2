list(APPEND FLEETCORE_SOURCES
    agent/AgentProtocol.h agent/AgentProtocol.cpp
    agent/AgentConfig.h agent/AgentConfig.cpp
    agent/NodeFactsCollector.h agent/NodeFactsCollector.cpp
    agent/DockerProbe.h agent/DockerProbe.cpp
    agent/AgentServer.h agent/AgentServer.cpp
    agent/AgentClient.h agent/AgentClient.cpp)
